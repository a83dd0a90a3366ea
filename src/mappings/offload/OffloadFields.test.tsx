// @vitest-environment jsdom
/** Copy offload set through the table's form fields, a Secret made in place, and the pair syntax following along. */
import * as React from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MappingEditor } from '../editor/MappingEditor';
import { PairSyntaxField } from '../editor/PairSyntaxField';
import type { MappingPair, MappingSource } from '../editor/types';
import type { NewOffloadSecret } from './offloadForm';

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });

const sources: MappingSource[] = [{ id: 'ds-1', name: 'SSD' }];
const targets = [{ id: 'fast', name: 'fast' }];

let latest: { pairs: MappingPair[]; secrets: NewOffloadSecret[] } = { pairs: [], secrets: [] };
const Harness: React.FC<{ initial: MappingPair[] }> = ({ initial }) => {
  const [pairs, setPairs] = React.useState(initial);
  const [secrets, setSecrets] = React.useState<NewOffloadSecret[]>([]);
  latest = { pairs, secrets };
  return (
    <>
      <MappingEditor
        kind="storage"
        sources={sources}
        targets={targets}
        pairs={pairs}
        onChange={setPairs}
        offload={{ existingSecrets: ['array-creds'], newSecrets: secrets, onNewSecret: (s) => setSecrets((l) => [...l, s]) }}
      />
      <PairSyntaxField kind="storage" sources={sources} pairs={pairs} namespace="mtv" onApply={setPairs} />
    </>
  );
};

afterEach(cleanup);

/** A required field's label ends with PatternFly's asterisk. */
const req = (label: string) => new RegExp(`^${label}`);

describe('copy offload form fields', () => {
  it('sets a pair\'s offload with a Secret made in place; the pair syntax shows it; a paste fills the fields', async () => {
    const user = userEvent.setup();
    // Inside a page's form, as on the map page: saving the dialog must not submit the page.
    const pageSubmit = vi.fn((e: React.FormEvent) => e.preventDefault());
    render(
      <form onSubmit={pageSubmit}>
        <Harness initial={[{ sourceId: 'ds-1', targetId: 'fast' }]} />
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await user.click(screen.getByRole('button', { name: 'Set up copy offload for SSD' }));
    let dialog = screen.getByRole('dialog');
    // Nothing chosen: the errors are at their fields and nothing changes.
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Pick the storage vendor product')).toBeTruthy();
    expect(within(dialog).getByText('Pick a Secret, or create one')).toBeTruthy();
    await user.selectOptions(within(dialog).getByLabelText(req('Storage vendor product')), 'ontap');
    await user.selectOptions(within(dialog).getByLabelText(req('Storage credentials Secret')), '!new');
    await user.type(within(dialog).getByLabelText(req('New Secret name')), 'ontap-creds');
    for (const [key, value] of [['STORAGE_HOSTNAME', 'ontap.example.com'], ['STORAGE_USERNAME', 'admin'], ['STORAGE_PASSWORD', 'pw']]) {
      await user.type(within(dialog).getByLabelText(req(key)), value);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // ONTAP_SVM is still missing: said at its field, what was typed kept.
    expect(within(dialog).getByLabelText<HTMLInputElement>(req('STORAGE_HOSTNAME')).value).toBe('ontap.example.com');
    expect(within(within(dialog).getByLabelText(req('ONTAP_SVM')).closest('.pf-v6-c-form__group') as HTMLElement).getByText('Required')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(req('ONTAP_SVM')), 'svm0');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(latest.pairs).toEqual([{ sourceId: 'ds-1', targetId: 'fast', offload: { vendor: 'ontap', secret: 'ontap-creds' } }]);
    expect(latest.secrets).toEqual([
      { name: 'ontap-creds', vendor: 'ontap', values: { STORAGE_HOSTNAME: 'ontap.example.com', STORAGE_USERNAME: 'admin', STORAGE_PASSWORD: 'pw', ONTAP_SVM: 'svm0' } },
    ]);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Pairs in kubectl mtv syntax' }).value).toBe(
      'SSD:fast;offloadPlugin=vsphere;offloadVendor=ontap;offloadSecret=ontap-creds',
    );

    // A paste replaces it; the fields then show the pasted offload.
    await user.type(screen.getByLabelText('Paste pairs'), 'SSD:fast;offloadPlugin=vsphere;offloadVendor=powerstore;offloadSecret=array-creds;offloadMigrationHosts=host-10+host-11{Enter}');
    expect(latest.pairs[0].offload).toEqual({ vendor: 'powerstore', secret: 'array-creds', migrationHosts: ['host-10', 'host-11'] });
    await user.click(screen.getByRole('button', { name: 'Edit copy offload for SSD' }));
    dialog = screen.getByRole('dialog');
    expect(within(dialog).getByLabelText<HTMLSelectElement>(req('Storage vendor product')).value).toBe('powerstore');
    expect(within(dialog).getByLabelText<HTMLSelectElement>(req('Storage credentials Secret')).value).toBe('array-creds');
    // Another vendor through the fields keeps the hosts the pair syntax gave.
    await user.selectOptions(within(dialog).getByLabelText(req('Storage vendor product')), 'infinibox');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(latest.pairs[0].offload).toEqual({ vendor: 'infinibox', secret: 'array-creds', migrationHosts: ['host-10', 'host-11'] });
    await user.click(screen.getByRole('button', { name: 'Edit copy offload for SSD' }));
    dialog = screen.getByRole('dialog');
    // Plugin "None" removes the offload.
    await user.selectOptions(within(dialog).getByLabelText('Offload plugin'), '');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(latest.pairs).toEqual([{ sourceId: 'ds-1', targetId: 'fast' }]);
    expect(pageSubmit).not.toHaveBeenCalled();
  });
});
