import { describe, expect, it } from 'vitest';
import type { PlanVmStatus, V1beta1Plan } from '../../k8s/types';
import { countByOutcome, currentStep, diskTransfer, formatDuration, percentDone, stepDisks, vmOutcome, warmTimeline } from './vmProgress';

const t0 = Date.parse('2025-01-01T00:00:00Z');
const at = (s: number) => new Date(t0 + s * 1000).toISOString();

describe('vmOutcome and counts', () => {
  const vms: PlanVmStatus[] = [
    { id: 'a', phase: 'Completed', started: at(0), completed: at(9), conditions: [{ type: 'Succeeded', status: 'True' }] },
    { id: 'b', phase: 'Failed', started: at(0), completed: at(9), error: { phase: 'DiskTransfer', reasons: ['x'] } },
    { id: 'c', phase: 'CopyingPaused', started: at(0) },
    { id: 'd', phase: 'CopyDisks', started: at(0) },
    { id: 'e', phase: 'Canceled', started: at(0), completed: at(3) },
    { id: 'f', phase: 'Pending' },
  ];
  it('reads each VM’s outcome', () => {
    expect(vms.map(vmOutcome)).toEqual(['succeeded', 'failed', 'waitingCutover', 'running', 'canceled', 'pending']);
  });
  it('counts VMs not reported yet as pending and computes the share done', () => {
    const plan: V1beta1Plan = { spec: { vms: Array.from({ length: 8 }, (_, i) => ({ id: String(i) })) }, status: { migration: { vms } } };
    const c = countByOutcome(plan);
    expect(c).toEqual({ succeeded: 1, failed: 1, waitingCutover: 1, running: 1, canceled: 1, pending: 3, total: 8 });
    expect(percentDone(c)).toBe(38);
    expect(percentDone(countByOutcome({}))).toBe(0);
  });
});

describe('disk transfer', () => {
  it('computes MB, rate and ETA of a running disk', () => {
    const d = diskTransfer({ name: 'disk-0', phase: 'Running', started: at(0), progress: { completed: 500, total: 2000 } }, t0 + 10_000);
    expect(d).toMatchObject({ completedMb: 500, totalMb: 2000, percent: 25, rateMbps: 50, etaSeconds: 30 });
  });
  it('uses the completion time for a finished disk and has no rate before data moved', () => {
    expect(diskTransfer({ name: 'd', phase: 'Completed', started: at(0), completed: at(20), progress: { completed: 1000, total: 1000 } }, t0 + 99_000)).toMatchObject({ rateMbps: 50, etaSeconds: 0, percent: 100 });
    expect(diskTransfer({ name: 'd', phase: 'Running', started: at(0), progress: { completed: 0, total: 10 } }, t0 + 5_000)).toMatchObject({ rateMbps: undefined, etaSeconds: undefined });
  });
  it('lists the disks of MB steps only', () => {
    expect(stepDisks({ name: 'Initialize', progress: { completed: 0, total: 1 } }, t0)).toEqual([]);
    expect(stepDisks({ name: 'DiskTransfer', annotations: { unit: 'MB' }, tasks: [{ name: 'disk-0' }, { name: 'disk-1' }] }, t0).map((d) => d.name)).toEqual(['disk-0', 'disk-1']);
  });
  it('finds the current, failed or last step', () => {
    expect(currentStep({ pipeline: [{ name: 'A', phase: 'Completed' }, { name: 'B', phase: 'Running' }, { name: 'C', phase: 'Pending' }] })?.name).toBe('B');
    expect(currentStep({ pipeline: [{ name: 'A', phase: 'Completed' }, { name: 'B', phase: 'Completed', error: { reasons: ['x'] } }] })?.name).toBe('B');
    expect(currentStep({ pipeline: [{ name: 'A', phase: 'Completed' }, { name: 'B', phase: 'Completed' }] })?.name).toBe('B');
  });
});

describe('warm timeline and durations', () => {
  it('lists precopies with durations, the next one and the cutover', () => {
    const tl = warmTimeline({ warm: { successes: 2, precopies: [{ start: at(0), end: at(45), deltas: [{}, {}] }, { start: at(900) }], nextPrecopyAt: at(1800) } }, at(3600));
    expect(tl).toEqual({
      precopies: [
        { index: 1, start: at(0), end: at(45), durationSeconds: 45, deltas: 2 },
        { index: 2, start: at(900), end: undefined, durationSeconds: undefined, deltas: 0 },
      ],
      nextPrecopyAt: at(1800),
      cutover: at(3600),
      successes: 2,
      failures: 0,
    });
    expect(warmTimeline({}, undefined)).toBeUndefined();
  });
  it('formats durations', () => {
    expect([formatDuration(12), formatDuration(200), formatDuration(3840), formatDuration(7200)]).toEqual(['12 s', '3 min 20 s', '1 h 4 min', '2 h']);
  });
});
