import { expect, test } from './fixtures';

interface Item {
  metadata: { name: string; namespace: string };
  status?: { phase?: string; conditions?: { type: string; status: string }[] };
}

const list = async (request: import('@playwright/test').APIRequestContext, plural: string): Promise<Item[]> => {
  const response = await request.get(`/api/kubernetes/apis/forklift.konveyor.io/v1beta1/${plural}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).items;
};

test('the overview summarises providers and plans and follows running migrations live', async ({ page }) => {
  await page.goto('/mtv/overview');
  await expect(page.getByRole('heading', { name: 'Migration overview', level: 1 })).toBeVisible();

  const providers = await list(page.request, 'providers');
  const summary = page.getByLabel('Providers summary');
  await expect(summary.locator('dt:has-text("Total") + dd')).toHaveText(String(providers.length));
  for (const failing of providers.filter((p) => p.status?.phase === 'ConnectionFailed')) {
    await expect(summary.getByRole('link', { name: failing.metadata.name })).toBeVisible();
  }

  const plans = await list(page.request, 'plans');
  const executing = plans.filter((p) => p.status?.conditions?.some((c) => c.type === 'Executing' && c.status === 'True'));
  expect(executing.length, 'the demo world has running plans').toBeGreaterThan(0);
  const running = page.getByRole('grid', { name: 'Running migrations' }).or(page.getByRole('table', { name: 'Running migrations' }));
  for (const plan of executing) await expect(running).toContainText(plan.metadata.name);

  // The simulated controller keeps copying disks: the bar moves without a reload.
  const bar = page.getByRole('progressbar', { name: `Disk transfer of ${executing[0].metadata.name}` });
  const before = Number(await bar.getAttribute('aria-valuenow'));
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(before);
});
