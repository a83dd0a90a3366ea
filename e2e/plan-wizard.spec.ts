/**
 * The plan wizard end to end: a cold migration planned in the wizard (VMs
 * picked with a TSL query, maps built in place), created, validated Ready by
 * the simulated controller, started and followed to Succeeded; and the
 * inventory browser's "Create migration plan" landing in the wizard with its
 * VMs, kept across a reload as a draft. Each test makes its own plan with a
 * unique name; the migration itself is sped up for this plan only (the
 * simulator's time-scale annotation), so the shared demo world keeps its pace.
 */
import type { Page } from '@playwright/test';
import { plannedFailure } from '../mocks/controller/failures';
import { stepNames } from '../mocks/controller/pipeline';
import { TIME_SCALE_ANNOTATION } from '../mocks/controller/runner';
import { expect, test } from './fixtures';
import { collected } from './inventory-api';

const NS = 'openshift-mtv';
const SOURCE = 'vcenter-prod';
const INVENTORY = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';
const API = '/api/kubernetes';
const FORKLIFT = `${API}/apis/forklift.konveyor.io/v1beta1/namespaces/${NS}`;
const FAILURE_RATE = 0.08; // the simulated controller's default

interface Vm {
  id: string;
  name: string;
  networks: { id: string }[];
  disks: { capacity: number }[];
  concerns: { category: string }[];
}

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** VMs of the vSphere source that will migrate cleanly and are in no plan yet, smallest disks first. */
const healthyFreeVms = async (page: Page): Promise<Vm[]> => {
  let uid = '';
  await expect
    .poll(async () => {
      const providers = (await (await page.request.get(`${INVENTORY}/providers?detail=1`)).json()) as Record<string, { name: string; uid: string; namespace: string }[]>;
      uid = (providers.vsphere ?? []).find((p) => p.name === SOURCE && p.namespace === NS)?.uid ?? '';
      return uid;
    }, { message: 'the inventory lists the vSphere provider', timeout: 45_000 })
    .not.toBe('');
  const vms = await collected<Vm[]>(page, `${INVENTORY}/providers/vsphere/${uid}/vms?detail=4`);
  const plans = (await (await page.request.get(`${FORKLIFT}/plans`)).json()) as { items: { spec?: { vms?: { id?: string }[] } }[] };
  const planned = new Set(plans.items.flatMap((p) => (p.spec?.vms ?? []).map((v) => v.id)));
  const steps = stepNames('cold', 'vsphere', { pre: false, post: false });
  const size = (vm: Vm) => vm.disks.reduce((sum, d) => sum + d.capacity, 0);
  return vms
    .filter(
      (vm) =>
        !planned.has(vm.id) &&
        !plannedFailure(vm, steps, FAILURE_RATE) &&
        !vm.concerns.some((c) => c.category === 'Critical') &&
        /^[a-z0-9-]+$/.test(vm.name) &&
        // One network: the wizard pairs it with the pod network by itself.
        new Set(vm.networks.map((n) => n.id)).size === 1,
    )
    .sort((a, b) => size(a) - size(b));
};

/**
 * Replaces the query and runs it (Ctrl+Enter). The text is pasted in one input event: typing key by
 * key costs ~120 ms a key on a busy machine, and the inventory spec already covers typing with
 * completion. The first Monaco of a browser context may take long to load on a loaded machine.
 */
const typeQuery = async (page: Page, text: string) => {
  const input = page.getByRole('textbox', { name: 'TSL query' });
  await expect(page.getByTestId('tsl-editor').locator('.monaco-editor')).toBeVisible({ timeout: 45_000 });
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Enter');
};

/** The plan name field (its label may carry a required marker; "Plan namespace" must not match). */
const planName = (page: Page) => page.getByLabel(/^Plan name[\s*]*$/);

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

test.describe('Plan wizard', () => {
  test('plans a cold migration with a TSL query and maps built in place, creates it, starts it and follows it to Succeeded', async ({ page }) => {
    test.setTimeout(150_000);
    const [vm] = await healthyFreeVms(page);
    expect(vm, 'a VM that migrates cleanly').toBeDefined();
    const name = unique('e2e-wizard');
    // A target namespace of its own: no VM of the same name can be there already.
    const targetNamespace = unique('e2e-wizard-target');
    expect((await page.request.post(`${API}/api/v1/namespaces`, { data: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: targetNamespace } } })).ok()).toBe(true);

    await page.goto(`/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan`);
    await page.getByRole('link', { name: 'Create plan' }).click();
    await expect(page).toHaveURL(new RegExp(`/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan/~new`));

    // 1. General. Next refuses an empty name, at the field.
    await next(page);
    await expect(page.getByText('Required').first()).toBeVisible();
    await planName(page).fill(name);
    await page.getByLabel('Source provider').selectOption(SOURCE);
    await expect(page.getByLabel('Target provider')).toHaveValue('host');
    await page.getByLabel('Target namespace').fill(targetNamespace);
    await next(page);

    // 2. VMs, chosen with a TSL query.
    await typeQuery(page, `name = '${vm.name}'`);
    await expect(page.getByTestId('plan-wizard-matching-count')).toHaveText(/^1 of \d+ VMs$/, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Select all 1 matching' }).click();
    await expect(page.getByTestId('plan-wizard-selected-count')).toHaveText('1 VMs selected');
    await next(page);

    // 3. Network map built in place with the mapping editor: exactly the VM's network, paired with the pod network.
    await page.getByRole('button', { name: 'Table' }).click();
    const networkPairs = page.getByRole('grid', { name: 'Network mappings table' }).or(page.getByRole('table', { name: 'Network mappings table' }));
    await expect(networkPairs.locator('tbody tr')).toHaveCount(1);
    await expect(networkPairs.getByRole('combobox', { name: /^Target for / })).toHaveValue('pod');
    await next(page);

    // 4. Storage map: every datastore the VM uses, pre-filled with the default storage class.
    await page.getByRole('button', { name: 'Table' }).click();
    const storagePairs = page.getByRole('grid', { name: 'Storage mappings table' }).or(page.getByRole('table', { name: 'Storage mappings table' }));
    await expect(storagePairs.locator('tbody tr').first()).toBeVisible();
    await expect(storagePairs.getByRole('combobox', { name: /^Target for / }).first()).not.toHaveValue('');
    await next(page);

    // 5. Type: cold is chosen; live is not offered from vSphere, conversion only is.
    await expect(page.getByRole('radio', { name: 'Cold migration' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Live migration' })).toBeDisabled();
    await expect(page.getByRole('radio', { name: 'Conversion only' })).toBeEnabled();
    await next(page);

    // 6. Settings: where the convertor pods run, and a target affinity as a KARL rule (refused at the field until it parses).
    await page.getByLabel('Convertor node selector', { exact: true }).fill('role=e2e-v2v');
    await page.getByLabel('Target affinity', { exact: true }).fill('PREFER pods(app=e2e) on moon');
    await next(page);
    await expect(page.getByText(/^Not a valid affinity at line 1, column 25/)).toBeVisible();
    await page.getByLabel('Target affinity', { exact: true }).fill('PREFER pods(app=e2e) on zone weight=40');
    await expect(page.locator('#plan-wizard-target-affinity-yaml')).toContainText('topologyKey: topology.kubernetes.io/zone');
    await next(page);

    // 7. Hooks: a post-migration hook only for the VMs that pick it, its playbook in the console's YAML editor
    // (one line: Monaco re-indents typed block YAML and closes brackets), refused at the field until it has hosts.
    await page.getByLabel('Run a hook after the migration').check();
    await page.getByLabel('Run it for every VM').uncheck();
    const playbook = page.getByRole('textbox', { name: 'Post-migration Ansible playbook' });
    await expect(page.getByTestId('playbook-editor').locator('.monaco-editor')).toBeVisible({ timeout: 45_000 });
    await playbook.focus();
    await page.keyboard.insertText('- name: check');
    await next(page);
    await expect(page.getByText('Play 1 (line 1) is not a mapping with hosts')).toBeVisible();
    await playbook.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('- hosts: localhost');
    await next(page);

    // 8. Review: the VM gets its own target name and runs the wizard's post-hook; the objects in order and the kubectl mtv commands, then create.
    await expect(page.getByTestId('plan-wizard-review-vms')).toContainText(vm.name);
    await expect(page.getByTestId('plan-wizard-review-hooks')).toContainText(`${name}-post-hook for the VMs that pick it`);
    await page.getByRole('button', { name: 'Edit VM settings' }).click();
    await page.getByRole('dialog').getByLabel('Target name').fill('wizard-moved');
    await page.getByRole('dialog').getByLabel('Post-migration hook').selectOption({ label: `This plan’s post-migration hook (${name}-post-hook)` });
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('grid', { name: 'VMs with their own settings' })).toContainText('wizard-moved');
    await expect(page.getByRole('grid', { name: 'VMs with their own settings' })).toContainText(`post: ${name}-post-hook`);
    await expect(page.getByText(`kubectl mtv create plan ${name}`).first()).toBeVisible();
    await expect(page.getByText(`--add-post-hook ${name}-post-hook`).first()).toBeVisible();
    await expect(page.getByText('--convertor-node-selector role=e2e-v2v').first()).toBeVisible();
    await page.getByRole('button', { name: 'Create plan' }).click();

    // The controller validates the plan: Ready, and Start is offered.
    await expect(page.getByTestId('plan-wizard-created-state')).toContainText('Ready', { timeout: 30_000 });
    for (const kind of ['networkmaps', 'storagemaps']) {
      const map = (await (await page.request.get(`${FORKLIFT}/${kind}/${name}-${kind === 'networkmaps' ? 'network' : 'storage'}`)).json()) as { metadata: { ownerReferences?: { kind: string; name: string }[] } };
      expect(map.metadata.ownerReferences, `${kind} owned by the plan`).toEqual([expect.objectContaining({ kind: 'Plan', name })]);
    }
    const patched = await page.request.patch(`${FORKLIFT}/plans/${name}`, {
      headers: { 'Content-Type': 'application/merge-patch+json' },
      data: { metadata: { annotations: { [TIME_SCALE_ANNOTATION]: '1000' } } },
    });
    expect(patched.ok()).toBe(true);
    await page.getByRole('button', { name: 'Start migration' }).click();
    await expect(page.getByText(/Migration .* started/)).toBeVisible();
    await expect(page.getByTestId('plan-wizard-created-state')).toContainText('Succeeded', { timeout: 60_000 });
    const created = (await (await page.request.get(`${API}/apis/kubevirt.io/v1/namespaces/${targetNamespace}/virtualmachines`)).json()) as { items: { metadata: { name: string } }[] };
    // The VM landed under its own target name, placed by the plan's affinity (the simulator copies it as Forklift does).
    expect(created.items.map((v) => v.metadata.name)).toEqual(['wizard-moved']);
    const planSpec = ((await (await page.request.get(`${FORKLIFT}/plans/${name}`)).json()) as { spec: Record<string, unknown> & { vms: { targetName?: string; hooks?: unknown }[] } }).spec;
    expect(planSpec.convertorNodeSelector).toEqual({ role: 'e2e-v2v' });
    expect(planSpec.vms[0].targetName).toBe('wizard-moved');
    expect(planSpec.vms[0]).toMatchObject({ hooks: [{ step: 'PostHook', hook: { name: `${name}-post-hook`, namespace: NS } }] });
    const landed = created.items[0] as unknown as { spec: { template: { spec: { affinity?: unknown } } } };
    expect(landed.spec.template.spec.affinity).toEqual(planSpec.targetAffinity);
    expect(planSpec.targetAffinity).toMatchObject({ podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 40 }] } });
    await expect(page.getByRole('link', { name: 'View plan details' })).toHaveAttribute('href', `/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan/${name}`);
  });

  test("the inventory's Create migration plan lands in the wizard with its VMs, kept as a draft across a reload", async ({ page }) => {
    test.setTimeout(120_000);
    await healthyFreeVms(page); // waits for the inventory
    await page.goto('/mtv/inventory');
    await page.getByRole('combobox', { name: 'Provider' }).selectOption(`${NS}/${SOURCE}`);
    await typeQuery(page, 'SELECT name ORDER BY name LIMIT 2');
    const rows = page.getByTestId('inventory-result-row');
    await expect(rows).toHaveCount(2, { timeout: 30_000 });
    const chosen = [(await rows.nth(0).getByRole('gridcell').nth(1).innerText()).trim(), (await rows.nth(1).getByRole('gridcell').nth(1).innerText()).trim()];
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Create migration plan (2)' }).click();

    await expect(page).toHaveURL((url) => url.pathname === `/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan/~new`);
    await expect(page.getByLabel('Source provider')).toHaveValue(SOURCE);
    const name = unique('e2e-wizard-draft');
    await planName(page).fill(name);
    await next(page);
    await expect(page.getByTestId('plan-wizard-selected-count')).toHaveText('2 VMs selected');
    // The VM table is virtualized: narrow it to the two VMs to see that exactly they are the ones chosen.
    await typeQuery(page, chosen.map((vmName) => `name = '${vmName}'`).join(' or '));
    const wizardRows = page.getByTestId('inventory-result-row');
    await expect(wizardRows).toHaveCount(2, { timeout: 30_000 });
    await expect(wizardRows.getByRole('checkbox', { checked: true })).toHaveCount(2);

    // A reload restores the draft: the name typed and the VMs from the link.
    // The draft is written shortly after the last change: wait until it holds the name.
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', `forklift-console/plan-wizard-draft/${NS}`))
      .toContain(name);
    await page.reload();
    await expect(page.getByTestId('plan-wizard-draft-restored')).toBeVisible();
    await expect(planName(page)).toHaveValue(name);
    await next(page);
    await expect(page.getByTestId('plan-wizard-selected-count')).toHaveText('2 VMs selected');

    await page.getByRole('button', { name: 'Discard draft' }).first().click();
    await expect(planName(page)).toHaveValue('');
  });
});
