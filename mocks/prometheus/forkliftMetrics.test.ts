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

  it('serves upstream\'s duration histogram of Succeeded migrations: cumulative buckets with le, _sum and _count', async () => {
    const { cluster, query } = setup();
    try {
      const succeeded = cluster.store.list(RES.migrations).filter((m) => ((m.status?.conditions ?? []) as { type: string; status: string }[]).some((c) => c.type === 'Succeeded' && c.status === 'True'));
      const durations = succeeded.map((m) => (Date.parse(String(m.status!.completed)) - Date.parse(String(m.status!.started))) / 1000);
      expect(durations.length).toBeGreaterThan(1);
      const buckets = await query('query', { query: 'sum by (le) (mtv_migrations_duration_seconds_bucket)' });
      const byLe = Object.fromEntries(buckets.body.data.result.map((r: { metric: { le: string }; value: [number, string] }) => [r.metric.le, Number(r.value[1])]));
      expect(Object.keys(byLe).sort()).toEqual(['+Inf', '172800', '18000', '3600', '36000', '7200', '86400'].sort());
      for (const le of [3600, 7200, 18000, 36000, 86400, 172800]) expect(byLe[String(le)]).toBe(durations.filter((d) => d <= le).length);
      expect(byLe['+Inf']).toBe(durations.length);
      const count = await query('query', { query: 'sum(mtv_migrations_duration_seconds_count)' });
      expect(Number(count.body.data.result[0].value[1])).toBe(durations.length);
      const sum = await query('query', { query: 'sum(mtv_migrations_duration_seconds_sum)' });
      expect(Number(sum.body.data.result[0].value[1])).toBeCloseTo(durations.reduce((a, b) => a + b, 0), 3);
      const one = await query('query', { query: 'mtv_migrations_duration_seconds_count' });
      expect(Object.keys(one.body.data.result[0].metric).sort()).toEqual(['__name__', 'mode', 'provider', 'target']);
    } finally {
      cluster.stop();
    }
  });

  it('sets mtv_plan_alert_status to 1 for Succeeded, Failed (with the failed VMs\' phases) and Executing plans', async () => {
    const { cluster, query } = setup();
    try {
      const { body } = await query('query', { query: 'mtv_plan_alert_status' });
      type Alert = { metric: Record<string, string>; value: [number, string] };
      const alerts = body.data.result as Alert[];
      expect(alerts.every((a) => a.value[1] === '1')).toBe(true);
      expect(Object.keys(alerts[0].metric).sort()).toEqual(['__name__', 'mode', 'phase', 'plan', 'plan_name', 'provider', 'status', 'target']);
      const failed = alerts.filter((a) => a.metric.status === 'Failed');
      expect(failed.length).toBeGreaterThan(0);
      for (const a of failed) {
        const plan = cluster.store.get(RES.plans, 'openshift-mtv', a.metric.plan_name)!;
        const phases = ((plan.status?.migration as { vms?: { error?: { phase: string } }[] }).vms ?? []).flatMap((v) => (v.error ? [v.error.phase] : []));
        expect(a.metric.phase).toBe(phases.join(','));
        expect(a.metric.plan).toBe(plan.metadata.uid);
      }
      expect(alerts.filter((a) => a.metric.status === 'Succeeded').every((a) => a.metric.phase === 'Completed')).toBe(true);
      expect(alerts.some((a) => a.metric.status === 'Executing' && a.metric.phase === 'Executing')).toBe(true);
      expect(alerts.some((a) => a.metric.status === 'Canceled')).toBe(false);
      // The rules' alerts as Prometheus records them: one per Failed / Succeeded series, none for Executing.
      const firing = (await query('query', { query: 'ALERTS{alertstate="firing"}' })).body.data.result as Alert[];
      expect(firing.filter((a) => a.metric.alertname === 'MigrationFailed').map((a) => a.metric.plan).sort()).toEqual(failed.map((a) => a.metric.plan).sort());
      expect(firing.find((a) => a.metric.alertname === 'MigrationFailed')!.metric).toMatchObject({ severity: 'critical', type: 'migration-failed', app: 'forklift', status: 'Failed' });
      expect(firing.filter((a) => a.metric.alertname === 'MigrationSucceeded').length).toBe(alerts.filter((a) => a.metric.status === 'Succeeded').length);
      expect(firing.every((a) => a.metric.severity === (a.metric.alertname === 'MigrationFailed' ? 'critical' : 'info'))).toBe(true);
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
