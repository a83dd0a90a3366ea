/**
 * Honest states under faults, and what the console must never show (issue 10):
 * no 404 before the plugin's routes are known, the last good data kept (marked
 * stale, with the error and a retry) when a list fails after loading, the
 * inventory's own failure named, Secret values masked in the last-applied
 * annotation, and long names cut instead of stretching tables.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dropWatches, withFaults } from './sim';

const PROVIDERS_URL = '/k8s/all-namespaces/forklift.konveyor.io~v1beta1~Provider';
const INVENTORY = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';
const PROVIDERS_API = '/api/kubernetes/apis/forklift.konveyor.io/v1beta1';
// The first page of a test waits for the plugin's chunks; on a loaded machine that can take a while.
const FIRST_LOAD = { timeout: 60_000 };
test.describe.configure({ timeout: 120_000 });

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Records whether "404: Page Not Found" was ever in the page, however briefly. */
const watchFor404 = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { seen404?: boolean };
    w.seen404 = false;
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('404: Page Not Found')) w.seen404 = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });

test('a page opened directly shows a loading state, never a 404, until the plugin is ready', async ({ page }) => {
  await watchFor404(page);
  for (const url of ['/mtv/overview', PROVIDERS_URL, '/k8s/all-namespaces/forklift.konveyor.io~v1beta1~Plan']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible(FIRST_LOAD);
    expect(await page.evaluate(() => (window as unknown as { seen404: boolean }).seen404), `404 flashed on ${url}`).toBe(false);
  }
  // A truly unknown address still gets its 404.
  await page.goto('/mtv/no-such-page');
  await expect(page.getByRole('heading', { name: '404: Page Not Found' })).toBeVisible(FIRST_LOAD);
});

test('a list that had loaded keeps its rows, marked stale with the error and a retry, when refreshing fails', async ({ page }) => {
  await page.goto(PROVIDERS_URL);
  const table = page.getByRole('grid', { name: 'Providers' });
  await expect(table.getByRole('row').nth(1)).toBeVisible(FIRST_LOAD);
  const rowsBefore = await table.getByRole('row').count();
  const alert = page.getByTestId('stale-data-alert').filter({ hasText: 'Providers could not' });

  await withFaults({ errors: { list: { rate: 1, code: 500 }, watch: { rate: 1, code: 500 } } }, async () => {
    await dropWatches();
    // The watch reconnects, is refused a few times, then relists, which fails.
    await expect(alert).toContainText('Providers could not be refreshed: showing the last data loaded', { timeout: 40_000 });
    await expect(alert).toContainText('injected fault: list failed with 500');
    await expect(table.getByRole('row')).toHaveCount(rowsBefore);
    await expect(page.getByRole('progressbar', { name: 'Loading providers' })).toHaveCount(0);
    // A retry while the cluster still fails says so, and keeps the rows.
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toContainText('injected fault: list failed with 500');
    await expect(table.getByRole('row')).toHaveCount(rowsBefore);
  });
  // Faults are off again: a retry brings fresh data and the alert goes.
  const retry = alert.getByRole('button', { name: 'Retry' });
  if (await retry.isVisible()) await retry.click();
  await expect(alert).toHaveCount(0, { timeout: 15_000 });
  await expect(table.getByRole('row')).toHaveCount(rowsBefore);
});

test('the Overview cards keep their last numbers and never spin after a failure', async ({ page }) => {
  await page.goto('/mtv/overview');
  const providersCard = page.locator('[aria-label="Providers summary"]');
  await expect(providersCard).toContainText('Total', FIRST_LOAD);
  const totalBefore = await providersCard.locator('dd').first().textContent();
  await withFaults({ errors: { list: { rate: 1, code: 503 }, watch: { rate: 1, code: 503 } } }, async () => {
    await dropWatches();
    await expect(page.getByTestId('stale-data-alert').first()).toContainText('could not be refreshed', { timeout: 40_000 });
    await expect(providersCard.locator('dd').first()).toHaveText(totalBefore ?? '');
    await expect(page.getByRole('progressbar', { name: /^Loading/ })).toHaveCount(0);
  });
});

test('an inventory failure is reported with its status and the service\'s message', async ({ page }) => {
  await page.route(`**${INVENTORY}/providers?detail=1`, (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'inventory database is locked' }) }),
  );
  await page.goto(PROVIDERS_URL);
  const alert = page.getByTestId('inventory-unreachable');
  await expect(alert).toContainText('The inventory service answered HTTP 500', FIRST_LOAD);
  await expect(alert).toContainText('inventory database is locked');
  await expect(alert).not.toContainText('unreachable');
});

test('a Secret applied with kubectl shows neither its values nor its last-applied annotation', async ({ page, request }) => {
  const name = unique('e2e-secret');
  const password = `pw-${Date.now()}-plaintext`;
  const applied = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'default' }, stringData: { password } });
  const created = await request.post('/api/kubernetes/api/v1/namespaces/default/secrets', {
    data: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': applied } },
      stringData: { password },
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  try {
    await page.goto(`/k8s/ns/default/core~v1~Secret/${name}`);
    const yaml = page.getByLabel(`Secret ${name} YAML`);
    await expect(yaml).toContainText('kubectl.kubernetes.io/last-applied-configuration: ••••••••', FIRST_LOAD);
    await expect(yaml).toContainText('password: ••••••••');
    await expect(page.locator('body')).not.toContainText(password);
    await expect(page.locator('body')).not.toContainText(Buffer.from(password).toString('base64'));
  } finally {
    await request.delete(`/api/kubernetes/api/v1/namespaces/default/secrets/${name}`);
  }
});

test('a 253-character name is cut in the table, with the full name on hover', async ({ page, request }) => {
  const prefix = unique('e2e-long');
  const name = `${prefix}-${'n'.repeat(253 - prefix.length - 1)}`;
  expect(name).toHaveLength(253);
  const created = await request.post(`${PROVIDERS_API}/namespaces/default/providers`, {
    data: { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Provider', metadata: { name }, spec: { type: 'ova', url: 'nfs.example.com:/ova' } },
  });
  expect(created.ok(), await created.text()).toBe(true);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PROVIDERS_URL);
    const link = page.getByRole('link', { name, exact: true });
    await expect(link).toBeVisible(FIRST_LOAD);
    // Before: the name alone stretched the table to ~2,900 px. Now its cell stays narrow.
    const cell = page.getByRole('grid', { name: 'Providers' }).getByRole('row').filter({ has: link }).locator('td').first();
    const cellWidth = (await cell.boundingBox())?.width ?? Infinity;
    expect(cellWidth, 'the name cell is cut to a readable width').toBeLessThan(520);
    const tableWidth = await page.getByRole('grid', { name: 'Providers' }).evaluate((el) => el.scrollWidth);
    expect(tableWidth, 'the table is not stretched by the name').toBeLessThan(1600);
    await link.hover();
    await expect(page.getByRole('tooltip')).toContainText(name);
  } finally {
    await request.delete(`${PROVIDERS_API}/namespaces/default/providers/${name}`);
  }
});
