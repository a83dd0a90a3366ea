import { describe, expect, it } from 'vitest';
import { applyCodeRefSymbol, type CodeRef, type LoadedExtension } from '@openshift/dynamic-plugin-sdk';
import { loadPage, preloadPageAt } from './page-loader';

/** A code reference that counts its calls (a plain function: the SDK's isCodeRef rejects a mock's extra symbols). */
const codeRef = (result: () => Promise<unknown>) => {
  const calls = { count: 0 };
  const ref = applyCodeRefSymbol((() => {
    calls.count++;
    return result();
  }) as CodeRef);
  return Object.assign(ref, { calls });
};

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const route = (uid: string, path: string | string[], component: unknown, exact?: boolean) =>
  ({ uid, type: 'console.page/route', pluginName: 'p', properties: { path, exact, component } }) as unknown as LoadedExtension;

describe('page-loader', () => {
  it('starts the page the browser opened on, once, and only that page', async () => {
    const inventory = codeRef(async () => 'InventoryPage');
    const plans = codeRef(async () => 'PlansPage');
    const store = { getExtensions: () => [route('a', '/mtv/plans', plans), route('b', ['/mtv/inventory'], inventory)] };
    preloadPageAt(store, '/mtv/inventory');
    // Not in the caller's task: in one of its own.
    expect(inventory.calls.count).toBe(0);
    await nextTask();
    expect(inventory.calls.count).toBe(1);
    expect(plans.calls.count).toBe(0);
    // The route's render gets the same load.
    await expect(loadPage(inventory)).resolves.toBe('InventoryPage');
    expect(inventory.calls.count).toBe(1);
  });

  it('matches below a non-exact path, not below an exact one, and skips extensions without a code reference', async () => {
    const details = codeRef(async () => 'Details');
    const exact = codeRef(async () => 'Exact');
    const store = { getExtensions: () => [route('x', '/mtv/x', exact, true), route('y', '/mtv/y', 'not a code ref'), route('d', '/mtv/d', details)] };
    preloadPageAt(store, '/mtv/x/more');
    preloadPageAt(store, '/mtv/y');
    preloadPageAt(store, '/mtv/d/some/thing');
    await nextTask();
    expect(exact.calls.count).toBe(0);
    expect(details.calls.count).toBe(1);
  });

  it('does not keep a failed load: the next render tries again', async () => {
    let fail = true;
    const flaky = codeRef(async () => {
      if (fail) throw new Error('chunk failed');
      return 'Page';
    });
    preloadPageAt({ getExtensions: () => [route('f', '/mtv/f', flaky)] }, '/mtv/f');
    await expect(loadPage(flaky)).rejects.toThrow('chunk failed');
    fail = false;
    await expect(loadPage(flaky)).resolves.toBe('Page');
    expect(flaky.calls.count).toBe(2);
  });
});

describe('preloadPageWhenKnown', () => {
  it('starts the page when its extension comes into use, then stops listening', async () => {
    const { preloadPageWhenKnown } = await import('./page-loader');
    const page = codeRef(async () => 'Page');
    let extensions: LoadedExtension[] = [];
    const listeners = new Set<() => void>();
    const store = {
      getExtensions: () => extensions,
      subscribe: (_events: unknown, listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    preloadPageWhenKnown(store as never, '/mtv/inventory');
    expect(page.calls.count).toBe(0);
    extensions = [route('i', '/mtv/inventory', page)];
    for (const l of [...listeners]) l();
    await nextTask();
    expect(page.calls.count).toBe(1);
    expect(listeners.size).toBe(0);
  });
});
