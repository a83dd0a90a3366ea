// @vitest-environment jsdom
/**
 * "Add virtual machines" is offered on a plan that has not started and not
 * once it has (a migration recorded), and opens the dialog with the plan.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { V1beta1Plan } from '../../k8s/types';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({ k8sPatch: vi.fn(), k8sGet: vi.fn(), k8sCreate: vi.fn(), useK8sWatchResource: () => [[], true, undefined] }));
// The dialog itself needs the inventory engine: here only that it opens for this plan.
vi.mock('./AddVmsModal', () => ({
  AddVmsModal: ({ plan }: { plan: V1beta1Plan }) => <div role="dialog" aria-label={`add to ${plan.metadata?.name}`} />,
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { PlanVmsTab } = await import('./PlanVmsTab');

afterEach(cleanup);

const plan = (status: V1beta1Plan['status']): V1beta1Plan => ({
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Plan',
  metadata: { name: 'p', namespace: 'ns', resourceVersion: '3' },
  spec: { vms: [{ id: 'vm-1', name: 'web-1' }] } as V1beta1Plan['spec'],
  status,
});

describe('PlanVmsTab: adding VMs', () => {
  it('is offered before the plan starts and opens the dialog', () => {
    render(<PlanVmsTab obj={plan({ conditions: [{ type: 'Ready', status: 'True', category: 'Required' }] })} customData={{ migrations: [] }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add virtual machines' }));
    expect(screen.getByRole('dialog', { name: 'add to p' })).toBeTruthy();
  });

  it('is not offered once the plan has started', () => {
    const started = plan({
      conditions: [{ type: 'Succeeded', status: 'True', category: 'Advisory' }],
      migration: { started: '2026-01-01T00:00:00Z', completed: '2026-01-01T01:00:00Z', history: [{ migration: { name: 'm1' } }], vms: [] },
    } as V1beta1Plan['status']);
    render(<PlanVmsTab obj={started} customData={{ migrations: [] }} />);
    expect(screen.queryByRole('button', { name: 'Add virtual machines' })).toBeNull();
  });
});
