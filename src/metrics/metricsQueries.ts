/**
 * The PromQL the Metrics tab sends (real Forklift metric names and labels) and
 * the turning of Prometheus answers into chart and table rows. Pure.
 */
import type { PrometheusResponse } from '@openshift-console/dynamic-plugin-sdk';

export type MetricsRange = '1h' | '6h' | '24h' | '7d';
export const METRICS_RANGES: Record<MetricsRange, { timespanMs: number; samples: number }> = {
  '1h': { timespanMs: 3_600_000, samples: 60 },
  '6h': { timespanMs: 6 * 3_600_000, samples: 72 },
  '24h': { timespanMs: 24 * 3_600_000, samples: 96 },
  '7d': { timespanMs: 7 * 24 * 3_600_000, samples: 84 },
};

/** Step of a range query in seconds, as usePrometheusPoll computes it. */
export const stepSeconds = (range: MetricsRange) => METRICS_RANGES[range].timespanMs / METRICS_RANGES[range].samples / 1000;

export const QUERIES = {
  /** Finished migrations by outcome (counter, all time). */
  outcomes: 'sum by (status) (mtv_migrations_status_total)',
  /** Migrated VMs by outcome (counter, all time). */
  vmOutcomes: 'sum by (status) (mtv_migrated_vms_total)',
  /** Duration of each plan's latest migration. */
  durations: 'max by (plan) (mtv_migration_duration_seconds)',
  /** Bytes each plan's latest migration copied. */
  transferred: 'max by (plan) (mtv_migration_data_transferred_bytes)',
  /** Upstream's histogram of Succeeded migrations' durations, all providers and modes together. */
  durationBuckets: 'sum by (le) (mtv_migrations_duration_seconds_bucket)',
  durationSum: 'sum(mtv_migrations_duration_seconds_sum)',
  durationCount: 'sum(mtv_migrations_duration_seconds_count)',
  /** Upstream's alert gauge: what its PrometheusRule's MigrationSucceeded / MigrationFailed fire on. */
  planAlerts: 'mtv_plan_alert_status',
  /** Peak throughput per plan in each step, so a short burst between two samples still shows. */
  throughput: (metric: 'mtv_migration_net_throughput' | 'mtv_migration_storage_throughput', range: MetricsRange) =>
    `sum by (plan_name) (max_over_time(${metric}[${Math.max(60, Math.round(stepSeconds(range)))}s]))`,
};

export interface LabelledValue {
  label: string;
  value: number;
}

/** An instant vector as `{label, value}` rows, by one label ('' when absent), largest first. */
export function vectorRows(response: PrometheusResponse | undefined, label: string): LabelledValue[] {
  if (response?.data?.resultType !== 'vector') return [];
  return response.data.result
    .map((r) => ({ label: r.metric?.[label] ?? '', value: Number(r.value?.[1]) }))
    .filter((r) => Number.isFinite(r.value))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

export interface Series {
  name: string;
  points: { x: number; y: number }[];
}

/** A range answer as series named by one label, points in ms. */
export function matrixSeries(response: PrometheusResponse | undefined, label: string): Series[] {
  if (response?.data?.resultType !== 'matrix') return [];
  return response.data.result
    .map((r) => ({
      name: r.metric?.[label] ?? '',
      points: (r.values ?? []).map(([t, v]) => ({ x: t * 1000, y: Number(v) })).filter((p) => Number.isFinite(p.y)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Latest and peak of a series (for the table next to a chart). */
export const latestAndPeak = (s: Series) => ({
  latest: s.points.length ? s.points[s.points.length - 1].y : 0,
  peak: s.points.reduce((max, p) => Math.max(max, p.y), 0),
});

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
export function formatBytes(bytes: number): string {
  let v = bytes;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${UNITS[i]}`;
}
export const formatRate = (bytesPerSecond: number) => `${formatBytes(bytesPerSecond)}/s`;

/** The error text of a Prometheus answer or request failure. */
export function prometheusError(response: PrometheusResponse | undefined, error: unknown): string | undefined {
  if (response?.status === 'error') return response.error ?? response.errorType ?? 'error';
  if (!error) return undefined;
  const e = error as { json?: { error?: string }; message?: string };
  return e.json?.error ?? e.message ?? String(error);
}

export interface HistogramBucket {
  /** Lower bound in seconds (exclusive; 0 for the first). */
  lower: number;
  /** Upper bound in seconds (inclusive), Infinity for the last. */
  upper: number;
  /** Observations in this bucket alone. */
  count: number;
  /** Observations up to `upper` (what Prometheus stores). */
  cumulative: number;
}

/**
 * Prometheus' cumulative `_bucket` series (one per `le`, as "3600", "3600.0" or "+Inf") as
 * per-bucket counts in bound order. A counter reset can leave a bucket below the previous one:
 * its own count is then 0, never negative.
 */
export function histogramBuckets(response: PrometheusResponse | undefined): HistogramBucket[] {
  if (response?.data?.resultType !== 'vector') return [];
  const points = response.data.result
    .map((r) => ({ upper: Number(r.metric?.le === '+Inf' ? Infinity : r.metric?.le), cumulative: Number(r.value?.[1]) }))
    .filter((p) => !Number.isNaN(p.upper) && Number.isFinite(p.cumulative))
    .sort((a, b) => a.upper - b.upper);
  return points.map((p, i) => {
    const before = i === 0 ? 0 : points[i - 1].cumulative;
    return { lower: i === 0 ? 0 : points[i - 1].upper, upper: p.upper, cumulative: p.cumulative, count: Math.max(0, p.cumulative - before) };
  });
}

/** The single value of an instant vector such as `sum(...)`, or undefined when there is none. */
export function scalarOf(response: PrometheusResponse | undefined): number | undefined {
  if (response?.data?.resultType !== 'vector' || !response.data.result.length) return undefined;
  const v = Number(response.data.result[0].value?.[1]);
  return Number.isFinite(v) ? v : undefined;
}

/** "1 h", "48 h", "30 min": bucket bounds are whole hours upstream. */
export const formatBound = (seconds: number) => (seconds >= 3600 ? `${+(seconds / 3600).toFixed(1)} h` : `${+(seconds / 60).toFixed(1)} min`);
