import { describe, expect, it } from 'vitest';
import { PrometheusEndpoint, prometheusURL } from './prometheus';

describe('prometheusURL', () => {
  it('builds instant queries under /api/prometheus', () => {
    expect(prometheusURL({ endpoint: PrometheusEndpoint.QUERY, query: 'sum(up)' }, 0)).toBe('/api/prometheus/api/v1/query?query=sum%28up%29');
  });

  it('builds range queries from endTime, timespan and samples like the console', () => {
    const url = new URL(prometheusURL({ endpoint: PrometheusEndpoint.QUERY_RANGE, query: 'x', endTime: 2_000_000, timespan: 600_000, samples: 10 }, 0)!, 'http://h');
    expect(url.pathname).toBe('/api/prometheus/api/v1/query_range');
    expect(Object.fromEntries(url.searchParams)).toEqual({ query: 'x', start: '1400', end: '2000', step: '60' });
    const defaults = new URL(prometheusURL({ endpoint: PrometheusEndpoint.QUERY_RANGE, query: 'x' }, 7_200_000)!, 'http://h');
    expect(Object.fromEntries(defaults.searchParams)).toMatchObject({ start: '3600', end: '7200', step: '60' });
  });

  it('uses the tenancy path with a namespace, and does not poll without a query', () => {
    expect(prometheusURL({ endpoint: PrometheusEndpoint.QUERY, query: 'x', namespace: 'ns1' }, 0)).toBe('/api/prometheus-tenancy/api/v1/query?query=x&namespace=ns1');
    expect(prometheusURL({ endpoint: PrometheusEndpoint.QUERY, query: '' }, 0)).toBeUndefined();
  });
});
