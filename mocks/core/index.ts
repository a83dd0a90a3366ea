/**
 * The Kubernetes API core of the simulated cluster: one object store, one
 * fault injector and a Fetch handler serving the API plus `/sim/*` controls.
 */
import type { FetchHandler } from './contract';
import { FaultInjector } from './faults';
import { createApiHandler } from './http/api-handler';
import { simRoute } from './sim-routes';
import { MemoryObjectStore, type StoreOptions } from './store';

export interface KubeApiOptions extends StoreOptions {
  /** Clock for table ages and timestamps, in ms since the epoch (default: wall clock). */
  nowMs?: () => number;
  bookmarkIntervalMs?: number;
  /** Random source for faults (default Math.random). */
  faultRandom?: () => number;
}

export interface KubeApi {
  handle: FetchHandler;
  store: MemoryObjectStore;
  faults: FaultInjector;
}

export function createKubeApi(options: KubeApiOptions = {}): KubeApi {
  const nowMs = options.nowMs ?? Date.now;
  const store = new MemoryObjectStore({ ...options, now: options.now ?? (() => new Date(nowMs())) });
  const faults = new FaultInjector(options.faultRandom);
  const api = createApiHandler({ store, faults, now: nowMs, bookmarkIntervalMs: options.bookmarkIntervalMs });
  const handle: FetchHandler = (request) => simRoute(request, new URL(request.url), store, faults) ?? api(request);
  return { handle, store, faults };
}

export { MemoryObjectStore, createObjectStore } from './store';
export type { StoreOptions, RecordedEvent } from './store';
export { FaultInjector } from './faults';
export type { FaultConfig, FaultVerb } from './faults';
export { StatusError, isStatusError, makeStatus } from './status';
export type { Status, StatusCause } from './status';
export { defaultRegistry, ResourceRegistry, RESOURCES, FORKLIFT_GROUP } from './registry';
export type { ResourceDef } from './registry';
export { createApiHandler } from './http/api-handler';
