/**
 * Reading the simulated inventory from a test the way the console does: right
 * after a provider turns Ready the inventory service answers 206 Partial
 * Content ("still collecting") with what it has so far, which is not the
 * collection. Tests that compute their expectations from the inventory wait
 * for the 200.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const collected = async <T,>(page: Page, url: string): Promise<T> => {
  let body: T | undefined;
  await expect
    .poll(async () => {
      const response = await page.request.get(url);
      if (response.status() !== 200) return response.status();
      body = (await response.json()) as T;
      return 200;
    }, { message: `${url} is collected (200)`, timeout: 45_000 })
    .toBe(200);
  return body!;
};
