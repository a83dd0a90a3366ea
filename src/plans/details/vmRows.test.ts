import { describe, expect, it } from 'vitest';
import { filterVmRows, vmRows } from './vmRows';

describe('vmRows', () => {
  const plan = {
    spec: { vms: [{ id: 'a', name: 'web-1' }, { id: 'b' }, { name: 'db-1' }] },
    status: { migration: { vms: [{ id: 'a', name: 'web-1', phase: 'Completed', started: 'x' }, { id: 'z', name: 'gone', phase: 'Failed', started: 'x' }, { id: 'c', name: 'db-1', phase: 'CopyDisks', started: 'x' }] } },
  };
  it('joins spec and status by id or name, pending when unreported, keeps status-only VMs', () => {
    expect(vmRows(plan).map((r) => [r.key, r.name, r.outcome])).toEqual([
      ['a', 'web-1', 'succeeded'],
      ['b', 'b', 'pending'],
      ['db-1', 'db-1', 'running'],
      ['z', 'gone', 'failed'],
    ]);
  });
  it('filters by name and outcome', () => {
    expect(filterVmRows(vmRows(plan), 'WEB', '').map((r) => r.key)).toEqual(['a']);
    expect(filterVmRows(vmRows(plan), '', 'failed').map((r) => r.key)).toEqual(['z']);
  });
});
