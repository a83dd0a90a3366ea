/**
 * The whole simulated cluster behind one FetchHandler: the Kubernetes API
 * core, the Forklift inventory service (at the console's proxy path) and the
 * simulated Forklift controller, all on one object store and one clock.
 */
import type { FetchHandler, SimClock } from './core/contract';
import { createKubeApi } from './core/index';
import { throttledBody, type FaultInjector } from './core/faults';
import type { MemoryObjectStore } from './core/store';
import { statusResponse } from './core/status';
import { createClock } from './controller/clock';
import { startController } from './controller/index';
import { startForkliftHealth } from './controller/health';
import { RES } from './controller/resources';
import { createPrometheusApi } from './prometheus/api';
import { collectFacts, forkliftSeries } from './prometheus/forkliftMetrics';
import { createInventory, type Inventory } from './inventory/index';
import { seedWorld } from './seed/index';
import { createCertificateService, type CertificateService } from './services/tlsCertificate';

/** Where the console reaches the inventory service (the ConsolePlugin proxy alias). */
export const INVENTORY_PREFIX = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';
/** Where the console reaches Forklift's `forklift-services` (TLS certificate of an endpoint). */
export const SERVICES_PREFIX = '/api/proxy/plugin/forklift-console-plugin/forklift-services';
/** Where the console reaches the Kubernetes API; the core also answers without it. */
export const KUBERNETES_PREFIX = '/api/kubernetes';
/** Where the console reaches Prometheus (its Thanos querier); the simulator answers for the Forklift metrics. */
export const PROMETHEUS_PREFIX = '/api/prometheus';

export interface SimulatedClusterOptions {
  seed?: number;
  vmsPerProvider?: number;
  /** Simulated ms per real ms (ignored when `clock` is given). */
  clockSpeed?: number;
  clock?: SimClock;
  /** Seed the demo world (providers, maps, plans...). Default true. */
  world?: boolean;
  /** Events kept for watch resume (default 1000). */
  historySize?: number;
  bookmarkIntervalMs?: number;
  /**
   * Compresses big inventory list bodies for clients that accept gzip (the
   * Node server passes zlib; without it bodies go out as they are).
   */
  gzip?: (bytes: Uint8Array) => Uint8Array;
  /** Inventory collection time after a provider turns Ready: false turns it off (default on). */
  inventoryCollection?: boolean;
}

export interface SimulatedCluster {
  handle: FetchHandler;
  store: MemoryObjectStore;
  clock: SimClock;
  faults: FaultInjector;
  inventory: Inventory;
  services: CertificateService;
  stop(): void;
}

/** Namespaces every Kubernetes cluster has. */
const BASE_NAMESPACES = ['default', 'kube-system', 'kube-public'];

/** The same request with a different path: method, headers, body and abort signal are kept. */
function withPath(request: Request, url: URL, pathname: string): Request {
  const target = new URL(url);
  target.pathname = pathname || '/';
  return new Request(target, request);
}

export function createSimulatedCluster(options: SimulatedClusterOptions = {}): SimulatedCluster {
  const seed = options.seed ?? 1;
  const clock = options.clock ?? createClock({ speed: options.clockSpeed ?? 1 });
  const api = createKubeApi({ seed, nowMs: () => clock.now(), historySize: options.historySize, bookmarkIntervalMs: options.bookmarkIntervalMs });
  const { store, faults } = api;

  for (const name of BASE_NAMESPACES) {
    if (!store.get({ group: '', version: 'v1', plural: 'namespaces' }, undefined, name)) {
      store.create({ group: '', version: 'v1', plural: 'namespaces' }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    }
  }

  const inventory = createInventory(store, {
    seed,
    vmsPerProvider: options.vmsPerProvider ?? 50,
    gzip: options.gzip,
    now: options.inventoryCollection === false ? undefined : () => clock.now(),
  });
  const stopController = startController(store, clock, inventory);
  if (options.world !== false) seedWorld(store, { seed, inventory });
  const stopHealth = startForkliftHealth(store, clock, { intervalMs: 3_000, crashLooping: () => faults.config.crashLoop?.component });
  const prometheus = createPrometheusApi({
    source: () => {
      const now = clock.now();
      const facts = collectFacts({ plans: store.list(RES.plans), migrations: store.list(RES.migrations), providers: store.list(RES.providers) }, now);
      return { now, source: (t) => forkliftSeries(facts, t) };
    },
  });

  const services = createCertificateService();

  async function inventoryRequest(request: Request, url: URL): Promise<Response> {
    if (faults.appliesToInventory()) {
      await faults.delay();
      const failure = faults.failure(/\/providers\/[^/]+\/[^/]+\/[^/]+\/[^/]+/.test(url.pathname) ? 'get' : 'list');
      if (failure) return statusResponse(failure.status);
    }
    const response = await inventory.handler(withPath(request, url, url.pathname.slice(INVENTORY_PREFIX.length)));
    const rate = faults.appliesToInventory() ? faults.bytesPerSecond() : undefined;
    if (!rate || !response.body) return response;
    const headers = new Headers(response.headers);
    headers.delete('Content-Length');
    return new Response(throttledBody(response.body, rate), { status: response.status, headers });
  }

  const handle: FetchHandler = async (request) => {
    const url = new URL(request.url);
    if (url.pathname === INVENTORY_PREFIX || url.pathname.startsWith(`${INVENTORY_PREFIX}/`)) return inventoryRequest(request, url);
    if (url.pathname.startsWith(`${PROMETHEUS_PREFIX}/`)) return prometheus(request, url.pathname.slice(PROMETHEUS_PREFIX.length), url);
    if (url.pathname === SERVICES_PREFIX || url.pathname.startsWith(`${SERVICES_PREFIX}/`)) {
      return services.handler(withPath(request, url, url.pathname.slice(SERVICES_PREFIX.length)));
    }
    if (url.pathname.startsWith(`${KUBERNETES_PREFIX}/`)) {
      return api.handle(withPath(request, url, url.pathname.slice(KUBERNETES_PREFIX.length)));
    }
    return api.handle(request);
  };

  let stopped = false;
  return {
    handle,
    store,
    clock,
    faults,
    inventory,
    services,
    stop() {
      if (stopped) return;
      stopped = true;
      stopController();
      stopHealth();
      inventory.dispose();
      faults.dropWatches();
    },
  };
}
