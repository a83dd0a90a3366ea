/**
 * Editing a plan that has not started: its YAML tab saved through the
 * console's editor (and a conflict kept with its reason), its placement, and VMs added from
 * the source's inventory. Each test makes its own plan from the seeded
 * `prod-web-tier-ready` (one VM, a unique name and description).
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const NS = 'openshift-mtv';
const API = `/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/${NS}`;
type PlanObj = { metadata: { name: string; resourceVersion?: string }; spec: Record<string, unknown> & { description?: string; vms: { id: string; name?: string }[] } };

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;
const MONACO_TIMEOUT = 45_000;

const getPlan = async (request: APIRequestContext, name: string) => (await (await request.get(`${API}/plans/${name}`)).json()) as PlanObj;

/** A new unstarted plan with the first `vms` VMs of the seeded ready plan. */
async function newPlan(request: APIRequestContext, name: string, vms = 1): Promise<{ plan: PlanObj; seeded: PlanObj }> {
  const seeded = await getPlan(request, 'prod-web-tier-ready');
  const response = await request.post(`${API}/plans`, {
    data: {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'Plan',
      metadata: { name, namespace: NS },
      spec: { ...seeded.spec, archived: false, description: `e2e ${name}`, vms: seeded.spec.vms.slice(0, vms).map((vm, i) => ({ id: vm.id, name: vm.name, targetName: `${name}-${i}` })) },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { plan: (await response.json()) as PlanObj, seeded };
}

/** Opens the plan and waits for the controller's validation (so it stops writing the plan), then the tab. */
const openValidatedPlan = async (page: Page, name: string, tab: string) => {
  await page.goto(`/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan/${name}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('status', { name: 'Plan status' })).toHaveText('Ready to start');
  await page.getByRole('tab', { name: tab }).click();
};

/** A regex matching exactly one rendered editor line (Monaco renders spaces as no-break spaces). */
const wholeLine = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}\\s*$`);

/** Puts the cursor at the end of the line holding `text` in the YAML editor, erases `erase` characters and types `typed` there. */
const appendToLine = async (page: Page, text: string, typed: string, erase = 0) => {
  const editor = page.getByRole('region', { name: /^YAML of Plan\// });
  await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: MONACO_TIMEOUT });
  await editor.locator('.monaco-editor .view-lines').click();
  // Monaco's own find: whatever the widget was seeded with is replaced; the match is selected when it closes.
  await page.keyboard.press('ControlOrMeta+F');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await expect(page.getByText(/^1 of 1$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  for (let i = 0; i < erase; i++) await page.keyboard.press('Backspace');
  await page.keyboard.insertText(typed);
  await expect(editor.locator('.view-line', { hasText: wholeLine(`${text.slice(0, text.length - erase)}${typed}`) })).toHaveCount(1);
};

test('a plan edited in its YAML tab is saved with the version that was edited', async ({ page }) => {
  const name = unique('e2e-yaml');
  await newPlan(page.request, name);
  await openValidatedPlan(page, name, 'YAML');
  // Not YAML: reported at once, nothing written.
  await appendToLine(page, `description: e2e ${name}`, ': oops');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/YAML is not valid/).first()).toBeVisible();
  expect((await getPlan(page.request, name)).spec.description).toBe(`e2e ${name}`);
  // Fixed and saved.
  await appendToLine(page, `description: e2e ${name}: oops`, ' edited', ': oops'.length);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('yaml-save-notice')).toContainText(`${name} saved (version`);
  expect((await getPlan(page.request, name)).spec.description).toBe(`e2e ${name} edited`);

  // Its placement, edited on the Details tab: a bad rule refused at its column, then saved as a patch.
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByLabel('Convertor node selector', { exact: true }).fill('role=e2e-v2v');
  await page.getByLabel('Target affinity', { exact: true }).fill('AVOID pods(app=db) near node');
  await expect(page.getByText('Not a valid affinity at line 1, column 20: expected "on" after pods(...)')).toBeVisible();
  await page.getByLabel('Target affinity', { exact: true }).fill('AVOID pods(app=db) on node');
  await page.getByRole('button', { name: 'Save placement' }).click();
  await expect.poll(async () => (await getPlan(page.request, name)).spec.convertorNodeSelector).toEqual({ role: 'e2e-v2v' });
  expect((await getPlan(page.request, name)).spec.targetAffinity).toEqual({
    podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'db' } }, topologyKey: 'kubernetes.io/hostname' }] },
  });
});

test('a plan changed meanwhile: the 409 is shown with its reason and the edit is kept', async ({ page }) => {
  const name = unique('e2e-yaml-409');
  await newPlan(page.request, name);
  await openValidatedPlan(page, name, 'YAML');
  await appendToLine(page, `description: e2e ${name}`, ' mine');
  // Someone else changes the plan after it was loaded into the editor.
  const response = await page.request.patch(`${API}/plans/${name}`, {
    headers: { 'Content-Type': 'application/merge-patch+json' },
    data: { spec: { description: 'theirs' } },
  });
  expect(response.ok(), await response.text()).toBe(true);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const notice = page.getByTestId('yaml-save-notice');
  await expect(notice).toContainText(`Not saved: ${name} was changed by someone else since you loaded it`);
  await expect(notice).toContainText('the object has been modified');
  await expect(page.getByRole('region', { name: /^YAML of Plan\// }).locator('.view-lines')).toContainText(`description: e2e ${name} mine`);
  expect((await getPlan(page.request, name)).spec.description).toBe('theirs');
});

/** Replaces the TSL query of the VM picker and runs it (pasted in one input event, as the wizard spec does). */
const runQuery = async (page: Page, text: string) => {
  await expect(page.getByTestId('tsl-editor').locator('.monaco-editor')).toBeVisible({ timeout: MONACO_TIMEOUT });
  await page.getByRole('textbox', { name: 'TSL query' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Enter');
};

test('a VM added to a plan not yet started from its source inventory shows in its VM list', async ({ page }) => {
  const name = unique('e2e-addvm');
  const { seeded } = await newPlan(page.request, name);
  const [held, extra] = seeded.spec.vms;
  await openValidatedPlan(page, name, 'Virtual machines');
  const vmList = page.getByRole('list', { name: 'Virtual machines of the plan' });
  await expect(vmList.getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Add virtual machines' }).click();
  const dialog = page.getByRole('dialog');
  await runQuery(page, `name = '${held.name}' or name = '${extra.name}'`);
  await expect(dialog.getByTestId('add-vms-matching-count')).toHaveText(/^2 of \d+ VMs$/, { timeout: 30_000 });
  // The VM already in this plan is marked and not added again; the other one is named as in the seeded plan.
  await expect(dialog.getByText('prod-web-tier-ready').first()).toBeVisible();
  await expect(dialog.getByText('Yes', { exact: true })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Select all 2 matching' }).click();
  await expect(dialog.getByTestId('add-vms-selected-count')).toHaveText('1 VMs selected');
  // The seeded maps cover it: no warning about unmapped networks or storage.
  await dialog.getByRole('button', { name: 'Add 1 VMs' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('1 VMs added')).toBeVisible();
  await expect(vmList.getByRole('listitem', { name: extra.name })).toBeVisible();
  expect((await getPlan(page.request, name)).spec.vms.map((v) => v.id)).toEqual([held.id, extra.id]);
});
