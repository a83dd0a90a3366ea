import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { kubectl } from './kubectl';

const PROVIDERS_URL = '/k8s/all-namespaces/forklift.konveyor.io~v1beta1~Provider';
const INVENTORY = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';

interface Provider {
  metadata: { name: string; namespace: string; uid: string };
  spec: { type: string };
  status?: { phase?: string };
}

const providersFromApi = async (page: Page): Promise<Provider[]> => {
  const response = await page.request.get('/api/kubernetes/apis/forklift.konveyor.io/v1beta1/providers');
  expect(response.ok()).toBe(true);
  return (await response.json()).items;
};

// PatternFly renders sortable tables as role=grid, plain ones as role=table.
const table = (page: Page, name: string) => page.getByRole('grid', { name }).or(page.getByRole('table', { name }));
const providersTable = (page: Page) => table(page, 'Providers');
const rowFor = (page: Page, name: string) => providersTable(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

test.describe('Providers list', () => {
  test('lists every provider the API has, with status and inventory counts', async ({ page }) => {
    await page.goto(PROVIDERS_URL);
    await expect(page.getByRole('heading', { name: 'Providers', level: 1 })).toBeVisible();
    const providers = await providersFromApi(page);
    expect(providers.length).toBeGreaterThan(3);
    for (const p of providers) await expect(rowFor(page, p.metadata.name)).toBeVisible();

    // A Ready vSphere provider shows the inventory's own VM count.
    const ready = providers.find((p) => p.spec.type === 'vsphere' && p.status?.phase === 'Ready');
    expect(ready, 'the demo world has a Ready vSphere provider').toBeTruthy();
    const inventory = await (await page.request.get(`${INVENTORY}/providers?detail=1`)).json();
    const entry = inventory.vsphere.find((e: { uid: string }) => e.uid === ready!.metadata.uid);
    const row = rowFor(page, ready!.metadata.name);
    await expect(row).toContainText('Ready');
    await expect(row.locator('td[data-label="VMs"]')).toHaveText(entry.vmCount.toLocaleString('en-US'));
  });

  test('filters by type and by text', async ({ page }) => {
    await page.goto(PROVIDERS_URL);
    const providers = await providersFromApi(page);
    await page.getByRole('button', { name: 'Red Hat Virtualization' }).click();
    for (const p of providers) {
      const row = rowFor(page, p.metadata.name);
      if (p.spec.type === 'ovirt') await expect(row).toBeVisible();
      else await expect(row).toHaveCount(0);
    }
    await page.getByRole('button', { name: 'Red Hat Virtualization' }).click();
    await page.getByRole('textbox', { name: 'Filter providers by name or endpoint' }).fill('zzz-no-such-provider');
    await expect(page.getByText('No providers match the filter')).toBeVisible();
  });

  test('a provider added and removed with kubectl appears and disappears without a reload', async ({ page, baseURL }) => {
    await page.goto(PROVIDERS_URL);
    await expect(providersTable(page)).toBeVisible();
    const name = `e2e-vsphere-${Date.now().toString(36)}`;
    kubectl(baseURL!, ['apply', '-f', '-'], `
apiVersion: v1
kind: Secret
metadata:
  name: ${name}-creds
  namespace: openshift-mtv
stringData:
  user: administrator@vsphere.local
  password: secret
  url: https://${name}.example.com/sdk
  insecureSkipVerify: "true"
---
apiVersion: forklift.konveyor.io/v1beta1
kind: Provider
metadata:
  name: ${name}
  namespace: openshift-mtv
spec:
  type: vsphere
  url: https://${name}.example.com/sdk
  secret:
    name: ${name}-creds
    namespace: openshift-mtv
`);
    const row = rowFor(page, name);
    await expect(row).toBeVisible();
    await expect(row).toContainText('VMware vSphere');
    // The simulated controller connects and the inventory fills in.
    await expect(row).toContainText('Ready', { timeout: 30_000 });
    kubectl(baseURL!, ['delete', 'provider', name, '-n', 'openshift-mtv']);
    await expect(row).toHaveCount(0);
  });

  test('a provider with an unreachable URL shows why it failed', async ({ page, baseURL }) => {
    await page.goto(PROVIDERS_URL);
    const name = `e2e-broken-${Date.now().toString(36)}`;
    kubectl(baseURL!, ['apply', '-f', '-'], `
apiVersion: forklift.konveyor.io/v1beta1
kind: Provider
metadata:
  name: ${name}
  namespace: openshift-mtv
spec:
  type: openshift
  url: https://api.unreachable.example.com:6443
  secret:
    name: missing-secret
    namespace: openshift-mtv
`);
    const row = rowFor(page, name);
    await expect(row).toContainText(/Connection failed|Validation failed/, { timeout: 30_000 });
    kubectl(baseURL!, ['delete', 'provider', name, '-n', 'openshift-mtv']);
  });

  test('the details page shows the provider and its conditions', async ({ page }) => {
    await page.goto(PROVIDERS_URL);
    const providers = await providersFromApi(page);
    const ready = providers.find((p) => p.status?.phase === 'Ready' && p.spec.type !== 'openshift')!;
    await rowFor(page, ready.metadata.name).getByRole('link', { name: ready.metadata.name, exact: true }).click();
    await expect(page.getByRole('heading', { name: ready.metadata.name, level: 1 })).toBeVisible();
    await expect(table(page, 'Conditions')).toContainText('Ready');
  });

  test('the credentials link opens the Secret with its values masked', async ({ page }) => {
    await page.goto('/k8s/ns/openshift-mtv/forklift.konveyor.io~v1beta1~Provider/vcenter-prod');
    const details = page.getByRole('group', { name: 'Provider details' }).or(page.getByLabel('Provider details'));
    const secretName = (await (await page.request.get('/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/openshift-mtv/providers/vcenter-prod')).json()).spec.secret.name;
    await details.getByRole('link', { name: secretName }).click();
    const yaml = page.getByLabel(`Secret ${secretName} YAML`);
    await expect(yaml).toContainText('kind: Secret');
    await expect(yaml).toContainText('password: ••••••••');
  });
});
