// @vitest-environment jsdom
/**
 * Per-VM settings in the wizard's review: the plan's VM settings dialog opened
 * for a chosen VM, its values kept on the wizard's VM list.
 */
import * as React from 'react';
import { useForm } from 'react-hook-form';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultValues, type WizardValues } from './values';

// The Hook objects already in the namespace.
vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  useK8sWatchResource: () => [[{ metadata: { name: 'quiesce-db' } }, { metadata: { name: 'web-tier-pre-hook' } }], true, undefined],
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { WizardVmSettings } = await import('./WizardVmSettings');

afterEach(cleanup);

let latest: WizardValues | undefined;
const Host: React.FC<{ over?: Partial<WizardValues> }> = ({ over }) => {
  const form = useForm<WizardValues>({
    defaultValues: { ...defaultValues('mtv'), name: 'web-tier', ...over, pvcNameTemplate: '{{.VmName}}-{{.DiskIndex}}', vms: [{ id: 'vm-1', name: 'web-1' }, { id: 'vm-2', name: 'web-2' }] },
  });
  const values = form.watch();
  latest = values;
  return <WizardVmSettings values={values} setValue={form.setValue} />;
};

describe('WizardVmSettings', () => {
  it('sets a chosen VM\'s target name and power state, lists it, and resets it', async () => {
    const user = userEvent.setup();
    render(<Host />);
    expect(screen.getByText('Every VM uses the plan’s settings.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('VM to set up'), 'vm-2');
    await user.click(screen.getByRole('button', { name: 'Edit VM settings' }));
    const dialog = screen.getByRole('dialog');
    // No hooks in the wizard: the VM runs the plan's (none) unless it picks an existing Hook.
    expect(within(dialog).getAllByRole('option', { name: 'As the plan (none)' })).toHaveLength(2);
    expect(within(dialog).getByLabelText<HTMLInputElement>('PVC name template').placeholder).toBe('{{.VmName}}-{{.DiskIndex}}');
    await user.type(within(dialog).getByLabelText('Target name'), 'Bad_Name');
    expect(await within(dialog).findByText(/lowercase letters, digits and hyphens/)).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('Target name'));
    await user.type(within(dialog).getByLabelText('Target name'), 'front-2');
    await user.selectOptions(within(dialog).getByLabelText('Target power state'), 'off');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(latest?.vms).toEqual([{ id: 'vm-1', name: 'web-1' }, { id: 'vm-2', name: 'web-2', targetName: 'front-2', targetPowerState: 'off' }]);
    const table = screen.getByRole('grid', { name: 'VMs with their own settings' });
    expect(within(table).getByText('front-2')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit settings of web-2' }));
    expect(within(screen.getByRole('dialog')).getByLabelText<HTMLInputElement>('Target name').value).toBe('front-2');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Reset settings of web-2' }));
    expect(latest?.vms[1]).toEqual({ id: 'vm-2', name: 'web-2' });
  });
});

describe('WizardVmSettings hooks', () => {
  it('lets a VM run another hook than the plan-wide one, or none, and lists it', async () => {
    const user = userEvent.setup();
    const hook = { ...defaultValues('mtv').preHook, enabled: true };
    render(<Host over={{ preHook: hook, postHook: { ...hook, forEveryVm: false } }} />);
    await user.click(screen.getByRole('button', { name: 'Edit VM settings' }));
    const dialog = screen.getByRole('dialog');
    const pre = within(dialog).getByLabelText('Pre-migration hook');
    // The wizard's own hooks and the namespace's other Hooks (the plan's own name is not offered twice).
    expect(within(pre).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'As the plan (web-tier-pre-hook)',
      'None for this VM',
      'This plan’s pre-migration hook (web-tier-pre-hook)',
      'This plan’s post-migration hook (web-tier-post-hook)',
      'Existing hook quiesce-db',
    ]);
    await user.selectOptions(pre, 'quiesce-db');
    await user.selectOptions(within(dialog).getByLabelText('Post-migration hook'), '!wizard-post-hook');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(latest?.vms[0]).toEqual({ id: 'vm-1', name: 'web-1', preHook: 'quiesce-db', postHook: '!wizard-post-hook' });
    const table = screen.getByRole('grid', { name: 'VMs with their own settings' });
    expect(within(table).getByText('pre: quiesce-db, post: web-tier-post-hook')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit settings of web-1' }));
    expect(within(screen.getByRole('dialog')).getByLabelText<HTMLSelectElement>('Pre-migration hook').value).toBe('quiesce-db');
    await user.selectOptions(within(screen.getByRole('dialog')).getByLabelText('Pre-migration hook'), '!none');
    await user.selectOptions(within(screen.getByRole('dialog')).getByLabelText('Post-migration hook'), '');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save' }));
    expect(latest?.vms[0]).toEqual({ id: 'vm-1', name: 'web-1', preHook: '!none' });
    expect(within(screen.getByRole('grid', { name: 'VMs with their own settings' })).getByText('pre: none')).toBeTruthy();
  });
});
