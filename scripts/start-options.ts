/**
 * `npm start` options and the build freshness rule, kept apart from the I/O in
 * scripts/start.ts so they can be tested.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { numberOption, SIM_ARG_OPTIONS, simArgs } from '../mocks/server/options';

export interface StartOptions {
  port: number;
  host: string;
  seed: number;
  vms: number;
  clockSpeed: number;
  build: boolean;
  /** Port of the simulated cluster's API (and /sim/faults); 0 picks a free one. */
  simPort: number;
  k8sUrl?: string;
  inventoryUrl?: string;
  prometheusUrl?: string;
  servicesUrl?: string;
  token?: string;
  insecure: boolean;
}

export const START_HELP = `Forklift Console, standalone: builds what is stale, starts the simulated
cluster (unless you point at a real one) and the host.

Usage: npm start -- [options]      (or: npx tsx scripts/start.ts [options])

  --port N            host port (default 9000)
  --host H            address to bind (default 127.0.0.1)
  --seed N            simulated data seed (default 1)
  --vms N             VMs per simulated source provider (default 50)
  --clock-speed X     simulated ms per real ms (default 1)
  --sim-port N        port of the simulated cluster's own API (kubectl, /sim/faults); default: a free one
  --no-build          do not build, serve dist/ and host/dist/ as they are
  --k8s-url URL       a real cluster's API, e.g. \`kubectl proxy\` at http://127.0.0.1:8001
  --inventory-url URL the Forklift inventory service (with --k8s-url), e.g. a port-forward
  --prometheus-url URL Prometheus or the Thanos querier (with --k8s-url) for the metrics, e.g. a port-forward
  --services-url URL  Forklift's forklift-services (TLS certificate fetching; optional with --k8s-url)
  --token T           bearer token sent to both (default: $FORKLIFT_TOKEN)
  --insecure          accept self-signed certificates from the upstreams
  -h, --help          this help`;


/** Throws with a readable message on bad input; returns undefined when help was asked for. */
export const parseStartArgs = (argv: string[], env: Record<string, string | undefined> = {}): StartOptions | undefined => {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...SIM_ARG_OPTIONS,
      'no-build': { type: 'boolean' },
      'sim-port': { type: 'string' },
      'k8s-url': { type: 'string' },
      'inventory-url': { type: 'string' },
      'prometheus-url': { type: 'string' },
      'services-url': { type: 'string' },
      token: { type: 'string' },
      insecure: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return undefined;
  const k8sUrl = values['k8s-url'];
  const inventoryUrl = values['inventory-url'];
  if (k8sUrl && values['sim-port'] !== undefined) throw new Error('--sim-port is for the simulated cluster, not with --k8s-url');
  if (!!k8sUrl !== !!inventoryUrl) throw new Error('--k8s-url and --inventory-url go together (a real cluster needs both)');
  const prometheusUrl = values['prometheus-url'];
  if (prometheusUrl && !k8sUrl) throw new Error('--prometheus-url is for a real cluster (with --k8s-url); the simulator serves its own metrics');
  const servicesUrl = values['services-url'];
  if (servicesUrl && !k8sUrl) throw new Error('--services-url is for a real cluster (with --k8s-url); the simulator serves its own');
  for (const [name, v] of [['k8s-url', k8sUrl], ['inventory-url', inventoryUrl], ['prometheus-url', prometheusUrl], ['services-url', servicesUrl]] as const) {
    if (v && !/^https?:\/\//.test(v)) throw new Error(`--${name} must be an http(s) URL, got "${v}"`);
  }
  return {
    ...simArgs(values, 9000),
    build: !values['no-build'],
    simPort: numberOption(values['sim-port'], 'sim-port', 0),
    k8sUrl,
    inventoryUrl,
    prometheusUrl,
    servicesUrl,
    token: values.token ?? env.FORKLIFT_TOKEN,
    insecure: !!values.insecure,
  };
};

/** Newest modification time (ms) of the files under these paths; 0 when none exist. */
export const newestMtime = (paths: string[]): number => {
  let newest = 0;
  const visit = (p: string) => {
    let info;
    try {
      info = statSync(p);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') visit(path.join(p, entry));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
};

/** A build is needed when its output is missing or older than any source. */
export const isStale = (outputMtime: number, sourcesMtime: number): boolean => outputMtime === 0 || sourcesMtime > outputMtime;
