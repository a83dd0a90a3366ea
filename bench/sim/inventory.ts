/**
 * `npm run bench:sim`: how long the simulated inventory takes to serve a large
 * provider's VM list, over real HTTP from the Node server, as the console's
 * inventory page fetches it (detail=4: full VM objects).
 *
 * Baseline in the same run: JSON.stringify of the same VM array in-process,
 * i.e. the least any JSON server must spend producing that body.
 * Usage: npx tsx bench/sim/inventory.ts [--vms 100000] [--runs 5]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { generateVsphereInventory } from '../../mocks/inventory/generators/vsphere';
import { INVENTORY_PREFIX } from '../../mocks/cluster';

const { values } = parseArgs({ options: { vms: { type: 'string' }, runs: { type: 'string' } } });
const vms = Number(values.vms ?? 100_000);
const runs = Number(values.runs ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const main = async () => {
  // The server runs in its own process, as with `npm run sim`, so the
  // client's JSON handling does not share its event loop. A 10x clock gets
  // providers Ready in about a second without the controller's ticks (every
  // 3 simulated seconds) crowding the server's thread.
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server/cli.ts', '--port', '0', '--vms', String(vms), '--clock-speed', '10'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8');
  while (!/http:\/\/127\.0\.0\.1:\d+/.test(output)) {
    const [chunk] = await once(child.stdout!, 'data');
    output += chunk;
  }
  const server = { url: output.match(/http:\/\/127\.0\.0\.1:\d+/)![0] };
  try {
    const base = `${server.url}${INVENTORY_PREFIX}`;
    let vsphere: { uid: string; name: string; vmCount?: number } | undefined;
    for (let i = 0; i < 200 && !vsphere?.vmCount; i++) {
      const providers = await (await fetch(`${base}/providers?detail=1`)).json();
      vsphere = providers.vsphere?.find((p: { vmCount?: number }) => p.vmCount);
      if (!vsphere?.vmCount) await sleep(100);
    }
    if (!vsphere?.vmCount) throw new Error('no Ready vSphere provider with VMs');
    const url = `${base}/providers/vsphere/${vsphere.uid}/vms?detail=4`;

    // Reads the body as a stream and counts bytes: the measurement is the
    // server's, not the client's buffering.
    const timeFetch = async () => {
      const start = performance.now();
      const response = await fetch(url);
      let bytes = 0;
      const reader = response.body!.getReader();
      for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
      return { ms: performance.now() - start, bytes, status: response.status };
    };
    const first = await timeFetch();
    const repeats: number[] = [];
    for (let i = 0; i < runs; i++) repeats.push((await timeFetch()).ms);

    const inventory = generateVsphereInventory({ seed: 1, vms });
    const stringify: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      JSON.stringify(inventory.vms);
      stringify.push(performance.now() - start);
    }

    console.log(`Provider ${vsphere.name}: ${vsphere.vmCount.toLocaleString()} VMs, GET .../vms?detail=4 -> ${first.status}, ${(first.bytes / 1e6).toFixed(1)} MB`);
    console.log('| measurement | ms |');
    console.log('| --- | ---: |');
    console.log(`| first request over HTTP (generate + serialise + send) | ${first.ms.toFixed(0)} |`);
    console.log(`| repeated request over HTTP, median of ${runs} (cached body) | ${median(repeats).toFixed(0)} |`);
    console.log(`| baseline: JSON.stringify of the same VMs in-process, median of ${runs} | ${median(stringify).toFixed(0)} |`);
  } finally {
    child.kill();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
