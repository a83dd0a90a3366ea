/**
 * The Prometheus HTTP query API of the simulated cluster, for the metrics in
 * forkliftMetrics.ts: `GET|POST /api/v1/query` (query, time) and
 * `/api/v1/query_range` (query, start, end, step), answering in Prometheus'
 * JSON format, and its error format (`{"status":"error","errorType":"bad_data",
 * "error":"..."}`, HTTP 400) for anything the PromQL subset does not cover.
 */
import { evaluateAt, evaluateRange, memoSource, type EvalOptions, type SeriesSource } from './evaluate';
import { PromQLError, parseDuration, parsePromQL } from './promql';

/** Upstream's ServiceMonitor scrapes the controller every 30 s. */
export const SCRAPE_INTERVAL_MS = 30_000;
/** Prometheus refuses range queries with more points per series than this. */
const MAX_POINTS = 11_000;

export interface PrometheusApiOptions {
  /** Builds the series source for one query, observed at `now` (ms). */
  source: () => { now: number; source: SeriesSource };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const badData = (error: string) => json({ status: 'error', errorType: 'bad_data', error }, 400);

/** `1700000000.5` or RFC 3339, as Prometheus accepts them; ms. */
function parseTime(value: string, name: string): number {
  const n = Number(value);
  if (value.trim() !== '' && Number.isFinite(n)) return n * 1000;
  const ms = Date.parse(value);
  if (Number.isFinite(ms) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return ms;
  throw new PromQLError(`invalid parameter "${name}": cannot parse "${value}" to a valid timestamp`);
}

function parseStep(value: string): number {
  const n = Number(value);
  const ms = value.trim() !== '' && Number.isFinite(n) ? n * 1000 : parseDuration(value);
  if (ms === undefined) throw new PromQLError(`invalid parameter "step": cannot parse "${value}" to a valid duration`);
  if (ms <= 0) throw new PromQLError('zero or negative query resolution step widths are not accepted. Try a positive integer');
  return ms;
}

const seconds = (ms: number) => ms / 1000;
const sampleValue = (v: number) => (Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : String(v));

async function params(request: Request, url: URL): Promise<URLSearchParams> {
  const all = new URLSearchParams(url.search);
  if (request.method === 'POST') {
    const body = new URLSearchParams(await request.text());
    for (const [k, v] of body) all.append(k, v);
  }
  return all;
}

export function createPrometheusApi(opts: PrometheusApiOptions) {
  const evalOpts: EvalOptions = { scrapeIntervalMs: SCRAPE_INTERVAL_MS };
  return async (request: Request, path: string, url: URL): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'POST') return json({ status: 'error', errorType: 'bad_data', error: `method ${request.method} not allowed` }, 405);
    if (path !== '/api/v1/query' && path !== '/api/v1/query_range') {
      return json({ status: 'error', errorType: 'not_found', error: `the simulated Prometheus serves /api/v1/query and /api/v1/query_range, not ${path}` }, 404);
    }
    try {
      const p = await params(request, url);
      const query = p.get('query');
      if (!query) throw new PromQLError('invalid parameter "query": empty query');
      const expr = parsePromQL(query);
      const { now, source } = opts.source();
      const memo = memoSource(source);
      if (path === '/api/v1/query') {
        const t = p.get('time') ? parseTime(p.get('time')!, 'time') : now;
        const value = evaluateAt(expr, memo, t, evalOpts);
        if (value.type === 'scalar') return json({ status: 'success', data: { resultType: 'scalar', result: [seconds(t), sampleValue(value.value)] } });
        if (value.type === 'matrix') {
          return json({ status: 'success', data: { resultType: 'matrix', result: value.series.map((s) => ({ metric: s.labels, values: s.points.map(([at, v]) => [seconds(at), sampleValue(v)]) })) } });
        }
        return json({ status: 'success', data: { resultType: 'vector', result: value.samples.map((s) => ({ metric: s.labels, value: [seconds(t), sampleValue(s.value)] })) } });
      }
      for (const name of ['start', 'end', 'step']) if (!p.get(name)) throw new PromQLError(`invalid parameter "${name}": missing`);
      const start = parseTime(p.get('start')!, 'start');
      const end = parseTime(p.get('end')!, 'end');
      const step = parseStep(p.get('step')!);
      if (end < start) throw new PromQLError('invalid parameter "end": end timestamp must not be before start time');
      if ((end - start) / step > MAX_POINTS) throw new PromQLError(`exceeded maximum resolution of ${MAX_POINTS} points per timeseries. Try decreasing the query resolution (?step=XX)`);
      const series = evaluateRange(expr, memo, start, end, step, evalOpts);
      return json({ status: 'success', data: { resultType: 'matrix', result: series.map((s) => ({ metric: s.labels, values: s.points.map(([at, v]) => [seconds(at), sampleValue(v)]) })) } });
    } catch (error) {
      if (error instanceof PromQLError) return badData(error.message);
      return json({ status: 'error', errorType: 'internal', error: String(error) }, 500);
    }
  };
}
