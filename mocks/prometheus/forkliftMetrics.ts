/**
 * The Forklift controller's metrics, computed from the simulated cluster's own
 * Plans and Migrations as they would have been scraped at any instant t:
 * counters count what had finished by t, gauges describe the migration that
 * was latest at t, throughput comes from the disk-transfer steps running at t.
 * Names and labels follow upstream (pkg/monitoring/metrics/forklift-controller):
 *   mtv_migrations_status_total{status,provider,mode,target}      counter, Migrations by outcome
 *   mtv_migrated_vms_total{status,provider,mode,target}           counter, VMs by outcome
 *   mtv_plans_status{status,provider,mode,target}                 gauge, Plans by status
 *   mtv_migration_duration_seconds{provider,mode,target,plan}     gauge, latest Migration of a plan
 *   mtv_migration_data_transferred_bytes{provider,mode,target,plan} gauge, bytes copied by it
 *   mtv_migration_net_throughput{plan_id,plan_name}               gauge, bytes/s while it copies
 *   mtv_migration_storage_throughput{plan_id,plan_name}           gauge, bytes/s written (same bytes here)
 *   mtv_migrations_duration_seconds_bucket{provider,mode,target,le}, _sum, _count
 *                                                                  histogram of Succeeded migrations' durations
 *                                                                  (upstream observes only those), buckets 1, 2, 5, 10, 24, 48 h
 *   mtv_plan_alert_status{status,provider,mode,target,plan,plan_name,phase}
 *                                                                  1 per plan Succeeded (phase Completed), Failed (phase: the
 *                                                                  failed VMs' error phases, comma-joined) or Executing; what
 *                                                                  upstream's PrometheusRule alerts on (MigrationSucceeded, MigrationFailed)
 *   ALERTS{alertname,alertstate="firing",severity,type,app,...}    those two rules' alerts, as Prometheus records them
 */
import type { K8sObject } from '../core/contract';
import type { Labels, Sample } from './evaluate';

const MiB = 1024 * 1024;
const DISK_STEPS = new Set(['DiskTransfer', 'DiskTransferV2v']);

/** Upstream's label values for the provider type. */
const PROVIDER_LABEL: Record<string, string> = { vsphere: 'VSphere', ovirt: 'oVirt', openstack: 'Openstack', ova: 'OVA', openshift: 'Openshift' };

interface Transfer {
  start: number;
  /** When the step ended, or the observation instant for a running step. */
  end: number;
  running: boolean;
  /** Bytes copied between start and end. */
  bytes: number;
}

interface VmOutcome {
  status: string;
  at: number;
}

export interface MigrationFacts {
  planUid: string;
  planName: string;
  labels: { provider: string; mode: string; target: string };
  started: number;
  completed?: number;
  outcome?: string;
  transfers: Transfer[];
  vms: VmOutcome[];
  /** `error.phase` of each VM that has one, in VM order (the Failed alert's `phase` label). */
  errorPhases: string[];
}

export interface PlanFacts {
  uid: string;
  name: string;
  labels: { provider: string; mode: string; target: string };
  created: number;
  /** Status when no migration has started: Ready or Blocked. */
  idleStatus: string;
}

export interface ForkliftFacts {
  now: number;
  plans: PlanFacts[];
  migrations: MigrationFacts[];
}

const time = (value: unknown): number | undefined => {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};
const conditions = (obj: K8sObject) => ((obj.status?.conditions ?? []) as { type: string; status: string }[]).filter((c) => c.status === 'True');

/** Reads what the metrics need out of the objects once per query. */
export function collectFacts(objects: { plans: K8sObject[]; migrations: K8sObject[]; providers: K8sObject[] }, now: number): ForkliftFacts {
  const providerOf = (ref: unknown, ns: string | undefined) => {
    const r = ref as { name?: string; namespace?: string } | undefined;
    return objects.providers.find((p) => p.metadata.name === r?.name && p.metadata.namespace === (r?.namespace || ns));
  };
  const planLabels = (plan: K8sObject) => {
    const pair = plan.spec?.provider as { source?: unknown; destination?: unknown } | undefined;
    const source = providerOf(pair?.source, plan.metadata.namespace);
    const destination = providerOf(pair?.destination, plan.metadata.namespace);
    const type = String(source?.spec?.type ?? '');
    const planType = String(plan.spec?.type ?? (plan.spec?.warm ? 'warm' : 'cold'));
    return {
      provider: PROVIDER_LABEL[type] ?? type,
      // Upstream knows Cold, Warm and Live; a conversion-only plan copies no disks, counted as Cold.
      mode: planType === 'warm' ? 'Warm' : planType === 'live' ? 'Live' : 'Cold',
      // The host cluster's provider has an empty URL.
      target: destination && !destination.spec?.url ? 'Local' : 'Remote',
    };
  };
  const plans = objects.plans.map((plan) => ({
    uid: plan.metadata.uid ?? '',
    name: plan.metadata.name ?? '',
    labels: planLabels(plan),
    created: time(plan.metadata.creationTimestamp) ?? now,
    idleStatus: conditions(plan).some((c) => c.type === 'Ready') ? 'Ready' : 'Blocked',
  }));
  const migrations: MigrationFacts[] = [];
  for (const m of objects.migrations) {
    const ref = m.spec?.plan as { name?: string; namespace?: string } | undefined;
    const plan = objects.plans.find((p) => p.metadata.name === ref?.name && p.metadata.namespace === (ref?.namespace || m.metadata.namespace));
    const started = time(m.status?.started);
    if (!plan || started === undefined) continue;
    const completed = time(m.status?.completed);
    const outcome = conditions(m).find((c) => ['Succeeded', 'Failed', 'Canceled'].includes(c.type))?.type;
    const transfers: Transfer[] = [];
    const vms: VmOutcome[] = [];
    const errorPhases: string[] = [];
    for (const vm of (m.status?.vms ?? []) as { completed?: string; error?: { phase?: string }; conditions?: { type: string; status: string }[]; pipeline?: { name: string; phase?: string; started?: string; completed?: string; progress?: { completed?: number } }[] }[]) {
      const vmOutcome = vm.conditions?.find((c) => c.status === 'True' && ['Succeeded', 'Failed', 'Canceled'].includes(c.type))?.type;
      const vmDone = time(vm.completed);
      if (vmOutcome && vmDone !== undefined) vms.push({ status: vmOutcome, at: vmDone });
      if (vm.error?.phase) errorPhases.push(vm.error.phase);
      for (const step of vm.pipeline ?? []) {
        const s = time(step.started);
        if (!DISK_STEPS.has(step.name) || s === undefined) continue;
        const done = time(step.completed);
        const running = step.phase === 'Running' && done === undefined;
        transfers.push({ start: s, end: done ?? now, running, bytes: (step.progress?.completed ?? 0) * MiB });
      }
    }
    migrations.push({ planUid: plan.metadata.uid ?? '', planName: plan.metadata.name ?? '', labels: planLabels(plan), started, completed, outcome, transfers, vms, errorPhases });
  }
  return { now, plans, migrations };
}

/** Bytes a transfer had copied by t (the simulated copy runs at a steady rate). */
function copiedBy(tr: Transfer, t: number): number {
  if (t <= tr.start) return 0;
  if (t >= tr.end || tr.end <= tr.start) return tr.bytes;
  return (tr.bytes * (t - tr.start)) / (tr.end - tr.start);
}

function rateAt(tr: Transfer, t: number): number {
  // A running step is still copying at the observation instant itself.
  if (t < tr.start || (tr.running ? t > tr.end : t >= tr.end) || tr.end <= tr.start) return 0;
  return (tr.bytes * 1000) / (tr.end - tr.start);
}

/** Upstream's PrometheusRule `forklift-alerts` (operator template monitor/alerting-rule.yml.j2) over mtv_plan_alert_status. */
const ALERT_RULES: Record<string, { alertname: string; type: string; severity: string }> = {
  Succeeded: { alertname: 'MigrationSucceeded', type: 'migration-succeeded', severity: 'info' },
  Failed: { alertname: 'MigrationFailed', type: 'migration-failed', severity: 'critical' },
};

/** Upstream's bucket bounds of `mtv_migrations_duration_seconds`: 1, 2, 5, 10, 24 and 48 hours. */
export const DURATION_BUCKETS_SECONDS = [3_600, 7_200, 18_000, 36_000, 86_400, 172_800];

/** Every series at instant t; nothing after the last observation (Prometheus has no future samples). */
export function forkliftSeries(facts: ForkliftFacts, t: number): Sample[] {
  if (t > facts.now) return [];
  const out: Sample[] = [];
  const counters = new Map<string, Sample>();
  const count = (name: string, labels: Labels) => {
    const full = { __name__: name, ...labels };
    const key = JSON.stringify(full);
    const hit = counters.get(key);
    if (hit) hit.value++;
    else counters.set(key, { labels: full, value: 1 });
  };

  const latestByPlan = new Map<string, MigrationFacts>();
  for (const m of facts.migrations) {
    if (m.started > t) continue;
    if (m.outcome && m.completed !== undefined && m.completed <= t) count('mtv_migrations_status_total', { status: m.outcome, ...m.labels });
    for (const vm of m.vms) if (vm.at <= t) count('mtv_migrated_vms_total', { status: vm.status, ...m.labels });
    const latest = latestByPlan.get(m.planUid);
    if (!latest || latest.started < m.started) latestByPlan.set(m.planUid, m);
  }

  for (const plan of facts.plans) {
    const m = latestByPlan.get(plan.uid);
    if (!m && plan.created > t) continue;
    const status = !m ? plan.idleStatus : m.completed !== undefined && m.completed <= t && m.outcome ? m.outcome : 'Executing';
    count('mtv_plans_status', { status, ...plan.labels });
    // Upstream sets the alert gauge for Succeeded, Failed and Executing plans only (not Canceled).
    const phase = status === 'Succeeded' ? 'Completed' : status === 'Failed' ? m!.errorPhases.join(',') : status === 'Executing' ? 'Executing' : undefined;
    if (phase === undefined) continue;
    const alertLabels = { status, ...plan.labels, plan: plan.uid, plan_name: plan.name, phase };
    out.push({ labels: { __name__: 'mtv_plan_alert_status', ...alertLabels }, value: 1 });
    // What Prometheus records for upstream's rules (no `for:`, so firing at once): the series' labels plus the rule's.
    const rule = ALERT_RULES[status];
    if (rule) out.push({ labels: { __name__: 'ALERTS', alertname: rule.alertname, alertstate: 'firing', ...alertLabels, app: 'forklift', type: rule.type, severity: rule.severity }, value: 1 });
  }

  // The histogram of Succeeded migrations' durations, observed when each completed (cumulative buckets).
  const histograms = new Map<string, { labels: MigrationFacts['labels']; buckets: number[]; sum: number; count: number }>();
  for (const m of facts.migrations) {
    if (m.outcome !== 'Succeeded' || m.completed === undefined || m.completed > t) continue;
    const key = JSON.stringify(m.labels);
    const h = histograms.get(key) ?? { labels: m.labels, buckets: DURATION_BUCKETS_SECONDS.map(() => 0), sum: 0, count: 0 };
    const seconds = (m.completed - m.started) / 1000;
    DURATION_BUCKETS_SECONDS.forEach((le, i) => {
      if (seconds <= le) h.buckets[i]++;
    });
    h.sum += seconds;
    h.count++;
    histograms.set(key, h);
  }
  for (const h of histograms.values()) {
    const name = 'mtv_migrations_duration_seconds';
    DURATION_BUCKETS_SECONDS.forEach((le, i) => out.push({ labels: { __name__: `${name}_bucket`, ...h.labels, le: String(le) }, value: h.buckets[i] }));
    out.push({ labels: { __name__: `${name}_bucket`, ...h.labels, le: '+Inf' }, value: h.count });
    out.push({ labels: { __name__: `${name}_sum`, ...h.labels }, value: h.sum });
    out.push({ labels: { __name__: `${name}_count`, ...h.labels }, value: h.count });
  }

  for (const m of latestByPlan.values()) {
    const end = m.completed !== undefined && m.completed <= t ? m.completed : t;
    const planLabels = { ...m.labels, plan: m.planUid };
    out.push({ labels: { __name__: 'mtv_migration_duration_seconds', ...planLabels }, value: Math.round((end - m.started) / 1000) });
    out.push({ labels: { __name__: 'mtv_migration_data_transferred_bytes', ...planLabels }, value: Math.round(m.transfers.reduce((sum, tr) => sum + copiedBy(tr, t), 0)) });
    const running = m.completed === undefined || m.completed > t;
    if (running) {
      const rate = Math.round(m.transfers.reduce((sum, tr) => sum + rateAt(tr, t), 0));
      const ids = { plan_id: m.planUid, plan_name: m.planName };
      out.push({ labels: { __name__: 'mtv_migration_net_throughput', ...ids }, value: rate });
      out.push({ labels: { __name__: 'mtv_migration_storage_throughput', ...ids }, value: rate });
    }
  }
  return [...counters.values(), ...out];
}
