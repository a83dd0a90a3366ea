/**
 * `npm run bench:plan`: a 500-VM plan migrating at a high event rate, open on
 * its "Virtual machines" tab in Chromium, and how smooth the page stays.
 *
 * - The console and simulated cluster run in their own process
 *   (`scripts/start.ts --no-build`, needs both builds), so the page's server
 *   does not share this script's event loop.
 * - The plan covers 500 VMs of the vSphere provider with maps made for them;
 *   simulator annotations run it 30x faster with 100 VMs in flight, so the
 *   controller rewrites the 500-VM status about 5 times a second (every
 *   write is a watch event carrying the whole plan).
 * - In the page: a PerformanceObserver collects 'longtask' entries (main
 *   thread busy > 50 ms); a requestAnimationFrame loop records frame
 *   intervals; every WebSocket message is timestamped and the next frame after
 *   it gives "message to frame" (includes the host's 50 ms watch batching).
 * - Phases: idle list while running, then three VMs expanded (pipelines with
 *   per-disk rates ticking), then scrolling through the list.
 *
 * Usage: npx tsx bench/plan/run.ts [--port 9141] [--vms 500] [--seconds 20] [--in-flight 100] [--scale 30]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: { port: { type: 'string' }, vms: { type: 'string' }, seconds: { type: 'string' }, 'in-flight': { type: 'string' }, scale: { type: 'string' }, profile: { type: 'string' } },
});
const PORT = Number(values.port ?? 9141);
const VMS = Number(values.vms ?? 500);
const SECONDS = Number(values.seconds ?? 20);
const IN_FLIGHT = values['in-flight'] ?? '100';
const SCALE = values.scale ?? '30';
const NS = 'openshift-mtv';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface PageMetrics {
  longTasks: number[];
  frames: number[];
  messageToFrame: number[];
  messages: number;
  bytes: number;
}

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : 0);
const summary = (name: string, m: PageMetrics, seconds: number) => ({
  phase: name,
  seconds,
  'watch messages': m.messages,
  'MB received': +(m.bytes / 1e6).toFixed(1),
  'long tasks': m.longTasks.length,
  'longest task ms': Math.round(Math.max(0, ...m.longTasks)),
  'long task ms total': Math.round(m.longTasks.reduce((a, b) => a + b, 0)),
  'frame p50 ms': +pct(m.frames, 50).toFixed(1),
  'frame p95 ms': +pct(m.frames, 95).toFixed(1),
  'frame max ms': Math.round(Math.max(0, ...m.frames)),
  'message→frame p50 ms': Math.round(pct(m.messageToFrame, 50)),
  'message→frame p95 ms': Math.round(pct(m.messageToFrame, 95)),
});

// Installed before the plugin loads: observers and the WebSocket timestamping.
const INIT = `
  window.__m = { longTasks: [], frames: [], messageToFrame: [], messages: 0, bytes: 0, pending: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__m.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  const loop = (t) => {
    const m = window.__m;
    m.frames.push(t - last); last = t;
    for (const s of m.pending) m.messageToFrame.push(t - s);
    m.pending = [];
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const m = window.__m; m.messages++; m.bytes += typeof e.data === 'string' ? e.data.length : 0; m.pending.push(performance.now());
      });
    }
  };
`;

const main = async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--port', String(PORT), '--vms', String(Math.max(VMS + 50, 100))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8');
  while (!/Forklift Console \(standalone\): (http\S+)/.test(output)) {
    const [chunk] = await Promise.race([once(child.stdout!, 'data'), once(child, 'exit').then(() => { throw new Error(`console exited:\n${output}`); })]);
    output += chunk;
  }
  const base = output.match(/Forklift Console \(standalone\): (http\S+)/)![1];
  const k8s = `${base}/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/${NS}`;
  const inv = `${base}/api/proxy/plugin/forklift-console-plugin/forklift-inventory`;
  const json = async (url: string, init?: RequestInit) => {
    const r = await fetch(url, init);
    if (!r.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const post = (url: string, body: unknown) => json(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    let vsphere: { uid: string; name: string } | undefined;
    for (let i = 0; i < 100 && !vsphere; i++) {
      const providers = await json(`${inv}/providers?detail=1`).catch(() => ({}));
      vsphere = (providers.vsphere ?? []).find((p: { name: string; vmCount?: number }) => p.name === 'vcenter-prod' && (p.vmCount ?? 0) >= VMS);
      if (!vsphere) await sleep(200);
    }
    if (!vsphere) throw new Error('vcenter-prod is not Ready with enough VMs');
    // Right after a provider turns Ready the inventory answers 206 (still collecting) with what it has so far.
    const collected = async <T,>(url: string): Promise<T[]> => {
      for (let i = 0; i < 300; i++) {
        const r = await fetch(url);
        if (r.status === 200) return (await r.json()) as T[];
        await sleep(200);
      }
      throw new Error(`${url} is still being collected`);
    };
    const vms = (await collected<{ id: string; name: string }>(`${inv}/providers/vsphere/${vsphere.uid}/vms`)).slice(0, VMS);
    if (vms.length < VMS) throw new Error(`vcenter-prod's inventory has ${vms.length} VMs, not ${VMS}`);
    const networks = await collected<{ id: string; name: string }>(`${inv}/providers/vsphere/${vsphere.uid}/networks`);
    const datastores = await collected<{ id: string; name: string }>(`${inv}/providers/vsphere/${vsphere.uid}/datastores`);
    const name = `bench-${Date.now().toString(36)}`;
    const providers = { source: { name: 'vcenter-prod', namespace: NS }, destination: { name: 'host', namespace: NS } };
    const hostProvider = ((await json(`${k8s}/providers`)).items as { metadata: { name: string }; spec: { type: string; url?: string } }[]).find((p) => p.spec.type === 'openshift' && !p.spec.url);
    if (hostProvider) providers.destination.name = hostProvider.metadata.name;
    // Only one source network may go to the pod network (Forklift's rule): the others are ignored.
    await post(`${k8s}/networkmaps`, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'NetworkMap', metadata: { name: `${name}-net` }, spec: { provider: providers, map: networks.map((n, i) => ({ source: { id: n.id }, destination: { type: i === 0 ? 'pod' : 'ignored' } })) } });
    await post(`${k8s}/storagemaps`, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'StorageMap', metadata: { name: `${name}-sto` }, spec: { provider: providers, map: datastores.map((d) => ({ source: { id: d.id }, destination: { storageClass: 'ocs-storagecluster-ceph-rbd' } })) } });
    const plan = await post(`${k8s}/plans`, {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'Plan',
      metadata: { name, annotations: { 'forklift-console.sim/time-scale': SCALE, 'forklift-console.sim/max-in-flight': IN_FLIGHT } },
      spec: {
        type: 'cold',
        targetNamespace: 'demo-migrations',
        provider: providers,
        map: { network: { name: `${name}-net`, namespace: NS }, storage: { name: `${name}-sto`, namespace: NS } },
        vms: vms.map((v, i) => ({ id: v.id, name: v.name, targetName: `${name}-${i}` })),
      },
    });
    for (let i = 0; i < 100; i++) {
      const p = await json(`${k8s}/plans/${name}`);
      if (p.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')) break;
      if (i === 99) throw new Error(`plan not Ready: ${JSON.stringify(p.status?.conditions)}`);
      await sleep(200);
    }

    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.addInitScript(INIT);
    await page.goto(`${base}/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Plan/${name}/vms`);
    await page.getByRole('listitem').first().waitFor({ timeout: 60_000 });
    await post(`${k8s}/migrations`, { apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Migration', metadata: { generateName: `${name}-` }, spec: { plan: { name, namespace: NS, uid: plan.metadata.uid } } });

    const take = async (): Promise<PageMetrics> =>
      page.evaluate(() => {
        const w = window as unknown as { __m: PageMetrics & { pending: number[] } };
        const m = w.__m;
        w.__m = { longTasks: [], frames: [], messageToFrame: [], messages: 0, bytes: 0, pending: [] };
        return { longTasks: m.longTasks, frames: m.frames, messageToFrame: m.messageToFrame, messages: m.messages, bytes: m.bytes };
      });
    await sleep(3000); // the run gets going
    await take();
    const results = [];
    // --profile <file>: a CPU profile of the page during the first phase (open it in Chrome's DevTools).
    const cdp = values.profile ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await sleep(SECONDS * 1000);
    if (cdp) fs.writeFileSync(values.profile!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    results.push(summary('list, migration running', await take(), SECONDS));

    const toggles = page.getByRole('button', { name: /^Details of/ });
    for (let i = 0; i < 3; i++) await toggles.nth(i).click();
    await take();
    await sleep(SECONDS * 1000);
    results.push(summary('3 VMs expanded (pipelines, disk rates)', await take(), SECONDS));

    const list = page.getByRole('list', { name: 'Virtual machines of the plan' });
    const started = Date.now();
    while (Date.now() - started < SECONDS * 1000) {
      await list.evaluate((el) => el.scrollBy(0, 400));
      await sleep(100);
    }
    results.push(summary('scrolling while running', await take(), SECONDS));
    const final = await json(`${k8s}/plans/${name}`);
    const done = (final.status?.migration?.vms ?? []).filter((v: { completed?: string }) => v.completed).length;
    console.log(`\nbench:plan — ${VMS}-VM plan, time scale ${SCALE}, ${IN_FLIGHT} VMs in flight; ${done} VMs finished during the run\n`);
    console.table(results);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
