/**
 * Every Migration across plans as a history row: plan, started, completed,
 * duration, VMs by outcome; filters by outcome and time range; newest first.
 * Pure: objects in, rows out.
 */
import type { V1beta1Migration } from '../k8s/types';

export type MigrationOutcome = 'Running' | 'Succeeded' | 'Failed' | 'Canceled' | 'Pending';
export const MIGRATION_OUTCOMES: readonly MigrationOutcome[] = ['Running', 'Succeeded', 'Failed', 'Canceled', 'Pending'];

export interface VmCounts {
  succeeded: number;
  failed: number;
  canceled: number;
  running: number;
  pending: number;
}

export interface HistoryRow {
  uid: string;
  name: string;
  namespace: string;
  plan: { name: string; namespace: string } | undefined;
  outcome: MigrationOutcome;
  /** Why it has not started, for a Pending migration (e.g. the plan is not ready). */
  reason?: string;
  started?: number;
  completed?: number;
  /** ms; up to `now` for a running migration. */
  durationMs?: number;
  vms: VmCounts;
}

const time = (value?: string) => {
  const ms = value ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};

export function historyRow(m: V1beta1Migration, now: number): HistoryRow {
  const conditions = (m.status?.conditions ?? []).filter((c) => c.status === 'True');
  const finished = conditions.find((c) => c.type === 'Succeeded' || c.type === 'Failed' || c.type === 'Canceled');
  const started = time(m.status?.started);
  const completed = time(m.status?.completed);
  const outcome: MigrationOutcome = finished ? (finished.type as MigrationOutcome) : started !== undefined ? 'Running' : 'Pending';
  const vms: VmCounts = { succeeded: 0, failed: 0, canceled: 0, running: 0, pending: 0 };
  for (const vm of m.status?.vms ?? []) {
    const done = vm.conditions?.find((c) => c.status === 'True' && ['Succeeded', 'Failed', 'Canceled'].includes(c.type))?.type;
    if (done === 'Succeeded') vms.succeeded++;
    else if (done === 'Failed') vms.failed++;
    else if (done === 'Canceled') vms.canceled++;
    else if (vm.started) vms.running++;
    else vms.pending++;
  }
  const blocking = outcome === 'Pending' ? conditions.find((c) => c.category === 'Critical' || c.category === 'Error') : undefined;
  return {
    uid: m.metadata?.uid ?? `${m.metadata?.namespace}/${m.metadata?.name}`,
    name: m.metadata?.name ?? '',
    namespace: m.metadata?.namespace ?? '',
    plan: m.spec?.plan?.name ? { name: m.spec.plan.name, namespace: m.spec.plan.namespace || m.metadata?.namespace || '' } : undefined,
    outcome,
    ...(blocking?.message ? { reason: blocking.message } : {}),
    started,
    completed,
    durationMs: started === undefined ? undefined : (completed ?? now) - started,
    vms,
  };
}

export type TimeRange = 'all' | '24h' | '7d' | '30d';
export const TIME_RANGE_MS: Record<Exclude<TimeRange, 'all'>, number> = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };

export interface HistoryFilter {
  outcomes: readonly MigrationOutcome[];
  range: TimeRange;
}

/**
 * Rows matching the filter, newest first (by start; not-started ones by
 * creation, on top). A migration is in a time range when it was running at
 * some point in it: started before the range ends, and not completed before it began.
 */
export function migrationHistory(migrations: readonly V1beta1Migration[], filter: HistoryFilter, now: number): HistoryRow[] {
  const since = filter.range === 'all' ? -Infinity : now - TIME_RANGE_MS[filter.range];
  const created = new Map(migrations.map((m) => [m.metadata?.uid, time(m.metadata?.creationTimestamp) ?? 0]));
  return migrations
    .map((m) => historyRow(m, now))
    .filter((r) => filter.outcomes.length === 0 || filter.outcomes.includes(r.outcome))
    .filter((r) => (r.completed ?? r.started ?? now) >= since)
    .sort((a, b) => (b.started ?? created.get(b.uid) ?? now) - (a.started ?? created.get(a.uid) ?? now) || a.name.localeCompare(b.name));
}

/** `1h 5m`, `3m 20s`, `45s`: a duration for people. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  const s = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (d) return `${d}d ${h}h`;
  if (h) return `${h}h ${m}m`;
  if (m) return `${m}m ${sec}s`;
  return `${sec}s`;
}
