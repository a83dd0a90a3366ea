/**
 * `npm start`: the plugin's production build in the standalone host, against
 * the simulated cluster (default) or a real one (--k8s-url + --inventory-url).
 * Builds first when dist/ or host/dist/ is missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost } from '../host/server';
import { isStale, newestMtime, parseStartArgs, START_HELP } from './start-options';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p: string[]) => path.join(root, ...p);

const buildIfStale = (script: string, output: string, sources: string[]) => {
  if (!isStale(newestMtime([at(output)]), newestMtime(sources.map((s) => at(s))))) return;
  console.log(`> npm run ${script} (${output} is missing or older than its sources)`);
  const r = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run ${script} failed`);
};

const main = async () => {
  let options;
  try {
    options = parseStartArgs(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${START_HELP}`);
    process.exit(2);
  }
  if (!options) {
    console.log(START_HELP);
    return;
  }
  if (options.build) {
    buildIfStale('build', 'dist/plugin-manifest.json', ['src', 'console-extensions.json', 'locales', 'webpack.config.ts', 'package.json']);
    buildIfStale('build:host', 'host/dist/index.html', ['host/src', 'host/webpack.config.ts', 'package.json']);
  }

  let sim: { url: string; close(): Promise<void> } | undefined;
  let k8sUrl = options.k8sUrl;
  let inventoryUrl = options.inventoryUrl;
  let prometheusUrl = options.prometheusUrl;
  let servicesUrl = options.servicesUrl;
  if (!k8sUrl || !inventoryUrl) {
    // Loaded only when used, so a real-cluster run does not need the simulator.
    const { startSimServer } = await import('../mocks/server/index');
    const { PROMETHEUS_PREFIX, SERVICES_PREFIX } = await import('../mocks/cluster');
    const started = await startSimServer({ port: options.simPort, seed: options.seed, vmsPerProvider: options.vms, clockSpeed: options.clockSpeed });
    sim = started;
    k8sUrl = started.url;
    // The inventory at the root of its own address: the same form as --inventory-url for a real cluster.
    inventoryUrl = started.inventoryUrl;
    prometheusUrl = `${started.url}${PROMETHEUS_PREFIX}`;
    servicesUrl = `${started.url}${SERVICES_PREFIX}`;
    console.log(`Simulated cluster: ${started.url} (seed ${options.seed}, ${options.vms} VMs per provider, clock x${options.clockSpeed})`);
    console.log(`Inventory service: ${started.inventoryUrl}; fault injection: ${started.url}/sim/faults`);
  }

  const host = await startHost({
    port: options.port,
    host: options.host,
    k8sUrl,
    inventoryUrl,
    prometheusUrl,
    servicesUrl,
    token: options.token,
    insecureSkipTLSVerify: options.insecure,
    pluginDist: at('dist'),
    hostDist: at('host/dist'),
  });
  console.log(`Forklift Console (standalone): ${host.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await sim?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
};

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
