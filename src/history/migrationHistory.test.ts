import { describe, expect, it } from 'vitest';
import type { V1beta1Migration } from '../k8s/types';
import { formatDuration, historyRow, migrationHistory } from './migrationHistory';

const NOW = Date.parse('2025-06-10T12:00:00Z');
const iso = (hoursAgo: number) => new Date(NOW - hoursAgo * 3_600_000).toISOString();
const vm = (outcome?: string, started = true) => ({
  id: Math.random().toString(36),
  ...(started ? { started: iso(1) } : {}),
  ...(outcome ? { conditions: [{ type: outcome, status: 'True' as const }] } : {}),
});
const migration = (name: string, status: V1beta1Migration['status'], created = iso(0)): V1beta1Migration => ({
  metadata: { name, namespace: 'mtv', uid: name, creationTimestamp: created },
  spec: { plan: { name: `${name}-plan` } },
  status,
});

const done = migration('done', { started: iso(30), completed: iso(29), conditions: [{ type: 'Failed', status: 'True' }], vms: [vm('Succeeded'), vm('Succeeded'), vm('Failed')] });
const running = migration('running', { started: iso(2), conditions: [{ type: 'Running', status: 'True' }], vms: [vm('Succeeded'), vm(), vm(undefined, false)] });
const old = migration('old', { started: iso(24 * 10), completed: iso(24 * 10 - 1), conditions: [{ type: 'Succeeded', status: 'True' }], vms: [vm('Succeeded')] });
const waiting = migration('waiting', { conditions: [{ type: 'PlanNotReady', status: 'True', category: 'Critical', message: 'The migration plan is not ready.' }] });

describe('migration history', () => {
  it('summarises a migration: outcome, duration and VMs by outcome', () => {
    expect(historyRow(done, NOW)).toMatchObject({ outcome: 'Failed', durationMs: 3_600_000, plan: { name: 'done-plan', namespace: 'mtv' }, vms: { succeeded: 2, failed: 1, canceled: 0, running: 0, pending: 0 } });
    expect(historyRow(running, NOW)).toMatchObject({ outcome: 'Running', durationMs: 7_200_000, vms: { succeeded: 1, running: 1, pending: 1 } });
    expect(historyRow(waiting, NOW)).toMatchObject({ outcome: 'Pending', reason: 'The migration plan is not ready.', durationMs: undefined });
  });

  it('lists newest first and filters by outcome and time range', () => {
    const all = [old, done, waiting, running];
    expect(migrationHistory(all, { outcomes: [], range: 'all' }, NOW).map((r) => r.name)).toEqual(['waiting', 'running', 'done', 'old']);
    expect(migrationHistory(all, { outcomes: ['Succeeded', 'Failed'], range: 'all' }, NOW).map((r) => r.name)).toEqual(['done', 'old']);
    expect(migrationHistory(all, { outcomes: [], range: '24h' }, NOW).map((r) => r.name)).toEqual(['waiting', 'running']);
    expect(migrationHistory(all, { outcomes: [], range: '7d' }, NOW).map((r) => r.name)).toEqual(['waiting', 'running', 'done']);
  });

  it('formats durations', () => {
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(200_000)).toBe('3m 20s');
    expect(formatDuration(3_900_000)).toBe('1h 5m');
    expect(formatDuration(90_000_000)).toBe('1d 1h');
    expect(formatDuration(undefined)).toBe('–');
  });
});
