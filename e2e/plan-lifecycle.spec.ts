/**
 * Plan lifecycle end to end: each test copies a seeded plan's VMs into a plan
 * of its own (unique name, unique target VM names, the simulator's time-scale
 * annotation so a migration takes seconds), then drives it through the UI:
 * warm with a cutover scheduled and firing, "Cut over now" with hooks,
 * conversion only, live from OpenShift, cancel and failure, and the plan actions.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { collected } from './inventory-api';

const NS = 'openshift-mtv';
const API = `/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/${NS}`;
type Obj = { metadata: { name: string; uid?: string; annotations?: Record<string, string> }; spec: Record<string, unknown> & { vms: { id: string; name?: string; targetName?: string }[] }; status?: Record<string, unknown> };

const TIME_SCALE = 'forklift-console.sim/time-scale';
const INVENTORY = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';
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

type VmStatus = { id: string; pipeline: { name: string; phase: string; started?: string }[] };
const vmStatuses = (plan: Obj) => ((plan.status?.migration as { vms?: VmStatus[] } | undefined)?.vms ?? []);

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

test('a warm migration: precopies, a cutover scheduled, cleared, rescheduled, fired when its time comes, VMs created', async ({ page }) => {
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

  // Schedule a day ahead: the VM keeps waiting and the precopy timeline shows the schedule. (At this
  // time scale the plan's clock runs 1000 times faster: a day is 86 s away, more than this test needs.)
  const later = new Date(Date.now() + 86_400_000);
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

  // Scheduled again, then moved to three hours ahead: the plan's clock reaches it ~11 s later and
  // the controller cuts over then, not before.
  await scheduleCutover(page, 'Schedule cutover', later);
  await expect.poll(cutoverOf).not.toBeNull();
  const soon = new Date(Date.now() + 3 * 3_600_000);
  const changedAt = Date.now();
  await scheduleCutover(page, 'Change cutover schedule', soon);
  await expect.poll(cutoverOf).toBe(new Date(localInput(soon)).toISOString());
  await expect(vm.getByText('Waiting for cutover')).toBeVisible();
  await expect(stateLabel(page)).toHaveText('Succeeded', { timeout: 45_000 });
  const [status] = vmStatuses(await getPlan(page.request, name));
  // Three hours less the seconds the minute input drops, at 1000 times the pace: ~10.7 s.
  expect(Date.parse(status.pipeline.find((p) => p.name === 'Cutover')!.started!) - changedAt).toBeGreaterThan(9_000);

  await page.getByRole('tab', { name: 'Resources and events' }).click();
  const created = page.getByRole('grid', { name: 'Created resources' });
  await expect(created.getByRole('row').filter({ hasText: 'VirtualMachine' }).filter({ hasText: `${name}-0` })).toBeVisible();
  await expect(created.getByRole('row').filter({ hasText: 'DataVolume' }).first()).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Events' }).getByText('ImportSucceeded').first()).toBeVisible();
});

/** The step names of a VM's pipeline as its Details show them (the first line of each step cell). */
const pipelineSteps = async (vm: ReturnType<typeof vmList>) => {
  const grid = vm.getByRole('grid', { name: /^Pipeline of/ });
  await expect(grid).toBeVisible();
  return (await grid.locator('tbody tr:first-child td:first-child').allInnerTexts()).map((text) => text.split('\n')[0].trim());
};
/** A step's row in a VM's pipeline, found by the step's description. */
const stepRow = (vm: ReturnType<typeof vmList>, description: string) => vm.getByRole('grid', { name: /^Pipeline of/ }).getByRole('row').filter({ hasText: description });

test('hooks chosen in a VM\'s settings run before and after its migration; a warm plan cut over with "Cut over now"', async ({ page }) => {
  const name = unique('e2e-hooks');
  await clonePlan(page.request, 'erp-warm', name, { vms: 1, spec: { type: 'warm' }, annotations: { [TIME_SCALE]: '1000' } });
  await openPlan(page, name, 'vms');
  const vm = vmList(page).getByRole('listitem').first();
  await vm.getByRole('button', { name: /^Settings of/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Pre-migration hook').selectOption('pre-migration-check');
  await dialog.getByLabel('Post-migration hook').selectOption('pre-migration-check');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(async () => (await getPlan(page.request, name)).spec.vms[0])
    .toMatchObject({ hooks: [{ step: 'PreHook', hook: { name: 'pre-migration-check' } }, { step: 'PostHook', hook: { name: 'pre-migration-check' } }] });

  await expect(stateLabel(page)).toHaveText('Ready to start');
  await action(page, 'Start');
  await confirm(page, 'Start');
  await expect(vm.getByText('Waiting for cutover')).toBeVisible({ timeout: 30_000 });
  const before = Date.now();
  await action(page, 'Cut over now');
  await confirm(page, 'Cut over');
  const [migration] = await migrationsOf(page.request, name);
  expect(Date.parse(migration.spec.cutover!)).toBeGreaterThanOrEqual(before - 1_000);
  await expect(stateLabel(page)).toHaveText('Succeeded', { timeout: 45_000 });

  await vm.getByRole('button', { name: /^Details of/ }).click();
  expect(await pipelineSteps(vm)).toEqual(['Initialize', 'PreHook', 'DiskTransfer', 'Cutover', 'ImageConversion', 'VirtualMachineCreation', 'PostHook']);
  for (const hook of ['Run pre-migration hook.', 'Run post-migration hook.']) await expect(stepRow(vm, hook).getByRole('gridcell', { name: 'Completed', exact: true })).toBeVisible();
  // Each hook ran as its own Job; its pod's log is the playbook's output.
  const pipeline = vm.getByRole('grid', { name: /^Pipeline of/ });
  await expect(pipeline.getByText(/Hook Job .* Succeeded/).first()).toBeVisible();
  await pipeline.getByRole('button', { name: /^View log of the PreHook hook of/ }).click();
  const log = pipeline.getByLabel(/^Log of pod /);
  await expect(log).toContainText('TASK [debug]');
  await expect(log).toContainText('ok=2');
});

test('a hook whose playbook fails fails its VM with the Job\'s reason; its log shows the failed task', async ({ page }) => {
  const name = unique('e2e-hookfail');
  const hook = await page.request.post(`${API}/hooks`, {
    data: {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'Hook',
      metadata: { name, namespace: NS },
      spec: { image: 'quay.io/kubev2v/hook-runner', playbook: Buffer.from('- hosts: localhost\n  tasks:\n  - name: Check the guest agent\n    ansible.builtin.fail:\n      msg: guest agent is not running\n').toString('base64') },
    },
  });
  expect(hook.status(), await hook.text()).toBe(201);
  const created = await clonePlan(page.request, 'prod-web-tier-ready', name, { vms: 1, annotations: { [TIME_SCALE]: '1000' } });
  const vms = created.spec.vms.map((v) => ({ ...v, hooks: [{ step: 'PreHook', hook: { name, namespace: NS } }] }));
  const patched = await page.request.patch(`${API}/plans/${name}`, { headers: { 'Content-Type': 'application/merge-patch+json' }, data: { spec: { vms } } });
  expect(patched.ok(), await patched.text()).toBe(true);
  await openPlan(page, name, 'vms');
  await expect(stateLabel(page)).toHaveText('Ready to start');
  await action(page, 'Start');
  await confirm(page, 'Start');
  await expect(stateLabel(page)).toHaveText('Failed', { timeout: 30_000 });
  const vm = vmList(page).getByRole('listitem').first();
  await vm.getByRole('button', { name: /^Details of/ }).click();
  await expect(vm.getByText('Failed in step PreHook')).toBeVisible();
  const pipeline = vm.getByRole('grid', { name: /^Pipeline of/ });
  await expect(pipeline.getByText(/Failed: BackoffLimitExceeded \(Job has reached the specified backoff limit\)/)).toBeVisible();
  await pipeline.getByRole('button', { name: /^View log of the PreHook hook of/ }).click();
  await expect(pipeline.getByLabel(/^Log of pod /)).toContainText('fatal: [localhost]: FAILED! => {"changed": false, "msg": "guest agent is not running"}');
});

test('a conversion-only plan converts the guest where its disks are: no disk copy, no DataVolume, the VM created', async ({ page }) => {
  const name = unique('e2e-conv');
  const seed = await getPlan(page.request, 'prod-web-tier-ready');
  // Conversion only needs no storage map.
  await clonePlan(page.request, 'prod-web-tier-ready', name, { vms: 1, spec: { type: 'conversion', map: { network: (seed.spec.map as { network: unknown }).network } }, annotations: { [TIME_SCALE]: '1000' } });
  await openPlan(page, name);
  await expect(page.getByLabel('Plan details').getByText('Conversion only', { exact: true })).toBeVisible();
  await expect(stateLabel(page)).toHaveText('Ready to start');
  await action(page, 'Start');
  await confirm(page, 'Start');
  await expect(stateLabel(page)).toHaveText('Succeeded', { timeout: 45_000 });

  await page.getByRole('tab', { name: 'Virtual machines' }).click();
  const vm = vmList(page).getByRole('listitem').first();
  await vm.getByRole('button', { name: /^Details of/ }).click();
  expect(await pipelineSteps(vm)).toEqual(['Initialize', 'ImageConversion', 'VirtualMachineCreation']);

  await page.getByRole('tab', { name: 'Resources and events' }).click();
  const created = page.getByRole('grid', { name: 'Created resources' });
  await expect(created.getByRole('row').filter({ hasText: 'VirtualMachine' }).filter({ hasText: `${name}-0` })).toBeVisible();
  await expect(created.getByRole('row').filter({ hasText: 'virt-v2v' }).or(created.getByRole('row').filter({ hasText: 'Pod' })).first()).toBeVisible();
  await expect(created.getByRole('row').filter({ hasText: 'DataVolume' })).toHaveCount(0);
  await expect(created.getByRole('row').filter({ hasText: 'PersistentVolumeClaim' })).toHaveCount(0);
});

test('a live plan from OpenShift: Ready, no cutover offered while it runs, the VM moved into blank volumes', async ({ page }) => {
  const name = unique('e2e-live');
  // The OpenShift source's inventory: a VM on the pod network only, and every storage class to map.
  let uid = '';
  await expect
    .poll(async () => {
      const providers = (await (await page.request.get(`${INVENTORY}/providers?detail=1`)).json()) as Record<string, { name: string; uid: string; namespace: string }[]>;
      uid = (providers.openshift ?? []).find((p) => p.name === 'ocp-edge' && p.namespace === NS)?.uid ?? '';
      return uid;
    }, { message: 'the inventory lists ocp-edge', timeout: 45_000 })
    .not.toBe('');
  type Item = { id: string; name: string; namespace: string; object: { spec?: { template?: { spec?: { networks?: { pod?: object }[] } } } } };
  const vms = await collected<Item[]>(page, `${INVENTORY}/providers/openshift/${uid}/vms?detail=4`);
  const source = vms.find((v) => (v.object.spec?.template?.spec?.networks ?? []).every((n) => n.pod))!;
  expect(source, 'a VM on the pod network only').toBeDefined();
  const classes = await collected<{ id: string; name: string }[]>(page, `${INVENTORY}/providers/openshift/${uid}/storageclasses?detail=4`);
  const providers = { source: { name: 'ocp-edge', namespace: NS }, destination: { name: 'host', namespace: NS } };
  const create = async (kind: string, body: Record<string, unknown>) => {
    const response = await page.request.post(`${API}/${kind.toLowerCase()}s`, { data: { apiVersion: 'forklift.konveyor.io/v1beta1', kind, metadata: { name: `${name}-${kind === 'NetworkMap' ? 'network' : kind === 'StorageMap' ? 'storage' : 'x'}`, namespace: NS }, ...body } });
    expect(response.status(), await response.text()).toBe(201);
  };
  await create('NetworkMap', { spec: { provider: providers, map: [{ source: { type: 'pod' }, destination: { type: 'pod' } }] } });
  await create('StorageMap', { spec: { provider: providers, map: classes.map((c) => ({ source: { id: c.id, name: c.name }, destination: { storageClass: 'ocs-storagecluster-ceph-rbd' } })) } });
  const created = await page.request.post(`${API}/plans`, {
    data: {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'Plan',
      // Ten times the pace: a run of ~10 s, long enough to look at the Actions menu while it runs.
      metadata: { name, namespace: NS, annotations: { [TIME_SCALE]: '10' } },
      spec: {
        type: 'live',
        targetNamespace: 'demo-migrations',
        provider: providers,
        map: { network: { name: `${name}-network`, namespace: NS }, storage: { name: `${name}-storage`, namespace: NS } },
        vms: [{ id: source.id, name: source.name, namespace: source.namespace, targetName: `${name}-0` }],
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  await openPlan(page, name);
  await expect(page.getByLabel('Plan details').getByText('Live', { exact: true })).toBeVisible();
  await expect(stateLabel(page)).toHaveText('Ready to start', { timeout: 30_000 });
  await action(page, 'Start');
  await confirm(page, 'Start');
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  const cutoverItem = page.getByRole('menuitem', { name: /^Cut over now/ });
  await expect(cutoverItem).toBeDisabled();
  await expect(cutoverItem).toContainText('Only warm migrations have a cutover.');
  await page.keyboard.press('Escape');
  await expect(stateLabel(page)).toHaveText('Succeeded', { timeout: 45_000 });

  await page.getByRole('tab', { name: 'Virtual machines' }).click();
  const vm = vmList(page).getByRole('listitem').first();
  await vm.getByRole('button', { name: /^Details of/ }).click();
  expect(await pipelineSteps(vm)).toEqual(['Initialize', 'PrepareTarget', 'Synchronization']);
  await page.getByRole('tab', { name: 'Resources and events' }).click();
  const resources = page.getByRole('grid', { name: 'Created resources' });
  await expect(resources.getByRole('row').filter({ hasText: 'VirtualMachine' }).filter({ hasText: `${name}-0` })).toBeVisible();
  await expect(resources.getByRole('row').filter({ hasText: 'DataVolume' }).first()).toBeVisible();
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
