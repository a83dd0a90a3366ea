import { describe, expect, it } from 'vitest';
import type { V1beta1Map, V1beta1Plan } from '../../k8s/types';
import { addVmsOps } from '../actions/planBuilders';
import { unmappedSources } from './addVms';

const plan = (vms?: { id?: string; name?: string }[]): V1beta1Plan => ({
  apiVersion: 'forklift.konveyor.io/v1beta1',
  kind: 'Plan',
  metadata: { name: 'p', namespace: 'ns', resourceVersion: '3' },
  spec: { targetNamespace: 't', ...(vms ? { vms } : {}) } as V1beta1Plan['spec'],
});

describe('addVmsOps', () => {
  it('appends only the VMs the plan does not hold yet', () => {
    expect(addVmsOps(plan([{ id: 'a', name: 'vm-a' }]), [{ id: 'a', name: 'vm-a' }, { id: 'b', name: 'vm-b' }, { id: 'b', name: 'vm-b' }])).toEqual([
      { op: 'add', path: '/spec/vms/-', value: { id: 'b', name: 'vm-b' } },
    ]);
  });
  it('knows a VM the plan names without an id', () => {
    expect(addVmsOps(plan([{ name: 'vm-a' }]), [{ id: 'a', name: 'vm-a' }])).toEqual([]);
  });
  it('creates the list when the plan has none', () => {
    expect(addVmsOps(plan(), [{ id: 'c' }])).toEqual([{ op: 'add', path: '/spec/vms', value: [{ id: 'c' }] }]);
  });
  it('re-applied on a fresh plan that already got the VM (after a 409), adds nothing', () => {
    const fresh = plan([{ id: 'a' }, { id: 'b', name: 'vm-b' }]);
    expect(addVmsOps(fresh, [{ id: 'b', name: 'vm-b' }])).toEqual([]);
  });
});

describe('unmappedSources', () => {
  const map: V1beta1Map = {
    spec: {
      map: [
        { source: { id: 'net-1' }, destination: { type: 'pod' } },
        { source: { name: 'VM Network' }, destination: { type: 'multus' } },
        { source: { type: 'pod' }, destination: { type: 'pod' } },
        { source: { name: 'nad', namespace: 'src' }, destination: { type: 'multus' } },
      ],
    },
  };
  it('lists the sources no pair covers, matching by id, by name, the pod network by type and NADs by namespace/name', () => {
    const used = [
      { id: 'net-1', name: 'Prod' },
      { id: 'net-2', name: 'VM Network' },
      { id: 'net-3', name: 'DMZ' },
      { id: 'pod', name: 'Pod network', type: 'pod' as const },
      { id: 'u1', name: 'src/nad' },
      { id: 'u2', name: 'src/other' },
    ];
    expect(unmappedSources(used, map).map((s) => s.name)).toEqual(['DMZ', 'src/other']);
  });
  it('without a map, everything is unmapped', () => {
    expect(unmappedSources([{ id: 'x', name: 'X' }], undefined)).toHaveLength(1);
  });
});

describe('withInPlanColumn', () => {
  it("marks the plan's VMs by id, or by name for a plan that names them", async () => {
    const { buildVmIndex, withInPlanColumn } = await import('../wizard/vmTable');
    const index = buildVmIndex({ rows: [['i1', 'web-1', false], ['i2', 'web-2', false], ['i3', 'db-1', true]], sourceIndex: null });
    const view = { columns: ['name'], rows: [['web-1'], ['web-2'], ['db-1']], ids: ['i1', 'i2', 'i3'] };
    const marked = withInPlanColumn(view, new Set(['i1', 'db-1']), index, { title: 'In this plan', yes: 'Yes' });
    expect(marked.columns).toEqual(['name', 'In this plan']);
    expect(marked.rows).toEqual([['web-1', 'Yes'], ['web-2', null], ['db-1', 'Yes']]);
    expect(marked.ids).toBe(view.ids);
  });
});
