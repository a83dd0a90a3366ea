/**
 * Shared Playwright fixtures. Import `test` and `expect` from here instead of
 * @playwright/test: every test then fails on an uncaught page error, and
 * `consoleErrors` holds what the page logged with console.error.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await provide(errors);
  },
  page: async ({ page }, provide) => {
    const pageErrors: Error[] = [];
    const cspViolations: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e));
    // The host serves the console's kind of Content Security Policy; a
    // violation (eval, a CDN script) would break the plugin in the console.
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    await provide(page);
    expect(pageErrors.map((e) => e.message), 'uncaught errors in the page').toEqual([]);
    expect(cspViolations, 'Content Security Policy violations').toEqual([]);
  },
});

export { expect };
