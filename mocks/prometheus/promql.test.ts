import { describe, expect, it } from 'vitest';
import { evaluateAt, evaluateRange, type Sample, type SeriesSource } from './evaluate';
import { PromQLError, parseDuration, parsePromQL } from './promql';

const opts = { scrapeIntervalMs: 30_000 };

/** Counters growing steadily (one and two per minute, and a flat one) and a gauge. */
const source: SeriesSource = (t) => {
  const minutes = t / 60_000;
  const out: Sample[] = [
    { labels: { __name__: 'jobs_total', status: 'Succeeded', provider: 'VSphere' }, value: minutes },
    { labels: { __name__: 'jobs_total', status: 'Failed', provider: 'oVirt' }, value: 2 * minutes },
    { labels: { __name__: 'jobs_total', status: 'Failed', provider: 'VSphere' }, value: 10 },
  ];
  // A gauge that peaks at minute 3.
  out.push({ labels: { __name__: 'speed', plan_name: 'a' }, value: t === 180_000 ? 100 : 1 });
  return out;
};

const vector = (q: string, t: number) => {
  const v = evaluateAt(parsePromQL(q), source, t, opts);
  if (v.type !== 'vector') throw new Error(`not a vector: ${v.type}`);
  return v.samples.map((s): Record<string, string | number> => ({ ...s.labels, value: s.value }));
};

describe('PromQL subset: parsing', () => {
  it('parses selectors, matchers, ranges, functions and aggregations', () => {
    expect(parsePromQL('up')).toEqual({ kind: 'selector', matchers: [{ name: '__name__', op: '=', value: 'up' }] });
    expect(parsePromQL('x{a="1", b!="2",c=~"v.*",d!~\'w\'}[1h30m]')).toEqual({
      kind: 'range',
      rangeMs: 5_400_000,
      matchers: [
        { name: '__name__', op: '=', value: 'x' },
        { name: 'a', op: '=', value: '1' },
        { name: 'b', op: '!=', value: '2' },
        { name: 'c', op: '=~', value: 'v.*' },
        { name: 'd', op: '!~', value: 'w' },
      ],
    });
    const byFirst = parsePromQL('sum by (status, provider) (rate(x[5m]))');
    const byLast = parsePromQL('sum(rate(x[5m])) by (status, provider)');
    expect(byFirst).toEqual(byLast);
    expect(byFirst).toMatchObject({ kind: 'aggregate', op: 'sum', by: ['status', 'provider'], arg: { kind: 'call', fn: 'rate' } });
    expect(parsePromQL('count({__name__="x"})')).toMatchObject({ kind: 'aggregate', op: 'count', by: [] });
    expect(parsePromQL('42')).toEqual({ kind: 'number', value: 42 });
  });

  it('parses Prometheus durations', () => {
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1d2h')).toBe(93_600_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('5')).toBeUndefined();
    expect(parseDuration('5x')).toBeUndefined();
  });

  it.each([
    ['x + 1', /binary operator "\+" is not supported/],
    ['histogram_quantile(0.9, x)', /function "histogram_quantile" is not supported/],
    ['rate(x)', /expected type range vector in call to function "rate"/],
    ['x offset 5m', /"offset" is not supported/],
    ['x[5m:1m]', /subqueries are not supported/],
    ['sum without (a) (x)', /"without" is not supported/],
    ['x{a="1"', /unexpected end of input/],
    ['x{a=1}', /expected a quoted string/],
    ['{a=""}', /at least one non-empty matcher/],
    ['"unterminated', /unterminated quoted string/],
    ['', /empty query/],
  ])('rejects %s with a clear error', (query, message) => {
    expect(() => parsePromQL(query)).toThrow(PromQLError);
    expect(() => parsePromQL(query)).toThrow(message);
  });
});

describe('PromQL subset: evaluation', () => {
  it('selects by label matchers (regexes anchored)', () => {
    expect(vector('jobs_total{status="Failed"}', 600_000).map((s) => s.provider)).toEqual(['oVirt', 'VSphere']);
    expect(vector('jobs_total{provider=~"VS.*"}', 600_000)).toHaveLength(2);
    expect(vector('jobs_total{provider=~"Sphere"}', 600_000)).toHaveLength(0);
    expect(vector('jobs_total{provider!~"VS.*",status!="Succeeded"}', 600_000)).toEqual([{ __name__: 'jobs_total', status: 'Failed', provider: 'oVirt', value: 20 }]);
  });

  it('sums and counts by labels, dropping the others', () => {
    expect(vector('sum by (status) (jobs_total)', 600_000)).toEqual([
      { status: 'Succeeded', value: 10 },
      { status: 'Failed', value: 30 },
    ]);
    expect(vector('count(jobs_total)', 600_000)).toEqual([{ value: 3 }]);
    expect(vector('max by (provider) (jobs_total)', 600_000)).toEqual([
      { provider: 'VSphere', value: 10 },
      { provider: 'oVirt', value: 20 },
    ]);
    expect(vector('sum(nothing_here)', 600_000)).toEqual([]);
  });

  it('computes rate, increase and max_over_time over scraped samples', () => {
    // One per minute = 1/60 per second; the other grows twice as fast; the constant one not at all.
    const rates = vector('rate(jobs_total[10m])', 600_000);
    expect(rates.map((r) => r.value)).toEqual([1 / 60, 2 / 60, 0]);
    expect(rates[0]).not.toHaveProperty('__name__');
    expect(vector('sum(increase(jobs_total{provider="oVirt"}[10m]))', 600_000)).toEqual([{ value: 20 }]);
    expect(vector('max_over_time(speed[5m])', 300_000)).toEqual([{ plan_name: 'a', value: 100 }]);
    expect(vector('max_over_time(speed[1m])', 300_000)).toEqual([{ plan_name: 'a', value: 1 }]);
  });

  it('rate treats a drop as a counter reset', () => {
    const resetting: SeriesSource = (t) => [{ labels: { __name__: 'c' }, value: t <= 60_000 ? t / 30_000 : (t - 60_000) / 30_000 }];
    const v = evaluateAt(parsePromQL('increase(c[2m])'), resetting, 120_000, opts);
    // Samples at 30 s, 60 s, 90 s, 120 s: 1, 2, 1, 2 → increases 1 + (reset) 1 + 1 = 3 over 90 s, extrapolated to 120 s.
    expect(v).toEqual({ type: 'vector', samples: [{ labels: {}, value: 4 }] });
  });

  it('evaluates range queries step by step into series', () => {
    const series = evaluateRange(parsePromQL('sum by (status) (jobs_total)'), source, 0, 180_000, 60_000, opts);
    expect(series).toEqual([
      { labels: { status: 'Succeeded' }, points: [[0, 0], [60_000, 1], [120_000, 2], [180_000, 3]] },
      { labels: { status: 'Failed' }, points: [[0, 10], [60_000, 12], [120_000, 14], [180_000, 16]] },
    ]);
    expect(() => evaluateRange(parsePromQL('x[5m]'), source, 0, 1, 1, opts)).toThrow(/range vector/);
  });
});
