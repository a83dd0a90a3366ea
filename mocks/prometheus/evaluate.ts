/**
 * Evaluates a parsed PromQL expression against series that are functions of
 * time. `source(t)` gives every series' value at instant t (a "scrape"); a range
 * selector `[r]` reads the scrapes aligned to the scrape interval in (t - r, t],
 * like Prometheus reading its stored samples. Pure: no clock, no store.
 */
import { RE2JS } from 're2js';
import { PromQLError, type Expr, type Matcher } from './promql';

export type Labels = Record<string, string>;
export interface Sample {
  labels: Labels;
  value: number;
}
export interface RangeSeries {
  labels: Labels;
  points: [number, number][];
}

export type InstantValue = { type: 'vector'; samples: Sample[] } | { type: 'matrix'; series: RangeSeries[] } | { type: 'scalar'; value: number };

/** Every series (with `__name__`) at instant t (ms); undefined when nothing was scraped then. */
export type SeriesSource = (t: number) => Sample[];

export interface EvalOptions {
  scrapeIntervalMs: number;
}

const compiled = new Map<string, RE2JS>();
function regex(pattern: string): RE2JS {
  let re = compiled.get(pattern);
  if (!re) {
    try {
      re = RE2JS.compile(pattern);
    } catch (error) {
      throw new PromQLError(`invalid regular expression "${pattern}": ${error instanceof Error ? error.message : String(error)}`);
    }
    if (compiled.size > 200) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

function matches(labels: Labels, m: Matcher): boolean {
  const v = labels[m.name] ?? '';
  switch (m.op) {
    case '=':
      return v === m.value;
    case '!=':
      return v !== m.value;
    // PromQL regexes are anchored at both ends.
    case '=~':
      return regex(m.value).matches(v);
    case '!~':
      return !regex(m.value).matches(v);
  }
}

export const labelKey = (labels: Labels) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const withoutName = (labels: Labels): Labels => {
  const { __name__: _name, ...rest } = labels;
  return rest;
};

/** Memoises scrapes by instant, so overlapping ranges and steps compute each scrape once. */
export function memoSource(source: SeriesSource): SeriesSource {
  const cache = new Map<number, Sample[]>();
  return (t) => {
    let hit = cache.get(t);
    if (!hit) {
      hit = source(t);
      cache.set(t, hit);
    }
    return hit;
  };
}

function select(source: SeriesSource, matchers: Matcher[], t: number): Sample[] {
  return source(t).filter((s) => matchers.every((m) => matches(s.labels, m)));
}

function selectRange(source: SeriesSource, matchers: Matcher[], t: number, rangeMs: number, scrapeMs: number): RangeSeries[] {
  const series = new Map<string, RangeSeries>();
  // Scrapes happen at multiples of the interval; the window is left-open like Prometheus'.
  const first = Math.floor((t - rangeMs) / scrapeMs) * scrapeMs + scrapeMs;
  for (let at = first; at <= t; at += scrapeMs) {
    for (const s of select(source, matchers, at)) {
      const key = labelKey(s.labels);
      let entry = series.get(key);
      if (!entry) series.set(key, (entry = { labels: s.labels, points: [] }));
      entry.points.push([at, s.value]);
    }
  }
  return [...series.values()];
}

/** Counter increase over the points, counting a drop as a reset (as Prometheus does); no extrapolation. */
function counterIncrease(points: [number, number][]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const delta = points[i][1] - points[i - 1][1];
    total += delta >= 0 ? delta : points[i][1];
  }
  return total;
}

function aggregate(op: string, by: string[], samples: Sample[]): Sample[] {
  const groups = new Map<string, { labels: Labels; values: number[] }>();
  for (const s of samples) {
    const labels: Labels = {};
    for (const name of by) if (s.labels[name] !== undefined && s.labels[name] !== '') labels[name] = s.labels[name];
    const key = labelKey(labels);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { labels, values: [] }));
    g.values.push(s.value);
  }
  return [...groups.values()].map(({ labels, values }) => {
    let value: number;
    if (op === 'sum') value = values.reduce((a, b) => a + b, 0);
    else if (op === 'count') value = values.length;
    else if (op === 'min') value = Math.min(...values);
    else if (op === 'max') value = Math.max(...values);
    else value = values.reduce((a, b) => a + b, 0) / values.length;
    return { labels, value };
  });
}

export function evaluateAt(expr: Expr, source: SeriesSource, t: number, opts: EvalOptions): InstantValue {
  switch (expr.kind) {
    case 'number':
      return { type: 'scalar', value: expr.value };
    case 'selector':
      return { type: 'vector', samples: select(source, expr.matchers, t) };
    case 'range':
      return { type: 'matrix', series: selectRange(source, expr.matchers, t, expr.rangeMs, opts.scrapeIntervalMs) };
    case 'call': {
      const inner = evaluateAt(expr.arg, source, t, opts);
      if (inner.type !== 'matrix') throw new PromQLError(`expected type range vector in call to function "${expr.fn}"`);
      const rangeMs = expr.arg.kind === 'range' ? expr.arg.rangeMs : 0;
      const samples: Sample[] = [];
      for (const s of inner.series) {
        if (expr.fn === 'max_over_time') {
          samples.push({ labels: withoutName(s.labels), value: Math.max(...s.points.map((p) => p[1])) });
          continue;
        }
        // rate/increase need two samples, like Prometheus.
        if (s.points.length < 2) continue;
        const increase = counterIncrease(s.points);
        const seconds = (s.points[s.points.length - 1][0] - s.points[0][0]) / 1000;
        samples.push({ labels: withoutName(s.labels), value: expr.fn === 'rate' ? increase / seconds : (increase * rangeMs) / 1000 / seconds });
      }
      return { type: 'vector', samples };
    }
    case 'aggregate': {
      const inner = evaluateAt(expr.arg, source, t, opts);
      if (inner.type !== 'vector') throw new PromQLError(`expected type instant vector in aggregation expression, got ${inner.type === 'matrix' ? 'range vector' : 'scalar'}`);
      return { type: 'vector', samples: aggregate(expr.op, expr.by, inner.samples) };
    }
  }
}

/** A range query: the expression at every step from start to end (ms), merged into series. */
export function evaluateRange(expr: Expr, source: SeriesSource, start: number, end: number, step: number, opts: EvalOptions): RangeSeries[] {
  if (expr.kind === 'range') throw new PromQLError('invalid expression type "range vector" for range query, must be Scalar or instant Vector');
  const series = new Map<string, RangeSeries>();
  for (let t = start; t <= end; t += step) {
    const value = evaluateAt(expr, source, t, opts);
    const samples = value.type === 'scalar' ? [{ labels: {}, value: value.value }] : value.type === 'vector' ? value.samples : [];
    for (const s of samples) {
      const key = labelKey(s.labels);
      let entry = series.get(key);
      if (!entry) series.set(key, (entry = { labels: s.labels, points: [] }));
      entry.points.push([t, s.value]);
    }
  }
  return [...series.values()];
}
