import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const table = (page: Page, name: string) => page.getByRole('grid', { name }).or(page.getByRole('table', { name }));
const items = async (page: Page, plural: string) => {
  const response = await page.request.get(`/api/kubernetes/apis/forklift.konveyor.io/v1beta1/${plural}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).items as { metadata: { name: string }; status?: { conditions?: { type: string; status: string; category?: string; message?: string }[] } }[];
};

for (const { kind, plural, title } of [
  { kind: 'Plan', plural: 'plans', title: 'Migration plans' },
  { kind: 'NetworkMap', plural: 'networkmaps', title: 'Network maps' },
  { kind: 'StorageMap', plural: 'storagemaps', title: 'Storage maps' },
]) {
  test(`${title} lists every ${kind} the API has and filters by name`, async ({ page }) => {
    await page.goto(`/k8s/all-namespaces/forklift.konveyor.io~v1beta1~${kind}`);
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    const all = await items(page, plural);
    expect(all.length).toBeGreaterThan(0);
    const rows = table(page, title).locator('tbody tr');
    await expect(rows).toHaveCount(all.length);
    const first = all[0].metadata.name;
    await page.getByRole('textbox', { name: 'Filter by name' }).fill(first);
    await expect(rows.filter({ hasText: first }).first()).toBeVisible();
    for (const other of all.filter((i) => !i.metadata.name.includes(first))) {
      await expect(rows.filter({ has: page.locator(`td[data-label="Name"]`, { hasText: new RegExp(`^${other.metadata.name}$`) }) })).toHaveCount(0);
    }
  });
}

test('plan states follow the Forklift conditions', async ({ page }) => {
  await page.goto('/k8s/all-namespaces/forklift.konveyor.io~v1beta1~Plan');
  const plans = await items(page, 'plans');
  const is = (p: (typeof plans)[number], type: string) => p.status?.conditions?.some((c) => c.type === type && c.status === 'True');
  const checks: [string, (p: (typeof plans)[number]) => boolean | undefined][] = [
    ['Running', (p) => is(p, 'Executing')],
    ['Failed', (p) => is(p, 'Failed') && !is(p, 'Archived')],
    ['Not ready', (p) => p.status?.conditions?.some((c) => c.status === 'True' && c.category === 'Critical') && !is(p, 'Executing')],
  ];
  for (const [label, matches] of checks) {
    const plan = plans.find(matches);
    expect(plan, `the demo world has a plan that is ${label}`).toBeTruthy();
    const row = table(page, 'Migration plans').locator('tbody tr').filter({ has: page.locator('td[data-label="Name"]', { hasText: new RegExp(`^${plan!.metadata.name}$`) }) });
    await expect(row.locator('td[data-label="Status"]')).toHaveText(label);
  }
});
