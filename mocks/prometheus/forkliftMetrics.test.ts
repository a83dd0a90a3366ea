import { describe, expect, it } from 'vitest';
import { createSimulatedCluster } from '../cluster';
import { createManualClock } from '../controller/clock';
import { RES } from '../controller/resources';

describe('the simulated Prometheus serves Forklift metrics computed from the cluster', () => {
  const setup = () => {
    const clock = createManualClock(Date.now());
    const cluster = createSimulatedCluster({ clock, seed: 1, vmsPerProvider: 20 });
    clock.advance(60_000);
    const query = async (path: string, params: Record<string, string>) => {
      const response = await cluster.handle(new Request(`http://sim/api/prometheus/api/v1/${path}?${new URLSearchParams(params)}`));
      return { status: response.status, body: await response.json() };
    };
    return { clock, cluster, query };
  };

  it('counts finished Migrations by outcome, with upstream labels', async () => {
    const { cluster, query } = setup();
    try {
      const outcomes: Record<string, number> = {};
      for (const m of cluster.store.list(RES.migrations)) {
        const done = ((m.status?.conditions ?? []) as { type: string; status: string }[]).find((c) => c.status === 'True' && ['Succeeded', 'Failed', 'Canceled'].includes(c.type));
        if (done) outcomes[done.type] = (outcomes[done.type] ?? 0) + 1;
      }
      expect(Object.keys(outcomes).length).toBeGreaterThan(1);
      const { status, body } = await query('query', { query: 'sum by (status) (mtv_migrations_status_total)' });
      expect(status).toBe(200);
      expect(body.data.resultType).toBe('vector');
      const got = Object.fromEntries(body.data.result.map((r: { metric: { status: string }; value: [number, string] }) => [r.metric.status, Number(r.value[1])]));
      expect(got).toEqual(outcomes);
      const raw = await query('query', { query: 'mtv_migrations_status_total{status="Failed"}' });
      expect(raw.body.data.result[0].metric).toEqual({ __name__: 'mtv_migrations_status_total', status: 'Failed', provider: 'Openstack', mode: 'Cold', target: 'Local' });
    } finally {
      cluster.stop();
    }
  });

  it('reports throughput of running migrations and growing transferred bytes over a range', async () => {
    const { cluster, clock, query } = setup();
    try {
      const now = clock.now() / 1000;
      const throughput = await query('query', { query: 'mtv_migration_net_throughput' });
      const running = throughput.body.data.result.map((r: { metric: { plan_name: string } }) => r.metric.plan_name).sort();
      expect(running).toEqual(['erp-warm', 'rhv-batch-cold']);
      const plan = cluster.store.get(RES.plans, 'openshift-mtv', 'rhv-batch-cold')!;
      const range = await query('query_range', { query: `mtv_migration_data_transferred_bytes{plan="${plan.metadata.uid}"}`, start: String(now - 50), end: String(now), step: '10' });
      const values = range.body.data.result[0].values.map((v: [number, string]) => Number(v[1]));
      expect(values).toHaveLength(6);
      expect(values[5]).toBeGreaterThan(values[0]);
      // Nothing is known about the future.
      const future = await query('query', { query: 'mtv_plans_status', time: String(now + 3600) });
      expect(future.body.data.result).toEqual([]);
    } finally {
      cluster.stop();
    }
  });

  it('answers a Prometheus bad_data error for what it cannot evaluate', async () => {
    const { cluster, query } = setup();
    try {
      const { status, body } = await query('query', { query: 'topk(3, mtv_plans_status)' });
      expect(status).toBe(400);
      expect(body).toEqual({ status: 'error', errorType: 'bad_data', error: expect.stringContaining('function "topk" is not supported') });
      const bad = await query('query_range', { query: 'mtv_plans_status', start: '10', end: '0', step: '1' });
      expect(bad.body.error).toMatch(/end timestamp must not be before start/);
    } finally {
      cluster.stop();
    }
  });
});
