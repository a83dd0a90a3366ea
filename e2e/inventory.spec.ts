/**
 * The inventory browser against the simulated inventory. Every expectation
 * about rows is computed from the same REST API the page reads
 * (`/providers/<type>/<uid>/<kind>?detail=4`), never from hard-coded counts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { collected } from './inventory-api';
import { clearFaults, setFaults } from './sim';

const INVENTORY = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';

interface InventoryProvider {
  uid: string;
  name: string;
  namespace: string;
  type: string;
  vmCount?: number;
}

type Vm = Record<string, unknown> & { id: string; name: string };

const inventoryProviders = async (page: Page): Promise<InventoryProvider[]> => {
  const response = await page.request.get(`${INVENTORY}/providers?detail=1`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as Record<string, InventoryProvider[]>;
  return Object.entries(body).flatMap(([type, list]) => (list ?? []).map((p) => ({ ...p, type: p.type ?? type })));
};

const collection = async (page: Page, p: InventoryProvider, kind: string): Promise<Vm[]> => {
  return collected<Vm[]>(page, `${INVENTORY}/providers/${p.type}/${p.uid}/${kind}?detail=4`);
};

/**
 * A provider of the type with the most VMs (the richest data to query). Right
 * after the simulated cluster starts, providers are still connecting: wait for
 * the inventory to list one.
 */
const providerOfType = async (page: Page, type: string): Promise<InventoryProvider> => {
  let candidates: InventoryProvider[] = [];
  await expect
    .poll(async () => {
      candidates = (await inventoryProviders(page)).filter((p) => p.type === type && (p.vmCount ?? 0) > 0);
      return candidates.length;
    }, { message: `the simulated inventory lists a ${type} provider with VMs`, timeout: 45_000 })
    .toBeGreaterThan(0);
  return candidates.sort((a, b) => (b.vmCount ?? 0) - (a.vmCount ?? 0))[0];
};

const editor = (page: Page): Locator => page.getByTestId('tsl-editor');
/** The console's Monaco (the host's lazily loaded chunk here) compiles on the first editor of a context: slow on a busy machine. */
const MONACO_TIMEOUT = 45_000;
const resultCount = (page: Page): Locator => page.getByTestId('inventory-result-count');
const resultRows = (page: Page): Locator => page.getByTestId('inventory-result-row');

// Generous: the first load of a run also compiles the Monaco chunk.
const expectCount = async (page: Page, count: number, total: number) =>
  expect(resultCount(page)).toHaveText(`${count.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows`, { timeout: 30_000 });

/** Replaces the editor's text by typing, as a person would (auto-closed quotes and brackets included). */
const typeQuery = async (page: Page, text: string) => {
  const input = page.getByRole('textbox', { name: 'TSL query' });
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: MONACO_TIMEOUT });
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 5 });
  // Close any suggestion list so the next keys reach the editor itself.
  await page.keyboard.press('Escape');
};

/**
 * Moves the mouse over a word of the editor's text. Monaco merges neighbouring
 * tokens of one colour into one span (a field name and the operator after it),
 * so the word's own box is measured with a Range over the text node.
 */
const hoverWord = async (page: Page, word: string) => {
  const box = await editor(page)
    .locator('.view-lines')
    .evaluate((root, w) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').replace(/\u00a0/g, ' ');
        // The word alone, not inside a longer name (w is a plain identifier).
        const m = new RegExp(`(^|[^A-Za-z0-9_.])(${w})(?![A-Za-z0-9_.])`).exec(text);
        const at = m ? m.index + m[1].length : -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    }, word);
  expect(box, `"${word}" is in the editor`).not.toBeNull();
  await page.mouse.move(box!.x, box!.y);
};

const runQuery = async (page: Page, text: string) => {
  await typeQuery(page, text);
  await page.keyboard.press('ControlOrMeta+Enter');
};

const openProvider = async (page: Page, p: InventoryProvider) => {
  await page.goto('/mtv/inventory');
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('combobox', { name: 'Provider' }).selectOption(`${p.namespace}/${p.name}`);
};

/** The texts of one column of the visible result rows. */
const columnTexts = async (page: Page, column: number): Promise<string[]> =>
  resultRows(page).evaluateAll((rows, c) => rows.map((row) => (row.querySelectorAll('td')[c] as HTMLElement | undefined)?.innerText.trim() ?? ''), column);

test.describe('Inventory browser', () => {
  // Every test opens a fresh browser context, which compiles the host's Monaco chunk again: slow on a busy machine.
  test.slow();
  test('picks a provider and shows every VM the inventory has, then filters with TSL', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    await openProvider(page, p);
    await expect(page).toHaveURL(new RegExp(`provider=${encodeURIComponent(p.namespace)}%2F${encodeURIComponent(p.name)}`));
    await expectCount(page, vms.length, vms.length);

    const states = [...new Set(vms.map((v) => v.powerState as string))];
    expect(states.length).toBeGreaterThan(0);
    const state = states.includes('poweredOn') ? 'poweredOn' : states[0];
    await runQuery(page, `powerState = '${state}'`);
    const expected = vms.filter((v) => v.powerState === state);
    await expectCount(page, expected.length, vms.length);
    await expect(page).toHaveURL(/q=powerState/);
    // The first rendered names are the first matching VMs, in inventory order.
    const names = await columnTexts(page, 1); // column 0 is the selection checkbox
    expect(names.slice(0, 5)).toEqual(expected.slice(0, 5).map((v) => v.name));
  });

  test('SELECT with expressions, ORDER BY and LIMIT returns the right rows', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    await openProvider(page, p);
    await expectCount(page, vms.length, vms.length);
    await runQuery(page, 'SELECT name, memoryMB / 1024 AS memoryGB, len(disks) AS diskCount WHERE cpuCount >= 2 ORDER BY memoryGB DESC, name LIMIT 7');
    const expected = vms
      .filter((v) => (v.cpuCount as number) >= 2)
      .sort((a, b) => (b.memoryMB as number) - (a.memoryMB as number) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .slice(0, 7);
    await expectCount(page, expected.length, vms.length);
    await expect(page.getByTestId('inventory-results').locator('thead th')).toHaveText(['', 'name', 'memoryGB', 'diskCount']);
    expect(await columnTexts(page, 1)).toEqual(expected.map((v) => v.name));
    expect(await columnTexts(page, 3)).toEqual(expected.map((v) => String((v.disks as unknown[]).length)));
  });

  test('completes field names and values seen in the data', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    await openProvider(page, p);
    await expectCount(page, vms.length, vms.length);
    await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: MONACO_TIMEOUT });
    const input = page.getByRole('textbox', { name: 'TSL query' });
    await input.focus();
    await page.keyboard.type('powerSt');
    const suggest = page.locator('.suggest-widget');
    await expect(suggest).toBeVisible();
    await expect(suggest.locator('.monaco-list-row', { hasText: 'powerState' }).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.type(' = ');
    const state = vms[0].powerState as string;
    await expect(suggest.locator('.monaco-list-row', { hasText: `'${state}'` }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(editor(page)).toContainText('powerState =');
  });

  test('explains fields, keywords and functions on hover', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    await openProvider(page, p);
    await expectCount(page, vms.length, vms.length);
    await typeQuery(page, 'len(disks) > 1 and powerState != null');
    const hover = page.locator('.monaco-hover:not(.hidden)');
    await hoverWord(page, 'powerState');
    await expect(hover).toContainText('powerState');
    await expect(hover).toContainText(`'${vms[0].powerState as string}'`);
    await hoverWord(page, 'len');
    await expect(hover).toContainText('Number of elements of a list');
  });

  test('remembers run queries and saves named ones per provider type', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    await openProvider(page, p);
    await expectCount(page, vms.length, vms.length);
    const query = `cpuCount >= ${Math.min(...vms.map((v) => v.cpuCount as number))}`;
    await runQuery(page, query);
    await expect(page.getByRole('combobox', { name: 'Recent queries' }).locator('option', { hasText: query })).toHaveCount(1);
    await page.getByRole('button', { name: 'Save query' }).click();
    const name = `e2e saved ${Date.now().toString(36)}`;
    await page.getByRole('textbox', { name: 'Name of the saved query' }).fill(name);
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    // Still there after a reload, and picking it puts it back in the editor.
    await page.goto('/mtv/inventory');
    await page.getByRole('combobox', { name: 'Provider' }).selectOption(`${p.namespace}/${p.name}`);
    await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: MONACO_TIMEOUT });
    await page.getByRole('combobox', { name: 'Saved queries' }).selectOption(name);
    await expect(editor(page).locator('.view-lines')).toContainText(query.replace(/ /g, '\u00a0'));
    await page.getByTestId('inventory-run').click();
    await expectCount(page, vms.filter((v) => (v.cpuCount as number) >= Math.min(...vms.map((x) => x.cpuCount as number))).length, vms.length);
  });

  test('marks errors in the editor and says where they are', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    await openProvider(page, p);
    await expect(resultCount(page)).toBeVisible();
    await runQuery(page, 'cpuCount > ');
    const alert = page.getByTestId('inventory-query-error');
    await expect(alert).toContainText('Line 1, column 12');
    await expect(editor(page).locator('.squiggly-error')).toBeVisible();
    // A comparison on an array is a warning, not an error.
    await typeQuery(page, 'disks[*].capacity > 10');
    await expect(editor(page).locator('.squiggly-warning')).toBeVisible();
    await expect(editor(page).locator('.squiggly-error')).toHaveCount(0);
  });

  test('GROUP BY shows groups as a table and a bar chart', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    await openProvider(page, p);
    await expectCount(page, vms.length, vms.length);
    await runQuery(page, 'SELECT powerState, count(*) AS vms GROUP BY powerState ORDER BY powerState');
    const groups = new Map<string, number>();
    for (const v of vms) groups.set(String(v.powerState), (groups.get(String(v.powerState)) ?? 0) + 1);
    const keys = [...groups.keys()].sort();
    await expectCount(page, keys.length, vms.length);
    expect(await columnTexts(page, 0)).toEqual(keys);
    expect(await columnTexts(page, 1)).toEqual(keys.map((k) => groups.get(k)!.toLocaleString('en-US')));
    await expect(page.getByTestId('inventory-bar')).toHaveCount(keys.length);
    await expect(page.getByRole('img', { name: /vms by powerState/ })).toBeVisible();
  });

  test('a shared link reproduces the view; a row opens its details', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    const target = vms[Math.floor(vms.length / 2)];
    const query = `name = '${target.name.replace(/'/g, "\\'")}'`;
    await page.goto(`/mtv/inventory?provider=${p.namespace}/${p.name}&kind=vms&q=${encodeURIComponent(query)}`);
    await expectCount(page, vms.filter((v) => v.name === target.name).length, vms.length);
    await expect(editor(page).locator('.monaco-editor')).toContainText(target.name);
    await resultRows(page).first().locator('td').nth(1).click();
    const details = page.getByTestId('inventory-row-details');
    await expect(details).toContainText(target.name);
    await details.getByRole('tab', { name: 'JSON' }).click();
    await expect(page.getByTestId('inventory-row-json')).toContainText(`"id": "${target.id}"`);
    await details.getByRole('tab', { name: 'YAML' }).click();
    await expect(page.getByTestId('inventory-row-yaml')).toContainText(`id: ${target.id}`);
  });

  test('selected VMs start a migration plan', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    await openProvider(page, p);
    await expectCount(page, vms.length, vms.length);
    await runQuery(page, 'SELECT name ORDER BY name LIMIT 3');
    const expected = [...vms].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, 2);
    await expectCount(page, 3, vms.length);
    const rows = resultRows(page);
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    // The wizard takes the link's provider and VMs into its form and then drops them from its URL
    // (so a reload restores its draft): record the address the inventory navigated to.
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    await page.getByTestId('inventory-create-plan').click();
    await expect(page).toHaveURL((url) => url.pathname === `/k8s/ns/${p.namespace}/forklift.konveyor.io~v1beta1~Plan/~new`);
    const link = visited.map((u) => new URL(u)).find((u) => u.pathname.endsWith('/~new') && u.searchParams.has('provider'));
    expect(link?.searchParams.get('provider')).toBe(p.name);
    expect(link?.searchParams.get('vms')).toBe(expected.map((v) => v.id).join(','));
  });

  test('exports the results as CSV and JSON', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    await openProvider(page, p);
    await expectCount(page, vms.length, vms.length);
    await runQuery(page, 'SELECT id, name, cpuCount WHERE cpuCount > 1');
    const expected = vms.filter((v) => (v.cpuCount as number) > 1);
    await expectCount(page, expected.length, vms.length);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await (await csvDownload.createReadStream()).toArray();
    const lines = Buffer.concat(csv).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('id,name,cpuCount');
    expect(lines).toHaveLength(expected.length + 1);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const json = JSON.parse(Buffer.concat(await (await jsonDownload.createReadStream()).toArray()).toString('utf8'));
    expect(json).toEqual(expected.map((v) => ({ id: v.id, name: v.name, cpuCount: v.cpuCount })));
  });

  test('every provider type and resource kind loads what the inventory has', async ({ page }) => {
    // All five source types and OpenShift, once the simulated providers are Ready.
    let types: string[] = [];
    await expect
      .poll(async () => {
        types = [...new Set((await inventoryProviders(page)).filter((p) => (p.vmCount ?? 0) > 0).map((p) => p.type))];
        return types.length;
      }, { timeout: 45_000 })
      .toBeGreaterThanOrEqual(5);
    await page.goto('/mtv/inventory');
    for (const type of types) {
      const p = await providerOfType(page, type);
      await test.step(`${type}: ${p.name}`, async () => {
        await page.getByRole('combobox', { name: 'Provider' }).selectOption(`${p.namespace}/${p.name}`);
        const vms = await collection(page, p, 'vms');
        await expectCount(page, vms.length, vms.length);
        // The second kind of each type (hosts, projects, namespaces, ...).
        const kindSelect = page.getByRole('combobox', { name: 'Resource kind' });
        const kinds = await kindSelect.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
        expect(kinds[0]).toBe('vms');
        await kindSelect.selectOption(kinds[1]);
        const items = await collection(page, p, kinds[1]);
        if (items.length > 0) await expectCount(page, items.length, items.length);
        else await expect(page.getByTestId('inventory-no-rows')).toBeVisible();
      });
    }
  });

  test('says so when the inventory service is unreachable', async ({ page }) => {
    await page.route(`**${INVENTORY}/providers?detail=1`, (route) => route.fulfill({ status: 503, body: 'inventory down' }));
    await page.goto('/mtv/inventory');
    await expect(page.getByTestId('inventory-unreachable')).toBeVisible({ timeout: 30_000 });
  });

  test('says so when a collection cannot be loaded', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    await page.route(`**${INVENTORY}/providers/${p.type}/${p.uid}/vms**`, (route) => route.fulfill({ status: 500, body: 'boom' }));
    await openProvider(page, p);
    await expect(page.getByTestId('inventory-load-error')).toBeVisible({ timeout: 30_000 });
  });
});

test.describe('Inventory loading', () => {
  test.slow();
  // The simulator's latency fault, with a slow body: the load takes seconds. The body goes out
  // gzipped (a few KB for the e2e world's VMs), so at 20 KB/s it could arrive so fast that the
  // progress came and went between two polls of the assertion (seen once); 4 KB/s is slower. The e2e
  // console is shared by every spec, so each test clears the faults it set, whatever happens.
  const slowInventory = () => setFaults({ latency: { ms: 1500, bytesPerSecond: 4_000 }, inventory: true });

  test('shows progress (bytes and rows) during a slow load, then the rows', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    try {
      await slowInventory();
      await openProvider(page, p);
      const status = page.getByTestId('inventory-loading');
      await expect(status).toContainText('Waiting for the inventory service');
      await expect(page.getByRole('progressbar', { name: `Loading the inventory of ${p.name}` })).toBeVisible();
      // A query typed while it loads, in the text area that stands in until the editor starts (the
      // editor waits for the first rows): the editor takes the text, the focus and the caret over.
      await page.getByRole('textbox', { name: 'TSL query' }).first().focus();
      await page.keyboard.type('cpuCount > 0', { delay: 5 });
      // Rows arrive while the body downloads: the count moves before the load ends.
      await expect(status).toContainText(/KB received, [1-9][\d,]* of [\d,]+ rows/, { timeout: 30_000 });
    } finally {
      await clearFaults();
    }
    await expectCount(page, vms.length, vms.length);
    await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: MONACO_TIMEOUT });
    await expect(page.getByTestId('tsl-editor-loading')).toHaveCount(0);
    await page.keyboard.type(' and memoryMB > 0', { delay: 5 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('cpuCount > 0 and memoryMB > 0');
  });

  test('cancels a load and loads again on demand', async ({ page }) => {
    const p = await providerOfType(page, 'vsphere');
    const vms = await collection(page, p, 'vms');
    try {
      await slowInventory();
      await openProvider(page, p);
      await expect(page.getByTestId('inventory-loading')).toBeVisible();
      await page.getByRole('button', { name: 'Cancel loading' }).click();
      await expect(page.getByRole('heading', { name: 'Loading canceled' })).toBeVisible();
      await expect(resultCount(page)).toHaveCount(0);
    } finally {
      await clearFaults();
    }
    await page.getByRole('button', { name: 'Load again' }).click();
    await expectCount(page, vms.length, vms.length);
  });
});
