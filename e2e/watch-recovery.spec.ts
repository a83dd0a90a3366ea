/**
 * Watches recover by themselves: after the simulated cluster drops every open
 * watch, a change made through the API still reaches the page (the project
 * picker watches Namespaces).
 */
import { expect, test } from './fixtures';
import { dropWatches } from './sim';

test('a dropped watch reconnects and delivers later changes', async ({ page, request }) => {
  await page.goto('/');
  const picker = page.getByRole('combobox', { name: 'Project' });
  await expect.poll(() => picker.locator('option').count()).toBeGreaterThan(1);

  await dropWatches();

  const name = `e2e-watch-${Date.now()}`;
  const created = await request.post('/api/kubernetes/api/v1/namespaces', {
    data: { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
  });
  expect(created.ok(), await created.text()).toBe(true);
  try {
    // Back-off starts at 1 s; the event then arrives within the batching window.
    await expect(picker.locator(`option[value="${name}"]`)).toHaveCount(1, { timeout: 20_000 });
  } finally {
    await request.delete(`/api/kubernetes/api/v1/namespaces/${name}`);
  }
});
