// @vitest-environment jsdom
/**
 * The plan's placement editor: errors at the field (with the rule's column),
 * a JSON patch of only what changed, and a refused save that shows the
 * server's reason and keeps what was typed.
 */
import * as React from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { V1beta1Plan } from '../../k8s/types';

const patches: unknown[] = [];
let refuse: unknown;

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  k8sPatch: async ({ resource, data }: { resource: V1beta1Plan; data: unknown }) => {
    if (refuse) throw refuse;
    patches.push(data);
    return resource;
  },
  k8sGet: async () => {
    throw new Error('not used');
  },
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { PlanPlacementEditor } = await import('./PlanPlacementEditor');

afterEach(() => {
  cleanup();
  patches.length = 0;
  refuse = undefined;
});

const plan: V1beta1Plan = {
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Plan',
  metadata: { name: 'p', namespace: 'openshift-mtv', resourceVersion: '7' },
  spec: { targetLabels: { app: 'web' }, vms: [] },
} as V1beta1Plan;

describe('PlanPlacementEditor', () => {
  it('shows the current placement, refuses a bad rule at its field, then patches only what changed', async () => {
    const user = userEvent.setup();
    render(<PlanPlacementEditor plan={plan} />);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Target labels').value).toBe('app=web');
    const save = screen.getByRole('button', { name: 'Save placement' });
    expect(save.hasAttribute('disabled')).toBe(true);
    await user.type(screen.getByLabelText('Convertor affinity'), 'PREFER pods(app=ceph) on moon');
    expect(await screen.findByText('Not a valid affinity at line 1, column 26: expected node, zone, region or rack')).toBeTruthy();
    expect(save.hasAttribute('disabled')).toBe(true);
    await user.clear(screen.getByLabelText('Convertor affinity'));
    await user.type(screen.getByLabelText('Convertor affinity'), 'PREFER pods(app=ceph) on zone weight=60');
    await user.type(screen.getByLabelText('Convertor node selector'), 'role=v2v');
    expect(await screen.findByText(/topologyKey: topology.kubernetes.io\/zone/)).toBeTruthy();
    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false));
    await user.click(save);
    await waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0]).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '7' },
      { op: 'add', path: '/spec/convertorNodeSelector', value: { role: 'v2v' } },
      {
        op: 'add',
        path: '/spec/convertorAffinity',
        value: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 60, podAffinityTerm: { labelSelector: { matchLabels: { app: 'ceph' } }, topologyKey: 'topology.kubernetes.io/zone' } }] } },
      },
    ]);
  });

  it('shows why the server refused the save and keeps the input', async () => {
    const user = userEvent.setup();
    refuse = Object.assign(new Error('Plan.forklift.konveyor.io "p" is invalid: spec.targetNodeSelector: Invalid value'), { code: 422 });
    render(<PlanPlacementEditor plan={plan} />);
    await user.type(screen.getByLabelText('Target node selector'), 'zone=a');
    await user.click(screen.getByRole('button', { name: 'Save placement' }));
    expect(await screen.findByText(/is invalid: spec.targetNodeSelector/)).toBeTruthy();
    expect(screen.getByText('The placement could not be saved')).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Target node selector').value).toBe('zone=a');
  });
});
