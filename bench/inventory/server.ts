/**
 * The bench's console: one simulated cluster with big providers, and one host
 * per plugin build to compare (e.g. the baseline dist and the current one),
 * each on its own port. Prints one JSON line `{"ready": {...}}` when serving.
 * A build is `<plugin dist>` (served by this tree's host/dist) or
 * `<plugin dist>,<host dist>` to compare the standalone host's start-up too.
 * Usage: tsx bench/inventory/server.ts --port 9181 --vms 100000 --dist dist [--dist /tmp/base/dist,/tmp/base/host/dist]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startHost } from '../../host/server';
import { INVENTORY_PREFIX } from '../../mocks/cluster';
import { startSimServer } from '../../mocks/server/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: { port: { type: 'string', default: '9181' }, vms: { type: 'string', default: '100000' }, dist: { type: 'string', multiple: true } },
});

const main = async () => {
  const sim = await startSimServer({ port: 0, seed: 1, vmsPerProvider: Number(values.vms), clockSpeed: 1 });
  const dists = values.dist?.length ? values.dist : ['dist'];
  const hosts: Record<string, string> = {};
  let port = Number(values.port);
  for (const dist of dists) {
    const host = await startHost({
      port: port++,
      k8sUrl: sim.url,
      inventoryUrl: `${sim.url}${INVENTORY_PREFIX}`,
      pluginDist: path.resolve(root, dist.split(',')[0]),
      hostDist: dist.includes(',') ? path.resolve(root, dist.split(',')[1]) : path.join(root, 'host/dist'),
    });
    hosts[dist] = host.url;
  }
  console.log(JSON.stringify({ ready: { sim: sim.url, hosts } }));
  const stop = () => process.exit(0);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
