/**
 * Smoke test: the host loads the production plugin, the Migration section
 * lists every item the plugin declares, and each one opens a page that
 * renders a heading, not the 404 page and not an error.
 */
import { expect, test } from './fixtures';
import { navItems, navSections } from './plugin-extensions';

const migration = navSections().find((s) => s.id === 'migration');

test('the start page opens the first Migration page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(/\/$/);
  await expect(page.getByText('Forklift Console', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('standalone')).toBeVisible();
});

test('the Migration section lists every navigation item the plugin declares', async ({ page }) => {
  expect(migration, 'console-extensions.json declares a migration section').toBeDefined();
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('button', { name: migration!.name })).toHaveAttribute('aria-expanded', 'true');
  const section = nav.getByRole('region', { name: migration!.name });
  // Display order comes from insertAfter/insertBefore (unit-tested in host/src/app); compare as sets here.
  const links = section.getByRole('link');
  await expect(links).toHaveCount(navItems('migration').length);
  const shown = await links.allTextContents();
  expect([...shown].sort()).toEqual(navItems('migration').map((i) => i.name).sort());
});

test('every Migration item opens a page that renders', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('region', { name: migration!.name });
  // The declared items, after the frame has drawn them (allTextContents does not wait).
  const names = navItems('migration').map((i) => i.name);
  expect(names.length).toBeGreaterThan(0);
  await expect(section.getByRole('link')).toHaveCount(names.length);
  for (const name of names) {
    await test.step(name, async () => {
      const link = section.getByRole('link', { name, exact: true });
      const href = await link.getAttribute('href');
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await expect(link).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByText('404: Page Not Found')).toHaveCount(0);
      await expect(page.getByText('This page failed to render')).toHaveCount(0);
    });
  }
});

test('choosing a project moves a resource list to that namespace', async ({ page }) => {
  await page.goto('/');
  // Start where a person would: on the start page the address '/' redirects to. A click made before
  // that redirect ran would be undone by it (on a busy machine the nav is drawn a moment earlier).
  await expect(page).toHaveURL(/\/mtv\/overview$/, { timeout: 30_000 });
  const section = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('region', { name: migration!.name });
  const resourceLink = section.locator('a[href^="/k8s/"]').first();
  await resourceLink.click();
  await expect(page).toHaveURL(/\/k8s\/all-namespaces\//);
  const picker = page.getByRole('combobox', { name: 'Project' });
  const options = picker.locator('option');
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  const value = await options.nth(1).getAttribute('value');
  await picker.selectOption(value!);
  await expect(page).toHaveURL(new RegExp(`/k8s/ns/${value}/`));
  await picker.selectOption('#ALL_NS#');
  await expect(page).toHaveURL(/\/k8s\/all-namespaces\//);
});

test('an unknown address shows the 404 page inside the frame', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: '404: Page Not Found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});
