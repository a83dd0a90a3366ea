// @vitest-environment jsdom
/**
 * The per-VM settings dialog writes every field it shows: the text fields and
 * the PatternFly selects (power state, hooks), which are controlled components
 * react-hook-form's register() cannot read by itself.
 */
import * as React from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { V1beta1Plan } from '../../k8s/types';

const patches: unknown[] = [];

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  useK8sWatchResource: () => [[{ metadata: { name: 'quiesce-db', namespace: 'openshift-mtv' } }], true, undefined],
  k8sPatch: async ({ resource, data }: { resource: V1beta1Plan; data: unknown }) => {
    patches.push(data);
    return resource;
  },
  k8sGet: async () => {
    throw new Error('not used');
  },
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { VmCustomiseModal } = await import('./VmCustomiseModal');

afterEach(() => {
  cleanup();
  patches.length = 0;
});

const plan: V1beta1Plan = {
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Plan',
  metadata: { name: 'p', namespace: 'openshift-mtv', resourceVersion: '7' },
  spec: { vms: [{ id: 'vm-1', name: 'web-1' }, { id: 'vm-2', name: 'web-2' }] },
} as V1beta1Plan;

describe('VmCustomiseModal', () => {
  it('saves the target name, the power state and the hooks chosen in selects', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<VmCustomiseModal plan={plan} vm={plan.spec!.vms![1]} onClose={onClose} />);
    await user.type(screen.getByLabelText('Target name'), 'web-two');
    await user.selectOptions(screen.getByLabelText('Target power state'), 'off');
    expect(screen.getByLabelText<HTMLSelectElement>('Target power state').value).toBe('off');
    await user.selectOptions(screen.getByLabelText('Post-migration hook'), 'quiesce-db');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const replace = (patches[0] as { op: string; path: string; value: unknown }[]).find((op) => op.path === '/spec/vms/1');
    expect(replace).toEqual({
      op: 'replace',
      path: '/spec/vms/1',
      value: { id: 'vm-2', name: 'web-2', targetName: 'web-two', targetPowerState: 'off', hooks: [{ step: 'PostHook', hook: { name: 'quiesce-db', namespace: 'openshift-mtv' } }] },
    });
  });

  it('refuses a target name that is not a DNS label, at the field', async () => {
    const user = userEvent.setup();
    render(<VmCustomiseModal plan={plan} vm={plan.spec!.vms![0]} onClose={() => {}} />);
    await user.type(screen.getByLabelText('Target name'), 'Bad_Name');
    expect(await screen.findByText(/lowercase letters, digits and hyphens/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);
  });
});
