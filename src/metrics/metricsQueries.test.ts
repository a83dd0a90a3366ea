import { describe, expect, it } from 'vitest';
import type { PrometheusResponse } from '@openshift-console/dynamic-plugin-sdk';
import { parsePromQL } from '../../mocks/prometheus/promql';
import { QUERIES, formatBound, formatBytes, formatRate, histogramBuckets, latestAndPeak, matrixSeries, prometheusError, scalarOf, vectorRows } from './metricsQueries';

describe('metrics queries', () => {
  it('are within the PromQL the simulated Prometheus understands', () => {
    for (const q of [QUERIES.durationBuckets, QUERIES.durationSum, QUERIES.durationCount, QUERIES.planAlerts, QUERIES.outcomes, QUERIES.vmOutcomes, QUERIES.durations, QUERIES.transferred, QUERIES.throughput('mtv_migration_net_throughput', '24h')]) {
      expect(() => parsePromQL(q), q).not.toThrow();
    }
    expect(QUERIES.throughput('mtv_migration_storage_throughput', '1h')).toBe('sum by (plan_name) (max_over_time(mtv_migration_storage_throughput[60s]))');
    expect(QUERIES.throughput('mtv_migration_net_throughput', '24h')).toContain('[900s]');
  });

  it('turns vectors and matrices into rows and series', () => {
    const vector: PrometheusResponse = { status: 'success', data: { resultType: 'vector', result: [
      { metric: { status: 'Failed' }, value: [1, '1'] },
      { metric: { status: 'Succeeded' }, value: [1, '3'] },
    ] } };
    expect(vectorRows(vector, 'status')).toEqual([{ label: 'Succeeded', value: 3 }, { label: 'Failed', value: 1 }]);
    expect(vectorRows(undefined, 'status')).toEqual([]);
    const matrix: PrometheusResponse = { status: 'success', data: { resultType: 'matrix', result: [
      { metric: { plan_name: 'b' }, values: [[10, '5'], [20, '7'], [30, '2']] },
      { metric: { plan_name: 'a' }, values: [[10, '1']] },
    ] } };
    const series = matrixSeries(matrix, 'plan_name');
    expect(series.map((s) => s.name)).toEqual(['a', 'b']);
    expect(series[1].points[0]).toEqual({ x: 10_000, y: 5 });
    expect(latestAndPeak(series[1])).toEqual({ latest: 2, peak: 7 });
  });

  it('formats bytes and reports errors', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
    expect(formatRate(250 * 1024 ** 2)).toBe('250.0 MiB/s');
    expect(prometheusError({ status: 'error', errorType: 'bad_data', error: 'parse error', data: { resultType: 'vector', result: [] } }, undefined)).toBe('parse error');
    expect(prometheusError(undefined, { json: { error: 'unsupported' } })).toBe('unsupported');
    expect(prometheusError(undefined, undefined)).toBeUndefined();
  });

  it('turns cumulative histogram buckets into per-bucket counts in bound order (le as 3600, 3600.0 or +Inf)', () => {
    const vector = (pairs: [string, string][]): PrometheusResponse => ({ status: 'success', data: { resultType: 'vector', result: pairs.map(([le, v]) => ({ metric: { le }, value: [1, v] })) } });
    expect(histogramBuckets(vector([['+Inf', '9'], ['7200.0', '5'], ['3600', '2'], ['18000', '5']]))).toEqual([
      { lower: 0, upper: 3600, count: 2, cumulative: 2 },
      { lower: 3600, upper: 7200, count: 3, cumulative: 5 },
      { lower: 7200, upper: 18000, count: 0, cumulative: 5 },
      { lower: 18000, upper: Infinity, count: 4, cumulative: 9 },
    ]);
    // A bucket below its predecessor (a reset between scrapes of the sum) never counts negative.
    expect(histogramBuckets(vector([['3600', '4'], ['7200', '3']]))[1].count).toBe(0);
    expect(histogramBuckets(vector([['x', '1']]))).toEqual([]);
    expect(histogramBuckets(undefined)).toEqual([]);
    expect(scalarOf(vector([['', '12.5']]))).toBe(12.5);
    expect(scalarOf({ status: 'success', data: { resultType: 'vector', result: [] } })).toBeUndefined();
    expect([formatBound(3600), formatBound(172800), formatBound(1800)]).toEqual(['1 h', '48 h', '30 min']);
  });
});
