/**
 * Control endpoints of the simulator itself, outside the Kubernetes API:
 *   GET /sim/healthz          → {ok, resourceVersion, watches}
 *   GET /sim/faults           → the current FaultConfig
 *   PUT /sim/faults           → replace it (body: FaultConfig)
 *   PATCH /sim/faults         → merge into it
 *   DELETE /sim/faults        → clear all faults
 *   POST /sim/faults/drop-watches → close every active watch now
 */
import type { FaultInjector } from './faults';
import { json } from './http/format';
import type { MemoryObjectStore } from './store';
import { badRequest, makeStatus, methodNotAllowed, statusResponse, StatusError } from './status';

export function simRoute(request: Request, url: URL, store: MemoryObjectStore, faults: FaultInjector): Promise<Response> | undefined {
  if (!url.pathname.startsWith('/sim/')) return undefined;
  return handleSim(request, url.pathname.replace(/\/+$/, ''), store, faults).catch((error: unknown) =>
    error instanceof StatusError ? statusResponse(error.status) : statusResponse(makeStatus(500, 'InternalError', String(error))),
  );
}

async function readConfig(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch (error) {
    throw badRequest(`fault config is not JSON: ${(error as Error).message}`);
  }
}

async function handleSim(request: Request, path: string, store: MemoryObjectStore, faults: FaultInjector): Promise<Response> {
  if (path === '/sim/healthz') {
    return json({ ok: true, resourceVersion: store.resourceVersion(), watches: faults.activeWatches() });
  }
  if (path === '/sim/faults/drop-watches') {
    if (request.method !== 'POST') throw methodNotAllowed();
    return json({ dropped: faults.dropWatches() });
  }
  if (path !== '/sim/faults') throw new StatusError(makeStatus(404, 'NotFound', `no simulator endpoint ${path}`));
  try {
    switch (request.method) {
      case 'GET':
        return json(faults.config);
      case 'PUT':
        faults.set((await readConfig(request)) as never);
        return json(faults.config);
      case 'PATCH':
        faults.update((await readConfig(request)) as never);
        return json(faults.config);
      case 'DELETE':
        faults.clear();
        return json(faults.config);
      default:
        throw methodNotAllowed();
    }
  } catch (error) {
    if (error instanceof StatusError) throw error;
    throw badRequest((error as Error).message);
  }
}
