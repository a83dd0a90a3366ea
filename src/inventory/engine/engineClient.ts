/**
 * The page's handle on the inventory engine: the same async API whether the
 * engine runs in a Web Worker (in the browser) or on this thread (tests, or a
 * browser that refuses to start the worker).
 */
import type { ProviderType } from '../../k8s/types';
import type { ResourceKindId } from '../resourceKinds';
import { InventoryEngine, type DatasetInfo, type QueryResult, type RowWindow } from './inventoryEngine';
import { LoadAbortedError } from './loadCollection';
import { openCollection, type FetchLike, type LoadEvent, type OpenRequest } from './openCollection';
import { deserializeError, handleRequest, serializeError, type EngineRequest, type EngineResponse } from './protocol';

export interface InventoryEngineClient {
  /** Where the work happens, shown in the page footer for the curious. */
  readonly mode: 'worker' | 'inline';
  load(key: string, body: ArrayBuffer | string, providerType: ProviderType, kind: ResourceKindId): Promise<DatasetInfo>;
  /**
   * Fetches and stream-parses a collection where the engine runs, reporting
   * progress and a preview of the first rows; aborting `signal` cancels it
   * (the promise rejects with an AbortError).
   */
  open(request: OpenRequest, onEvent: (event: LoadEvent) => void, signal?: AbortSignal): Promise<DatasetInfo>;
  /** With `window`, only the first `window` rows come back (the rest through rows()). */
  query(key: string, query: string, window?: number): Promise<QueryResult>;
  sort(key: string, column: number, direction: 'asc' | 'desc'): Promise<number[]>;
  /** Sorts the last result where the engine runs and keeps the order there; answers the row count. */
  sortInPlace(key: string, column: number, direction: 'asc' | 'desc'): Promise<number>;
  /** Rows `start`..`end` (exclusive) of the last result of `query`, in display order. */
  rows(key: string, query: string, start: number, end: number): Promise<RowWindow>;
  objects(key: string, indices: number[]): Promise<unknown[]>;
  export(key: string, format: 'csv' | 'json', order?: number[]): Promise<string>;
  dispose(): void;
}

type Send = (request: EngineRequest, transfer?: Transferable[], onEvent?: (event: LoadEvent) => void) => Promise<unknown>;
type Open = InventoryEngineClient['open'];

/** Rejects at once when `signal` aborts (the engine side is told separately). */
const abortable = <T,>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new LoadAbortedError('The load was canceled'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new LoadAbortedError('The load was canceled'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
};

const clientOver = (mode: 'worker' | 'inline', send: Send, open: Open, dispose: () => void): InventoryEngineClient => ({
  mode,
  open,
  load: (key, body, providerType, kind) =>
    send({ type: 'load', key, body, providerType, kind }, typeof body === 'string' ? [] : [body]) as Promise<DatasetInfo>,
  query: (key, query, window) => send({ type: 'query', key, query, window }) as Promise<QueryResult>,
  sort: (key, column, direction) => send({ type: 'sort', key, column, direction }) as Promise<number[]>,
  sortInPlace: (key, column, direction) => send({ type: 'sort', key, column, direction, keep: true }) as Promise<number>,
  rows: (key, query, start, end) => send({ type: 'rows', key, query, start, end }) as Promise<RowWindow>,
  objects: (key, indices) => send({ type: 'objects', key, indices }) as Promise<unknown[]>,
  export: (key, format, order) => send({ type: 'export', key, format, order }) as Promise<string>,
  dispose,
});

/**
 * Runs the engine on this thread, one macrotask later so the page can paint a
 * spinner first. Collections are fetched with `fetchImpl` (the page passes
 * the console's fetch).
 */
export const createInlineClient = (fetchImpl: FetchLike = (url, init) => fetch(url, init)): InventoryEngineClient => {
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
  const open: Open = (request, onEvent, signal) => openCollection(engine, request, fetchImpl, onEvent, signal);
  return clientOver('inline', send, open, () => undefined);
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
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; onEvent?: (event: LoadEvent) => void }>();
  worker.onmessage = (event: MessageEvent<EngineResponse>) => {
    const response = event.data;
    const waiter = pending.get(response.id);
    if (!waiter) return;
    if ('event' in response) {
      waiter.onEvent?.(response.event);
      return;
    }
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
  const send: Send = (request, transfer = [], onEvent) => {
    if (inline) return sendTo(inline, request);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onEvent });
      worker.postMessage({ id, request }, transfer);
    });
  };
  const open: Open = (request, onEvent, signal) => {
    if (inline) return inline.open(request, onEvent, signal);
    signal?.addEventListener('abort', () => worker.postMessage({ id: 0, request: { type: 'cancel', key: request.key } }), { once: true });
    return abortable(send({ type: 'open', ...request }, [], onEvent) as Promise<DatasetInfo>, signal);
  };
  return clientOver('worker', send, open, () => {
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
      return client.query(request.key, request.query, request.window);
    case 'sort':
      return request.keep ? client.sortInPlace(request.key, request.column, request.direction) : client.sort(request.key, request.column, request.direction);
    case 'rows':
      return client.rows(request.key, request.query, request.start, request.end);
    case 'objects':
      return client.objects(request.key, request.indices);
    case 'export':
      return client.export(request.key, request.format, request.order);
    case 'open':
    case 'cancel':
      // Loads in flight died with the worker (their callers got its error); new ones go to client.open.
      return Promise.reject(new Error('The inventory worker stopped during a load'));
  }
};

/** A worker client when the browser can start one, else inline (fetching with `pageFetch`). */
export const createEngineClient = (pageFetch?: FetchLike): InventoryEngineClient => {
  const inline = () => createInlineClient(pageFetch);
  if (typeof Worker === 'undefined') return inline();
  try {
    return createWorkerClient(new Worker(new URL('./inventory.worker.ts', import.meta.url)), inline);
  } catch {
    return inline();
  }
};
