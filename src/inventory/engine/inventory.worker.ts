/**
 * The inventory engine in a Web Worker: fetching and stream-parsing the
 * collection, schema learning and queries over 100,000 rows happen here, not
 * on the page's thread. Built by webpack from
 * `new Worker(new URL('./inventory.worker.ts', import.meta.url))` and served
 * from the plugin's public path like any other chunk.
 */
import { InventoryEngine } from './inventoryEngine';
import { openCollection } from './openCollection';
import { handleRequest, serializeError, type EngineRequest, type EngineResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; request: EngineRequest }>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;
const engine = new InventoryEngine();
/** Loads in flight by collection key, so the page can cancel them. */
const loads = new Map<string, AbortController>();

const open = async (id: number, request: Extract<EngineRequest, { type: 'open' }>) => {
  loads.get(request.key)?.abort();
  const controller = new AbortController();
  loads.set(request.key, controller);
  try {
    const value = await openCollection(engine, request, (url, init) => fetch(url, init), (event) => scope.postMessage({ id, event }), controller.signal);
    scope.postMessage({ id, ok: true, value });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: serializeError(error) });
  } finally {
    if (loads.get(request.key) === controller) loads.delete(request.key);
  }
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  if (request.type === 'open') return void open(id, request);
  if (request.type === 'cancel') {
    loads.get(request.key)?.abort();
    return;
  }
  try {
    scope.postMessage({ id, ok: true, value: handleRequest(engine, request) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: serializeError(error) });
  }
};
