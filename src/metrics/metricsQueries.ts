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
