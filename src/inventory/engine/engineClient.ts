/**
 * The page's handle on the inventory engine: the same async API whether the
 * engine runs in a Web Worker (in the browser) or on this thread (tests, or a
 * browser that refuses to start the worker).
 */
import type { ProviderType } from '../../k8s/types';
import type { ResourceKindId } from '../resourceKinds';
import { InventoryEngine, type DatasetInfo, type QueryResult } from './inventoryEngine';
import { deserializeError, handleRequest, serializeError, type EngineRequest, type EngineResponse } from './protocol';

export interface InventoryEngineClient {
  /** Where the work happens, shown in the page footer for the curious. */
  readonly mode: 'worker' | 'inline';
  load(key: string, body: ArrayBuffer | string, providerType: ProviderType, kind: ResourceKindId): Promise<DatasetInfo>;
  query(key: string, query: string): Promise<QueryResult>;
  sort(key: string, column: number, direction: 'asc' | 'desc'): Promise<number[]>;
  objects(key: string, indices: number[]): Promise<unknown[]>;
  export(key: string, format: 'csv' | 'json', order?: number[]): Promise<string>;
  dispose(): void;
}

type Send = (request: EngineRequest, transfer?: Transferable[]) => Promise<unknown>;

const clientOver = (mode: 'worker' | 'inline', send: Send, dispose: () => void): InventoryEngineClient => ({
  mode,
  load: (key, body, providerType, kind) =>
    send({ type: 'load', key, body, providerType, kind }, typeof body === 'string' ? [] : [body]) as Promise<DatasetInfo>,
  query: (key, query) => send({ type: 'query', key, query }) as Promise<QueryResult>,
  sort: (key, column, direction) => send({ type: 'sort', key, column, direction }) as Promise<number[]>,
  objects: (key, indices) => send({ type: 'objects', key, indices }) as Promise<unknown[]>,
  export: (key, format, order) => send({ type: 'export', key, format, order }) as Promise<string>,
  dispose,
});

/** Runs the engine on this thread, one macrotask later so the page can paint a spinner first. */
export const createInlineClient = (): InventoryEngineClient => {
  const engine = new InventoryEngine();
  const send: Send = (request) =>
    new Promise((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(handleRequest(engine, request));
        } catch (error) {
          reject(deserializeError(serializeError(error)));
        }
      }, 0),
    );
  return clientOver('inline', send, () => undefined);
};

/**
 * A client over a Web Worker. If the worker dies (a blocked script, a syntax
 * error, out of memory) it never answers again, so from then on every call
 * goes to an inline engine instead of waiting forever. Datasets loaded in the
 * worker are gone: queries on them fail with DatasetMissingError, which makes
 * the page reload the collection (into the inline engine).
 */
export const createWorkerClient = (worker: Worker, fallback: () => InventoryEngineClient = createInlineClient): InventoryEngineClient => {
  let nextId = 1;
  let inline: InventoryEngineClient | undefined;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<EngineResponse>) => {
    const response = event.data;
    const waiter = pending.get(response.id);
    if (!waiter) return;
    pending.delete(response.id);
    if (response.ok) waiter.resolve(response.value);
    else waiter.reject(deserializeError(response.error));
  };
  worker.onerror = (event) => {
    // A worker that fails to start (blocked script, syntax error) fails every call in flight.
    const error = new Error(event.message || 'The inventory worker stopped');
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
    inline ??= fallback();
    worker.terminate();
  };
  const send: Send = (request, transfer = []) => {
    if (inline) return sendTo(inline, request);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, request }, transfer);
    });
  };
  return clientOver('worker', send, () => {
    worker.terminate();
    inline?.dispose();
    for (const waiter of pending.values()) waiter.reject(new Error('The inventory worker was stopped'));
    pending.clear();
  });
};

/** Replays one protocol request on another client (the inline fallback). */
const sendTo = (client: InventoryEngineClient, request: EngineRequest): Promise<unknown> => {
  switch (request.type) {
    case 'load':
      return client.load(request.key, request.body, request.providerType, request.kind);
    case 'query':
      return client.query(request.key, request.query);
    case 'sort':
      return client.sort(request.key, request.column, request.direction);
    case 'objects':
      return client.objects(request.key, request.indices);
    case 'export':
      return client.export(request.key, request.format, request.order);
  }
};

/** A worker client when the browser can start one, else inline. */
export const createEngineClient = (): InventoryEngineClient => {
  if (typeof Worker === 'undefined') return createInlineClient();
  try {
    return createWorkerClient(new Worker(new URL('./inventory.worker.ts', import.meta.url)));
  } catch {
    return createInlineClient();
  }
};
