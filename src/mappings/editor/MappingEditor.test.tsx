// @vitest-environment jsdom
/** The editor as a user drives it: drawing a pair, the table, suggestions, checks, pasting pairs. */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { MappingEditor } from './MappingEditor';
import { PairSyntaxField } from './PairSyntaxField';
import type { MappingPair, MappingSource, MappingTarget } from './types';

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });

const sources: MappingSource[] = [
  { id: 'n1', name: 'VM Network', vmCount: 4 },
  { id: 'n2', name: 'VLAN 110', vmCount: 1 },
];
const targets: MappingTarget[] = [
  { id: 'pod', name: 'Pod network' },
  { id: 'demo/vlan-110-prod', name: 'demo/vlan-110-prod' },
  { id: 'ignored', name: 'Ignored' },
];

/** A parent that owns the pairs, as pages do. */
const Harness: React.FC<{ initial?: MappingPair[]; required?: string[]; seen: MappingPair[][] }> = ({ initial = [], required, seen }) => {
  const [pairs, setPairs] = React.useState(initial);
  return (
    <MappingEditor
      kind="network"
      sources={sources}
      targets={targets}
      pairs={pairs}
      requiredSourceIds={required}
      onChange={(next) => {
        seen.push(next);
        setPairs(next);
      }}
    />
  );
};

afterEach(cleanup);

describe('MappingEditor', () => {
  it('draws a pair by picking a source and then a target, and removes it', () => {
    const seen: MappingPair[][] = [];
    render(<Harness seen={seen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Source VM Network' }));
    expect(screen.getByRole('button', { name: 'Source VM Network' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Target Pod network' }));
    expect(seen.at(-1)).toEqual([{ sourceId: 'n1', targetId: 'pod' }]);
    expect(screen.getAllByTestId('mapping-link')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the mapping of VM Network' }));
    expect(seen.at(-1)).toEqual([]);
  });

  it('offers suggestions and applies them only when accepted', () => {
    const seen: MappingPair[][] = [];
    render(<Harness seen={seen} />);
    expect(seen).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all suggestions' }));
    expect(seen.at(-1)).toEqual([
      { sourceId: 'n1', targetId: 'pod' },
      { sourceId: 'n2', targetId: 'demo/vlan-110-prod' },
    ]);
  });

  it('shows checks at the pair, and edits the same pairs in the table view', () => {
    const seen: MappingPair[][] = [];
    render(<Harness seen={seen} required={['n2']} initial={[{ sourceId: 'n1', targetId: 'pod' }]} />);
    expect(screen.getByText('VLAN 110 is used by the selected VMs: map it or mark it ignored.', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add mapping' }));
    expect(seen.at(-1)).toEqual([{ sourceId: 'n1', targetId: 'pod' }, { sourceId: 'n2', targetId: '' }]);
    expect(screen.getByText('Pick a target for VLAN 110.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Target for VLAN 110' }), { target: { value: 'pod' } });
    expect(seen.at(-1)).toEqual([{ sourceId: 'n1', targetId: 'pod' }, { sourceId: 'n2', targetId: 'pod' }]);
    const row = screen.getByRole('combobox', { name: 'Target for VLAN 110' }).closest('tr')!;
    expect(within(row).getByText('Only one source can go to the pod network; VM Network already does.')).toBeTruthy();
  });
});

describe('PairSyntaxField', () => {
  it('copies the pairs as text, and a paste with an error changes nothing and points at the column', () => {
    const applied: MappingPair[][] = [];
    render(<PairSyntaxField kind="network" sources={sources} pairs={[{ sourceId: 'n1', targetId: 'pod' }]} namespace="demo" onApply={(p) => applied.push(p)} />);
    expect((screen.getByRole('textbox', { name: 'Pairs in kubectl mtv syntax' }) as HTMLInputElement).value).toBe('VM Network:default');
    const paste = screen.getByRole('textbox', { name: 'Paste pairs' });
    fireEvent.change(paste, { target: { value: 'VM Network:default,Nope:ignored' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply pairs' }));
    expect(applied).toEqual([]);
    expect(screen.getByText('Column 20: the source provider has no "Nope".', { exact: false })).toBeTruthy();
    expect(document.querySelector('mark')?.textContent).toBe('Nope');
    fireEvent.change(paste, { target: { value: 'VM Network:ignored, VLAN 110:vlan-110-prod' } });
    fireEvent.keyDown(paste, { key: 'Enter' });
    expect(applied).toEqual([[{ sourceId: 'n1', targetId: 'ignored' }, { sourceId: 'n2', targetId: 'demo/vlan-110-prod' }]]);
  });
});

describe('storage copy offload', () => {
  const datastores: MappingSource[] = [{ id: 'ds1', name: 'SSD' }];
  const classes: MappingTarget[] = [{ id: 'fast', name: 'fast' }];

  it('pastes offload options and shows them in their own column, where they can be removed', () => {
    const applied: MappingPair[][] = [];
    render(<PairSyntaxField kind="storage" sources={datastores} pairs={[]} namespace="demo" onApply={(p) => applied.push(p)} />);
    const paste = screen.getByRole('textbox', { name: 'Paste pairs' });
    fireEvent.change(paste, { target: { value: 'SSD:fast;offloadPlugin=vsphere;offloadVendor=vantara' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply pairs' }));
    expect(applied).toEqual([]);
    expect(screen.getByText('Column 1: copy offload needs offloadPlugin, offloadVendor and offloadSecret together.', { exact: false })).toBeTruthy();
    fireEvent.change(paste, { target: { value: 'SSD:fast;offloadPlugin=vsphere;offloadVendor=vantara;offloadSecret=creds' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply pairs' }));
    expect(applied).toEqual([[{ sourceId: 'ds1', targetId: 'fast', offload: { vendor: 'vantara', secret: 'creds' } }]]);
    cleanup();

    const seen: MappingPair[][] = [];
    const Storage: React.FC = () => {
      const [pairs, setPairs] = React.useState<MappingPair[]>(applied[0]);
      return <MappingEditor kind="storage" sources={datastores} targets={classes} pairs={pairs} onChange={(next) => (seen.push(next), setPairs(next))} />;
    };
    render(<Storage />);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('columnheader', { name: 'Copy offload' })).toBeTruthy();
    expect(screen.getByText('XCOPY via vantara, secret creds', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove copy offload for SSD' }));
    expect(seen.at(-1)).toEqual([{ sourceId: 'ds1', targetId: 'fast' }]);
    expect(screen.queryByRole('columnheader', { name: 'Copy offload' })).toBeNull();
  });
});
