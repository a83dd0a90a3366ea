import { describe, expect, it } from 'vitest';
import type { Condition, V1beta1Plan } from '../k8s/types';
import { countBy, planProgress, planState } from './planState';

const plan = (conditions: Condition[], extra: Partial<V1beta1Plan> = {}): V1beta1Plan => ({
  metadata: { name: 'p', namespace: 'ns' },
  spec: { vms: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
  status: { conditions },
  ...extra,
});
const c = (type: string, category = 'Advisory'): Condition => ({ type, status: 'True', category });

describe('planState', () => {
  it('reads run conditions before validation ones', () => {
    expect(planState(plan([c('Ready', 'Required'), c('Executing')]))).toBe('Running');
    expect(planState(plan([c('Ready', 'Required'), c('Failed')]))).toBe('Failed');
    expect(planState(plan([c('Ready', 'Required'), c('Succeeded')]))).toBe('Succeeded');
    expect(planState(plan([c('Canceled')]))).toBe('Canceled');
  });
  it('is NotReady with a Critical or Error condition, Ready otherwise, Validating before any status', () => {
    expect(planState(plan([c('VMNetworksNotMapped', 'Critical')]))).toBe('NotReady');
    expect(planState(plan([c('Ready', 'Required'), c('VMCriticalConcerns', 'Warn')]))).toBe('Ready');
    expect(planState({ metadata: { name: 'x' } })).toBe('Validating');
  });
  it('puts Archived above everything', () => {
    expect(planState(plan([c('Succeeded')], { spec: { archived: true } }))).toBe('Archived');
  });
});

describe('planProgress', () => {
  it('counts finished and failed VMs and sums disk transfer progress', () => {
    const p = plan([c('Executing')]);
    p.status!.migration = {
      vms: [
        { id: 'a', phase: 'Completed', pipeline: [{ name: 'DiskTransfer', progress: { completed: 100, total: 100 } }] },
        { id: 'b', phase: 'Failed', error: { reasons: ['boom'] }, pipeline: [{ name: 'DiskTransferV2v', progress: { completed: 5, total: 50 } }] },
        { id: 'c', phase: 'CopyDisks', pipeline: [{ name: 'Initialize', progress: { completed: 1, total: 1 } }, { name: 'DiskTransfer', progress: { completed: 10, total: 40 } }] },
      ],
    };
    expect(planProgress(p)).toEqual({ total: 3, finished: 2, failed: 1, diskCompletedMb: 115, diskTotalMb: 190 });
  });
});

describe('countBy', () => {
  it('counts by key', () => {
    expect(countBy(['a', 'b', 'a'], (x) => x)).toEqual({ a: 2, b: 1 });
  });
});
