/**
 * Forklift health, settings, history and metrics on the overview's tabs.
 * Each test cleans up what it changes (faults, settings, its own plan) in a
 * `finally`: the simulated cluster is shared by every spec.
 */
import type { APIRequestContext, Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { clearFaults, setFaults } from './sim';

const FORKLIFT = '/api/kubernetes/apis/forklift.konveyor.io/v1beta1';
const FC_URL = `${FORKLIFT}/namespaces/openshift-mtv/forkliftcontrollers/forklift-controller`;

interface Obj {
  metadata: { name: string; namespace?: string; resourceVersion?: string };
  spec?: Record<string, unknown> & { vms?: { id: string; name: string }[]; plan?: { name: string } };
  status?: { started?: string; completed?: string; conditions?: { type: string; status: string }[]; vms?: { started?: string }[] };
}

const getJSON = async <T>(request: APIRequestContext, url: string): Promise<T> => {
  const response = await request.get(url);
  expect(response.ok(), `GET ${url}`).toBe(true);
  return (await response.json()) as T;
};

/** PatternFly tables render as a grid or a table depending on their features. */
const table = (scope: { getByRole: Locator['getByRole'] }, name: string) => scope.getByRole('grid', { name }).or(scope.getByRole('table', { name }));

/** Opens an overview tab; the first load of the plugin can be slow on a busy machine. */
const openOverview = async (page: import('@playwright/test').Page, tab?: string) => {
  await page.goto(tab ? `/mtv/overview?tab=${tab}` : '/mtv/overview');
  await expect(page.getByRole('heading', { name: 'Migration overview', level: 1 })).toBeVisible({ timeout: 45_000 });
};

test.describe.configure({ timeout: 120_000 });

const prometheus = async (request: APIRequestContext, query: string) => {
  const body = await getJSON<{ data: { result: { metric: Record<string, string>; value: [number, string] }[] } }>(request, `/api/prometheus/api/v1/query?query=${encodeURIComponent(query)}`);
  return body.data.result;
};

test('the overview shows Forklift healthy, a crash-looping component while the fault lasts, then healthy again', async ({ page }) => {
  await openOverview(page);
  const status = page.getByLabel('Forklift status');
  await expect(status).toHaveText('Forklift healthy');
  try {
    await setFaults({ crashLoop: { component: 'forklift-validation' } });
    await expect(status).toHaveText('Forklift degraded');
    const alert = page.locator('.pf-v6-c-alert', { hasText: 'Forklift is degraded: forklift-validation' });
    await expect(alert).toContainText('CrashLoopBackOff');

    await alert.getByRole('button', { name: 'View Forklift health' }).click();
    await expect(page).toHaveURL(/tab=health/);
    const pods = table(page, 'Forklift pods');
    const row = pods.getByRole('row').filter({ hasText: 'forklift-validation-' });
    await expect(row).toContainText('Not ready');
    const restarts = async () => Number(await row.locator('td[data-label="Restarts"]').textContent());
    const first = await restarts();
    expect(first).toBeGreaterThan(0);
    // Kubelet's back-off restarts it again after 10 s.
    await expect.poll(restarts, { timeout: 30_000 }).toBeGreaterThan(first);
    await expect(table(page, 'Conditions').getByRole('row').filter({ hasText: 'Degraded' })).toContainText('CrashLoopBackOff');
  } finally {
    await clearFaults();
  }
  await expect(status).toHaveText('Forklift healthy');
  await expect(table(page, 'Forklift pods').getByRole('row').filter({ hasText: 'forklift-validation-' })).toContainText('Ready 1/1');
  // Upstream's MigrationFailed rule over mtv_plan_alert_status fires for the demo world's failed plan.
  const failed = table(page, 'Migration alerts').getByRole('row').filter({ hasText: 'openstack-db-failed' });
  await expect(failed).toContainText('MigrationFailed');
  await expect(failed).toContainText('Critical');
  await expect(failed.getByRole('link', { name: 'openstack-db-failed' })).toBeVisible();
});

test('a setting saved in the form is a patch of that key only and changes how the controller schedules VMs', async ({ page }) => {
  const before = await getJSON<Obj>(page.request, FC_URL);
  const original = before.spec?.controller_max_vm_inflight;
  const suffix = Date.now().toString(36);
  const namespace = `e2e-health-${suffix}`;
  const planName = `e2e-inflight-${suffix}`;
  try {
    await openOverview(page, 'settings');
    const field = page.getByLabel('Maximum concurrent VM migrations');
    await expect(field).toHaveValue(String(original));
    await field.fill('0');
    await expect(page.getByText('Enter a number from 1 to 1000.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await field.fill('2');
    const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/forkliftcontrollers/forklift-controller'));
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await patch).postDataJSON()).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: before.metadata.resourceVersion },
      { op: 'replace', path: '/spec/controller_max_vm_inflight', value: 2 },
    ]);
    await expect(page.getByText('Settings saved')).toBeVisible();
    const after = await getJSON<Obj>(page.request, FC_URL);
    expect(after.spec).toEqual({ ...before.spec, controller_max_vm_inflight: 2 });

    // A plan of three VMs now starts two of them at a time.
    const source = await getJSON<Obj>(page.request, `${FORKLIFT}/namespaces/openshift-mtv/plans/prod-web-tier-ready`);
    expect(source.spec?.vms).toHaveLength(3);
    expect((await page.request.post('/api/kubernetes/api/v1/namespaces', { data: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } } })).ok()).toBe(true);
    const plan = { ...source.spec, targetNamespace: namespace, description: 'e2e: max VMs in flight' };
    expect((await page.request.post(`${FORKLIFT}/namespaces/openshift-mtv/plans`, { data: { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Plan', metadata: { name: planName, namespace: 'openshift-mtv' }, spec: plan } })).ok()).toBe(true);
    expect((await page.request.post(`${FORKLIFT}/namespaces/openshift-mtv/migrations`, { data: { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Migration', metadata: { name: planName, namespace: 'openshift-mtv' }, spec: { plan: { name: planName, namespace: 'openshift-mtv' } } } })).ok()).toBe(true);
    const startedVms = async () => ((await getJSON<Obj>(page.request, `${FORKLIFT}/namespaces/openshift-mtv/migrations/${planName}`)).status?.vms ?? []).map((v) => !!v.started);
    await expect.poll(async () => (await startedVms()).filter(Boolean).length, { timeout: 20_000 }).toBeGreaterThan(0);
    // Two more ticks (3 s each): still two running, one waiting for a slot.
    await page.waitForTimeout(7_000);
    expect((await startedVms()).sort()).toEqual([false, true, true]);
  } finally {
    await page.request.patch(FC_URL, { data: { spec: { controller_max_vm_inflight: original ?? null } }, headers: { 'Content-Type': 'application/merge-patch+json' } });
    await page.request.delete(`${FORKLIFT}/namespaces/openshift-mtv/migrations/${planName}`);
    await page.request.delete(`${FORKLIFT}/namespaces/openshift-mtv/plans/${planName}`);
    await page.request.delete(`/api/kubernetes/api/v1/namespaces/${namespace}`);
  }
});

test('the history lists the demo world\'s migrations newest first, filtered by outcome', async ({ page }) => {
  const migrations = (await getJSON<{ items: Obj[] }>(page.request, `${FORKLIFT}/migrations`)).items.filter((m) => m.metadata.name.endsWith('-run-1'));
  expect(migrations.length).toBeGreaterThanOrEqual(5);
  await openOverview(page, 'history');
  const history = table(page, 'Migration history');
  for (const m of migrations) await expect(history).toContainText(m.metadata.name);
  const newestFirst = migrations
    .filter((m) => m.status?.started)
    .sort((a, b) => Date.parse(b.status!.started!) - Date.parse(a.status!.started!))
    .map((m) => m.metadata.name);
  const shown = (await history.locator('td[data-label="Migration"]').allTextContents()).map((text) => newestFirst.find((n) => text.startsWith(n))).filter(Boolean);
  expect(shown).toEqual(newestFirst);

  await page.getByRole('group', { name: 'Filter by outcome' }).getByRole('button', { name: 'Failed', exact: true }).click();
  await expect(history).toContainText('openstack-db-failed-run-1');
  const outcomes = await history.locator('td[data-label="Outcome"]').allTextContents();
  expect(outcomes.length).toBeGreaterThan(0);
  for (const outcome of outcomes) expect(outcome).toMatch(/^Failed/);
  await history.getByRole('link', { name: 'openstack-db-failed' }).click();
  await expect(page).toHaveURL(/\/plans\/openstack-db-failed|Plan\/openstack-db-failed/);
});

test('the metrics show the demo world\'s numbers from Prometheus, charted and tabulated', async ({ page }) => {
  await openOverview(page, 'metrics');
  const outcomes = table(page, 'Migrations and VMs by outcome');
  // Recomputed on each attempt: a running demo migration may finish meanwhile.
  await expect(async () => {
    const expected = await prometheus(page.request, 'sum by (status) (mtv_migrations_status_total)');
    expect(expected.length).toBeGreaterThan(1);
    for (const r of expected) {
      await expect(outcomes.getByRole('row').filter({ hasText: r.metric.status }).locator('td[data-label="Migrations"]')).toHaveText(r.value[1], { timeout: 1_000 });
    }
    const total = expected.reduce((sum, r) => sum + Number(r.value[1]), 0);
    await expect(page.getByRole('img', { name: /Migrations by outcome/ })).toContainText(String(total), { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });

  const running = (await prometheus(page.request, 'mtv_migration_net_throughput')).map((r) => r.metric.plan_name);
  expect(running.length).toBeGreaterThan(0);
  const throughput = table(page, 'Network throughput by plan');
  for (const plan of running) await expect(throughput).toContainText(plan);
  await expect(page.getByRole('img', { name: /Network throughput/ })).toBeVisible();
  await expect(async () => {
    const durations = await prometheus(page.request, 'max by (plan) (mtv_migration_duration_seconds)');
    await expect(table(page, 'Migration durations by plan').locator('tbody tr')).toHaveCount(durations.length, { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  // The histogram's last bucket (+Inf) holds every succeeded migration: its _count.
  await expect(async () => {
    const [count] = await prometheus(page.request, 'sum(mtv_migrations_duration_seconds_count)');
    const buckets = table(page, 'Succeeded migrations by duration').locator('tbody tr');
    await expect(buckets).toHaveCount(7, { timeout: 1_000 });
    await expect(buckets.last().locator('td[data-label="Up to this duration"]')).toHaveText(count.value[1], { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByRole('img', { name: /Duration distribution of succeeded migrations/ })).toBeVisible();
});
