/**
 * `npm run bench:inventory`: the inventory page at 100,000 VMs in Debian's
 * Chromium (playwright-core, /usr/bin/chromium), against the simulated
 * cluster. Per run, in a fresh browser context (nothing cached):
 * - load: navigation to the first result row and to the full count, for a
 *   plain filter; the inventory response's bytes on the wire and decoded;
 * - long tasks on the page thread from navigation to the first result (all,
 *   and the longest once the evaluation of our own script files in it is taken
 *   out, which the issue allows: Long Animation Frames attribute each script
 *   run to how it was invoked, and a `classic-script` from this origin is one of
 *   ours being evaluated; what remains is named, e.g. a React render);
 * - query change: Ctrl+Enter to the new row count in the DOM, and to the end
 *   of the frame that draws it, for `name ~= 'prod'`;
 * - fast scroll to the bottom of 100,000 rows: long tasks and the worst frame;
 * - JS heap of the page and of the query worker after the load.
 * Several builds are compared in the same run (--dist, repeatable; the first
 * is labelled "baseline" when --baseline is given), runs interleaved so the
 * machine's load hits them alike. Writes bench/inventory/results.json and
 * prints a Markdown table (min / median / max).
 *
 * A build is a plugin dist (behind this tree's host) or `<plugin dist>,<host dist>`
 * (to compare the standalone host's start-up as well).
 *
 * npm run bench:inventory -- [--runs 3] [--vms 100000] [--port 9181] [--dist dist] [--dist /tmp/base/dist,/tmp/base/host/dist]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    vms: { type: 'string', default: '100000' },
    port: { type: 'string', default: '9181' },
    dist: { type: 'string', multiple: true },
    load: { type: 'string', default: "powerState = 'poweredOn'" },
    change: { type: 'string', default: "name ~= 'prod'" },
  },
});
const RUNS = Number(values.runs);
const dists = values.dist?.length ? values.dist : ['dist'];

interface RunResult {
  firstRowMs: number | null;
  fullCountMs: number | null;
  /** The inventory response's body as transferred (gzip when served compressed). */
  inventoryBytes: { wire: number } | null;
  longTasks: {
    count: number;
    maxMs: number;
    totalMs: number;
    /** The longest task once the evaluation of our script files in it is taken out (Long Animation Frames attribution). */
    maxExceptScriptsMs: number;
    /** What ran in that task, besides evaluating script files: the biggest scripts by LoAF attribution. */
    maxExceptScriptsWhat: string[];
    /** When that task started (ms since navigation), to tell the page's first mount from the first result's. */
    maxExceptScriptsAt: number;
    list: number[];
  };
  queryChangeMs: number | null;
  /** To the end of the frame that draws them (a task queued from the next animation frame). */
  queryChangePaintedMs: number | null;
  scroll: { longTasks: number; maxLongTaskMs: number; worstFrameMs: number; frames: number };
  heapMb: { page: number | null; worker: number | null };
}

/** Installed before any page script: records long tasks, script arrivals and the first result row. */
const INSTRUMENT = `(() => {
  // tsx compiles with keepNames: functions passed to page.evaluate call __name, which pages lack.
  globalThis.__name = globalThis.__name || ((f) => f);
  const b = (window.__bench = { longtasks: [], frames: [], firstRowAt: null, fullAt: null });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  // Long animation frames say which scripts ran in them and how (evaluating a script file, an event
  // listener, a promise callback...): that tells evaluating our own scripts apart from the rest.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.frames.push({ start: e.startTime, duration: e.duration, scripts: e.scripts.map((s) => ({
      type: s.invokerType, invoker: s.invoker, url: s.sourceURL, fn: s.sourceFunctionName, start: s.startTime, duration: s.duration, layout: s.forcedStyleAndLayoutDuration })) });
  }).observe({ type: 'long-animation-frame', buffered: true });
  const check = () => {
    if (b.firstRowAt === null && document.querySelector('[data-testid="inventory-result-row"]')) b.firstRowAt = performance.now();
    const c = document.querySelector('[data-testid="inventory-result-count"]');
    if (b.fullAt === null && c && /^[\\d,]+ of [\\d,]+ rows$/.test(c.textContent || '') && !/^0 of/.test(c.textContent)) {
      const [shown, total] = c.textContent.split(' of ').map((x) => Number(x.replace(/[^\\d]/g, '')));
      if (total >= ${Number(values.vms)} && shown > 0) b.fullAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const startServer = (): Promise<{ hosts: Record<string, string>; stop: () => void }> =>
  new Promise((resolve, reject) => {
    const args = ['tsx', 'bench/inventory/server.ts', '--port', values.port!, '--vms', values.vms!, ...dists.flatMap((d) => ['--dist', d])];
    const child = spawn('npx', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"ready"'));
      if (line) resolve({ hosts: JSON.parse(line).ready.hosts, stop: () => process.kill(-child.pid!, 'SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });

const waitForInventory = async (base: string): Promise<{ namespace: string; name: string }> => {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${base}/api/proxy/plugin/forklift-console-plugin/forklift-inventory/providers?detail=1`).catch(() => undefined);
    if (response?.ok) {
      const body = (await response.json()) as Record<string, { name: string; namespace: string; uid: string; vmCount?: number }[]>;
      const p = (body.vsphere ?? []).find((x) => (x.vmCount ?? 0) >= Number(values.vms));
      // The collection itself answers 206 while still being collected.
      if (p) {
        // Once, before any run: the simulator serialises and gzips a collection on its first request
        // and caches it (8-15 s at 100,000 VMs), which would land on the first run only.
        const collection = `${base}/api/proxy/plugin/forklift-console-plugin/forklift-inventory/providers/vsphere/${encodeURIComponent(p.uid)}/vms?detail=4`;
        while (Date.now() < deadline) {
          const answer = await fetch(collection, { headers: { 'Accept-Encoding': 'gzip' } });
          await answer.arrayBuffer();
          if (answer.status === 200) return p;
          await new Promise((r) => setTimeout(r, 2000)); // 206: still being collected
        }
      }
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error('no vSphere provider with the VMs in time');
};

/** Heap of the query worker, over CDP (playwright has no worker sessions). */
const workerHeapMb = async (session: CDPSession): Promise<number | null> => {
  const targets = new Map<string, string>();
  session.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') targets.set(e.sessionId, e.targetInfo.type);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((r) => setTimeout(r, 300));
  let total: number | null = null;
  for (const sessionId of targets.keys()) {
    const answer = new Promise<number | null>((resolve) => {
      const onMessage = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
        if (e.sessionId === sessionId && m.id === 1) {
          session.off('Target.receivedMessageFromTarget', onMessage);
          resolve(m.result ? m.result.usedSize : null);
        }
      };
      session.on('Target.receivedMessageFromTarget', onMessage);
      setTimeout(() => resolve(null), 3000);
    });
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    const used = await answer;
    if (used !== null) total = (total ?? 0) + used;
  }
  return total === null ? null : total / 1024 / 1024;
};

const scrollerOf = (page: Page) => page.getByTestId('inventory-results-scroller');

const oneRun = async (browser: Browser, base: string, provider: { namespace: string; name: string }): Promise<RunResult> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const sizes: { wire: number }[] = [];
  // On the context: the request may come from the query worker.
  context.on('requestfinished', async (request) => {
    if (!/forklift-inventory\/providers\/vsphere\/[^/]+\/vms/.test(request.url())) return;
    const s = await request.sizes().catch(() => undefined);
    if (s) sizes.push({ wire: s.responseBodySize });
  });
  const url = `${base}/mtv/inventory?provider=${encodeURIComponent(`${provider.namespace}/${provider.name}`)}&kind=vms&q=${encodeURIComponent(values.load!)}`;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __bench: { fullAt: number | null } }).__bench.fullAt !== null, null, { timeout: 180_000, polling: 100 });
  const load = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { longtasks: { start: number; duration: number }[]; firstRowAt: number; fullAt: number } }).__bench;
    type Script = { type: string; invoker: string; url: string; fn: string; start: number; duration: number; layout: number };
    const frames = (b as unknown as { frames: { start: number; duration: number; scripts: Script[] }[] }).frames;
    const untilFirst = b.longtasks.filter((t) => t.start < b.firstRowAt);
    // Evaluating a script file of ours (a classic script: the host's or a plugin chunk, served by this origin).
    const isOurScriptEval = (s: Script) => (s.type === 'classic-script' || s.type === 'module-script') && s.url.startsWith(location.origin) && /\.js(\?|$)/.test(s.url);
    const scriptsIn = (t: { start: number; duration: number }) =>
      frames.flatMap((f) => f.scripts).filter((s) => s.start >= t.start - 1 && s.start < t.start + t.duration);
    const without = untilFirst.map((t) => {
      const scripts = scriptsIn(t);
      const evalMs = scripts.filter(isOurScriptEval).reduce((sum, s) => sum + s.duration, 0);
      const what = scripts
        .filter((s) => !isOurScriptEval(s))
        .sort((x, y) => y.duration - x.duration)
        .slice(0, 3)
        .map((s) => `${Math.round(s.duration)} ms ${s.type} ${s.invoker} ${s.url.split('/').pop()}${s.fn ? ` ${s.fn}` : ''}${s.layout ? ` (style+layout ${Math.round(s.layout)} ms)` : ''}`);
      return { ms: Math.max(0, t.duration - evalMs), what, at: t.start };
    });
    const longest = without.reduce((m, x) => (x.ms > m.ms ? x : m), { ms: 0, what: [] as string[], at: 0 });
    return {
      firstRowMs: b.firstRowAt,
      fullCountMs: b.fullAt,
      longTasks: {
        count: untilFirst.length,
        maxMs: Math.max(0, ...untilFirst.map((t) => t.duration)),
        totalMs: untilFirst.reduce((s, t) => s + t.duration, 0),
        maxExceptScriptsMs: longest.ms,
        maxExceptScriptsWhat: longest.what,
        maxExceptScriptsAt: longest.at,
        list: untilFirst.map((t) => Math.round(t.duration)),
      },
    };
  });

  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const pageHeap = ((await session.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1024 / 1024;
  const workerHeap = await workerHeapMb(session).catch(() => null);

  // Query change: Ctrl+Enter to the new count.
  const input = page.getByRole('textbox', { name: 'TSL query' });
  await page.locator('[data-testid="tsl-editor"] .monaco-editor').waitFor({ timeout: 60_000 });
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(values.change!);
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const w = window as unknown as { __change: { pressed: number | null; changed: number | null; painted: number | null } };
    w.__change = { pressed: null, changed: null, painted: null };
    const count = document.querySelector('[data-testid="inventory-result-count"]')!;
    const before = count.textContent;
    window.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && w.__change.pressed === null) w.__change.pressed = performance.now(); }, { capture: true });
    new MutationObserver(() => {
      const now = document.querySelector('[data-testid="inventory-result-count"]');
      if (w.__change.changed === null && now && now.textContent !== before && /^[\d,]+ of/.test(now.textContent ?? '')) {
        w.__change.changed = performance.now();
        // The frame that shows them: a task queued from the next animation frame runs once it is drawn.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (w.__change.painted = performance.now());
          channel.port2.postMessage(null);
        });
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.waitForFunction(() => (window as unknown as { __change: { painted: number | null } }).__change.painted !== null, null, { timeout: 60_000, polling: 50 });
  const { queryChangeMs, queryChangePaintedMs } = await page.evaluate(() => {
    const c = (window as unknown as { __change: { pressed: number; changed: number; painted: number } }).__change;
    return { queryChangeMs: c.changed - c.pressed, queryChangePaintedMs: c.painted - c.pressed };
  });

  // Back to every row, then scroll to the bottom fast: 60 jumps, one per frame.
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.getByTestId('inventory-result-count').filter({ hasText: /^([\d,]+) of \1 rows$/ }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  const scroll = await scrollerOf(page).evaluate(async (el) => {
    const start = performance.now();
    const frames: number[] = [];
    let last = start;
    const steps = 60;
    for (let i = 1; i <= steps; i++) {
      el.scrollTop = (el.scrollHeight - el.clientHeight) * (i / steps);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    await new Promise((r) => setTimeout(r, 300));
    const tasks = (window as unknown as { __bench: { longtasks: { start: number; duration: number }[] } }).__bench.longtasks.filter((t) => t.start >= start);
    return { longTasks: tasks.length, maxLongTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), worstFrameMs: Math.max(...frames), frames: frames.length };
  });
  await context.close();
  return { ...load, inventoryBytes: sizes[0] ?? null, queryChangeMs, queryChangePaintedMs, scroll, heapMb: { page: pageHeap, worker: workerHeap } };
};

const stats = (xs: (number | null)[]): string => {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return 'n/a';
  const f = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1));
  return `${f(v[0])} / ${f(v[Math.floor(v.length / 2)])} / ${f(v[v.length - 1])}`;
};

const main = async () => {
  const server = await startServer();
  const results: Record<string, RunResult[]> = Object.fromEntries(dists.map((d) => [d, []]));
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
    });
    const provider = await waitForInventory(Object.values(server.hosts)[0]);
    for (let run = 0; run < RUNS; run++) {
      for (const dist of dists) {
        const r = await oneRun(browser, server.hosts[dist], provider);
        results[dist].push(r);
        console.error(`run ${run + 1} ${dist}: first row ${Math.round(r.firstRowMs ?? -1)} ms, query change ${Math.round(r.queryChangeMs ?? -1)} ms, long tasks ${r.longTasks.list.join(',')}; longest not evaluating our scripts ${Math.round(r.longTasks.maxExceptScriptsMs)} ms at ${Math.round(r.longTasks.maxExceptScriptsAt)} ms: ${r.longTasks.maxExceptScriptsWhat.join('; ')}`);
      }
    }
  } finally {
    await browser?.close();
    server.stop();
  }
  const load = os.loadavg().map((x) => x.toFixed(1)).join(' ');
  const rows: [string, (r: RunResult) => number | null][] = [
    ['navigation → first result row (ms)', (r) => r.firstRowMs],
    ['navigation → full count (ms)', (r) => r.fullCountMs],
    ['inventory response on the wire (MB)', (r) => (r.inventoryBytes ? r.inventoryBytes.wire / 1e6 : null)],
    ['long tasks until first result (count)', (r) => r.longTasks.count],
    ['longest task until first result (ms)', (r) => r.longTasks.maxMs],
    ['longest, not evaluating our scripts (ms)', (r) => r.longTasks.maxExceptScriptsMs],
    [`query change → new rows (ms)`, (r) => r.queryChangeMs],
    [`query change → new rows drawn (ms)`, (r) => r.queryChangePaintedMs],
    ['fast scroll: long tasks (count)', (r) => r.scroll.longTasks],
    ['fast scroll: longest task (ms)', (r) => r.scroll.maxLongTaskMs],
    ['fast scroll: worst frame (ms)', (r) => r.scroll.worstFrameMs],
    ['page JS heap after load (MB)', (r) => r.heapMb.page],
    ['worker JS heap after load (MB)', (r) => r.heapMb.worker],
  ];
  const table = [
    `| what (min / median / max of ${RUNS}) | ${dists.join(' | ')} |`,
    `| --- | ${dists.map(() => '---:').join(' | ')} |`,
    ...rows.map(([label, get]) => `| ${label} | ${dists.map((d) => stats(results[d].map(get))).join(' | ')} |`),
  ].join('\n');
  const out = { date: new Date().toISOString(), loadAverageAtEnd: load, cpus: os.cpus().length, vms: Number(values.vms), queries: { load: values.load, change: values.change }, results };
  fs.writeFileSync(path.join(root, 'bench/inventory/results.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(`${table}\n\nLoad average at the end: ${load} (${os.cpus().length} cores). Load query \`${values.load}\`, query change \`${values.change}\`.`);
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
