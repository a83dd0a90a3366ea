import { describe, expect, it } from 'vitest';
import { eventsFor, resourceStatus, type K8sEvent } from './targetResources';

describe('eventsFor', () => {
  const dv = { kind: 'DataVolume', metadata: { name: 'vm-disk-0', namespace: 't', uid: 'u-dv' } };
  const plan = { kind: 'Plan', metadata: { name: 'p', namespace: 'mtv', uid: 'u-p' } };
  const ev = (name: string, io: K8sEvent['involvedObject'], last: string): K8sEvent => ({ metadata: { name, namespace: io?.namespace }, involvedObject: io, lastTimestamp: last });
  it('matches by uid or by kind and name, newest first, and skips others', () => {
    const events = [
      ev('a', { kind: 'DataVolume', name: 'vm-disk-0', namespace: 't', uid: 'u-dv' }, '2025-01-01T00:00:01Z'),
      ev('b', { kind: 'Plan', name: 'p', namespace: 'mtv' }, '2025-01-01T00:00:03Z'),
      ev('c', { kind: 'DataVolume', name: 'other', namespace: 't', uid: 'u-x' }, '2025-01-01T00:00:02Z'),
    ];
    expect(eventsFor(events, [dv, plan]).map((e) => e.metadata?.name)).toEqual(['b', 'a']);
  });
  it('reads a status word per kind', () => {
    expect(resourceStatus({ kind: 'DataVolume', status: { phase: 'ImportInProgress', progress: '45.00%' } } as never)).toBe('ImportInProgress 45.00%');
    expect(resourceStatus({ kind: 'DataVolume', status: { phase: 'Succeeded', progress: '100.0%' } } as never)).toBe('Succeeded');
    expect(resourceStatus({ kind: 'VirtualMachine', status: { printableStatus: 'Stopped' } } as never)).toBe('Stopped');
    expect(resourceStatus({ kind: 'Pod', status: { phase: 'Failed' } } as never)).toBe('Failed');
  });
});
