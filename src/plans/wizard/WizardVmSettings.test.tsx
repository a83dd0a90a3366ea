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

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { WizardVmSettings } = await import('./WizardVmSettings');

afterEach(cleanup);

let latest: WizardValues | undefined;
const Host: React.FC = () => {
  const form = useForm<WizardValues>({
    defaultValues: { ...defaultValues('mtv'), pvcNameTemplate: '{{.VmName}}-{{.DiskIndex}}', vms: [{ id: 'vm-1', name: 'web-1' }, { id: 'vm-2', name: 'web-2' }] },
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
    expect(within(dialog).queryByLabelText('Pre-migration hook')).toBeNull();
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
