/**
 * Plan lifecycle end to end: each test copies a seeded plan's VMs into a plan
 * of its own (unique name, unique target VM names, the simulator's time-scale
 * annotation so a migration takes seconds), then drives it through the UI.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const NS = 'openshift-mtv';
const API = `/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/${NS}`;
type Obj = { metadata: { name: string; uid?: string; annotations?: Record<string, string> }; spec: Record<string, unknown> & { vms: { id: string; name?: string; targetName?: string }[] }; status?: Record<string, unknown> };

const TIME_SCALE = 'forklift-console.sim/time-scale';
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

/** A new plan with the VMs and maps of a seeded plan, targets renamed so runs never clash. */
async function clonePlan(request: APIRequestContext, from: string, name: string, opts: { spec?: Record<string, unknown>; annotations?: Record<string, string>; vms?: number } = {}): Promise<Obj> {
  const source = (await (await request.get(`${API}/plans/${from}`)).json()) as Obj;
  const vms = source.spec.vms.slice(0, opts.vms ?? source.spec.vms.length).map((vm, i) => ({ id: vm.id, name: vm.name, targetName: `${name}-${i}` }));
  const response = await request.post(`${API}/plans`, {
    data: {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'Plan',
      metadata: { name, namespace: NS, annotations: { [TIME_SCALE]: '100', ...opts.annotations } },
      spec: { ...source.spec, archived: false, description: 'e2e', vms, ...opts.spec },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Obj;
}

const setTimeScale = async (request: APIRequestContext, name: string, scale: string) => {
  const response = await request.patch(`${API}/plans/${name}`, { headers: { 'Content-Type': 'application/merge-patch+json' }, data: { metadata: { annotations: { [TIME_SCALE]: scale } } } });
  expect(response.ok(), await response.text()).toBe(true);
};
const getPlan = async (request: APIRequestContext, name: string) => (await (await request.get(`${API}/plans/${name}`)).json()) as Obj;
const migrationsOf = async (request: APIRequestContext, plan: string) =>
  ((await (await request.get(`${API}/migrations`)).json()).items as { metadata: { name: string }; spec: { plan: { name: string }; cutover?: string } }[]).filter((m) => m.spec.plan.name === plan);

const openPlan = async (page: Page, name: string, tab = '') => {
  await page.goto(`/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan/${name}${tab ? `/${tab}` : ''}`);
  // The first visit loads the details chunk: slow on a busy machine.
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({ timeout: 45_000 });
};
const action = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
};
const confirm = async (page: Page, button: string) => {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toHaveCount(0);
};
/** The VM rows of the details page's Virtual machines tab (not the navigation's list items). */
const vmList = (page: Page) => page.getByRole('list', { name: 'Virtual machines of the plan' });
/** The plan's state in the details page header. */
const stateLabel = (page: Page) => page.getByRole('status', { name: 'Plan status' });

const pad = (n: number) => String(n).padStart(2, '0');
/** What a datetime-local input holds (local time, minutes). */
const localInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const scheduleCutover = async (page: Page, item: string, at: Date) => {
  await action(page, item);
  await page.getByLabel('Cutover date and time').fill(localInput(at));
  await page.getByRole('dialog').getByRole('button', { name: 'Schedule cutover' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
};

test('a warm migration: precopies, a cutover scheduled, cleared, rescheduled, moved to now, VMs created', async ({ page }) => {
  const name = unique('e2e-warm');
  // Fast enough that the first copy of its 460 GB takes two seconds (then a precopy every second).
  await clonePlan(page.request, 'erp-warm', name, { vms: 1, spec: { type: 'warm' }, annotations: { [TIME_SCALE]: '1000' } });
  await openPlan(page, name);
  await expect(stateLabel(page)).toHaveText('Ready to start');
  await action(page, 'Start');
  await confirm(page, 'Start');
  await page.getByRole('tab', { name: 'Virtual machines' }).click();
  const vm = vmList(page).getByRole('listitem').first();
  await expect(vm.getByText('Waiting for cutover')).toBeVisible({ timeout: 30_000 });
  const cutoverOf = async () => (await migrationsOf(page.request, name))[0]?.spec.cutover ?? null;

  // Schedule an hour ahead: the VM keeps waiting and the precopy timeline shows the schedule.
  const later = new Date(Date.now() + 3_600_000);
  await scheduleCutover(page, 'Schedule cutover', later);
  await expect.poll(cutoverOf).toBe(new Date(localInput(later)).toISOString());
  await vm.getByRole('button', { name: /^Details of/ }).click();
  await expect(vm.getByText('Cutover scheduled:')).toBeVisible();
  await expect(vm.getByRole('grid', { name: /^Precopies of/ }).locator('tbody tr').first()).toBeVisible();
  await expect(vm.getByRole('grid', { name: /^Pipeline of/ }).getByText(/MB \(\d+%\)/).first()).toBeVisible();
  await expect(vm.getByText('Waiting for cutover')).toBeVisible();

  await action(page, 'Clear cutover schedule');
  await confirm(page, 'Clear schedule');
  await expect.poll(cutoverOf).toBeNull();
  await expect(vm.getByText('No cutover scheduled.')).toBeVisible();

  // Scheduled again, then moved to the current minute: due, so the controller cuts over. (That a
  // future schedule fires when the clock reaches it is the simulator's unit test: waiting for the
  // next minute here would cost up to a minute of end-to-end time.)
  await scheduleCutover(page, 'Schedule cutover', later);
  await expect.poll(cutoverOf).not.toBeNull();
  const now = new Date();
  await scheduleCutover(page, 'Change cutover schedule', now);
  await expect.poll(cutoverOf).toBe(new Date(localInput(now)).toISOString());
  await expect(stateLabel(page)).toHaveText('Succeeded', { timeout: 45_000 });

  await page.getByRole('tab', { name: 'Resources and events' }).click();
  const created = page.getByRole('grid', { name: 'Created resources' });
  await expect(created.getByRole('row').filter({ hasText: 'VirtualMachine' }).filter({ hasText: `${name}-0` })).toBeVisible();
  await expect(created.getByRole('row').filter({ hasText: 'DataVolume' }).first()).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Events' }).getByText('ImportSucceeded').first()).toBeVisible();
});

test('a canceled VM, a failed VM with its reason and events, then a restart', async ({ page }) => {
  test.setTimeout(120_000);
  const name = unique('e2e-fail');
  const seed = await getPlan(page.request, 'prod-web-tier-ready');
  const [failing, canceled] = seed.spec.vms;
  // The failing VM fails in its conversion within a second; the other one copies its 3 TB of disks
  // for two minutes at this pace, so there is time to cancel it mid-run.
  await clonePlan(page.request, 'prod-web-tier-ready', name, { vms: 2, annotations: { [TIME_SCALE]: '100', 'forklift-console.sim/fail-vms': failing.id } });

  // Start from the list row's kebab.
  await page.goto(`/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan`);
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Start', exact: true }).click();
  await confirm(page, 'Start');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({ timeout: 45_000 });
  await page.getByRole('tab', { name: 'Virtual machines' }).click();
  const row = (vmName: string) => vmList(page).getByRole('listitem', { name: vmName });
  await expect(row(canceled.name!).getByText('Running')).toBeVisible({ timeout: 20_000 });
  await row(canceled.name!).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Cancel selected VMs (1)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel 1 VMs' }).click();
  // The outcome label (the phase next to it says Canceled too).
  await expect(row(canceled.name!).getByText('Canceled', { exact: true }).first()).toBeVisible();

  await expect(stateLabel(page)).toHaveText('Failed', { timeout: 50_000 });
  const failed = row(failing.name!);
  await expect(failed.getByText('Failed', { exact: true }).first()).toBeVisible();
  await failed.getByRole('button', { name: /^Details of/ }).click();
  const plan = await getPlan(page.request, name);
  const reason = (plan.status!.migration as { vms: { id: string; error: { reasons: string[] } }[] }).vms.find((v) => v.id === failing.id)!.error.reasons[0];
  await expect(failed.getByText(reason)).toBeVisible();

  await page.getByRole('tab', { name: 'Resources and events' }).click();
  await page.getByLabel('Warnings only').check();
  const events = page.getByRole('grid', { name: 'Events' });
  await expect(events.getByRole('row').filter({ hasText: 'VMFailed' }).filter({ hasText: reason })).toBeVisible();

  // The rerun may go fast (the simulator reads the time scale when a migration starts): 3 TB in a second.
  await setTimeScale(page.request, name, '10000');
  await action(page, 'Restart');
  await confirm(page, 'Restart');
  await expect(stateLabel(page)).toHaveText('Succeeded', { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Migrations' }).click();
  await expect(page.getByRole('grid', { name: 'Migrations' }).locator('tbody tr')).toHaveCount(2);
});

test('per-VM settings, duplicate, bulk archive, unarchive and delete', async ({ page }) => {
  const name = unique('e2e-life');
  await clonePlan(page.request, 'prod-web-tier-ready', name, { vms: 2 });

  // Per-VM settings of a plan not started: a bad target name is refused at the field.
  await openPlan(page, name, 'vms');
  const first = vmList(page).getByRole('listitem').first();
  await first.getByRole('button', { name: /^Settings of/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Target name').fill('Bad_Name');
  await expect(dialog.getByText(/lowercase letters, digits and hyphens/)).toBeVisible();
  await dialog.getByLabel('Target name').fill(`${name}-web`);
  await dialog.getByLabel('Target power state').selectOption('off');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await getPlan(page.request, name)).spec.vms[0]).toMatchObject({ targetName: `${name}-web`, targetPowerState: 'off' });

  // Duplicate from the details page: lands on the copy, which has not started.
  await action(page, 'Duplicate');
  await expect(page.getByLabel('Name of the copy')).toHaveValue(`${name}-copy`);
  await page.getByRole('dialog').getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name: `${name}-copy`, level: 1 })).toBeVisible({ timeout: 30_000 });
  const copy = await getPlan(page.request, `${name}-copy`);
  expect(copy.spec.vms.map((v) => v.id)).toEqual((await getPlan(page.request, name)).spec.vms.map((v) => v.id));
  expect(copy.status?.migration).toBeUndefined();

  // Bulk archive both from the list.
  await page.goto(`/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan`);
  await page.getByRole('textbox', { name: 'Filter by name' }).fill(name);
  await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  await page.getByRole('checkbox', { name: `Select ${name}-copy` }).check();
  await page.getByRole('button', { name: 'Archive selected (2)' }).click();
  await confirm(page, 'Archive');
  const table = page.getByRole('grid', { name: 'Migration plans' });
  await expect(table.locator('tbody tr').filter({ hasText: 'Archived' })).toHaveCount(2);
  expect((await getPlan(page.request, name)).spec.archived).toBe(true);

  // Unarchive one, delete the other.
  await page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Unarchive', exact: true }).click();
  await confirm(page, 'Unarchive');
  await expect.poll(async () => (await getPlan(page.request, name)).spec.archived).toBe(false);
  await page.getByRole('button', { name: `Actions for ${name}-copy` }).click();
  await page.getByRole('menuitem', { name: 'Delete', exact: true }).click();
  await confirm(page, 'Delete');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  expect((await page.request.get(`${API}/plans/${name}-copy`)).status()).toBe(404);
  await page.request.delete(`${API}/plans/${name}`);
});
