/**
 * The inventory engine in a Web Worker: JSON parsing, schema learning and
 * queries over 100,000 rows happen here, not on the page's thread.
 * Built by webpack from `new Worker(new URL('./inventory.worker.ts', import.meta.url))`
 * and served from the plugin's public path like any other chunk.
 */
import { InventoryEngine } from './inventoryEngine';
import { handleRequest, serializeError, type EngineRequest, type EngineResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; request: EngineRequest }>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;
const engine = new InventoryEngine();

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, ok: true, value: handleRequest(engine, request) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: serializeError(error) });
  }
};
