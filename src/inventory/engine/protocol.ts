/**
 * Messages between the page and the inventory engine (in a worker or not),
 * and the one dispatcher both sides share, so the worker file stays a few
 * lines of plumbing.
 */
import type { ProviderType } from '../../k8s/types';
import { TslError } from '../../tsl/errors';
import type { ResourceKindId } from '../resourceKinds';
import { DatasetMissingError, type InventoryEngine } from './inventoryEngine';
import { InventoryCollectingError, LoadAbortedError } from './loadCollection';
import type { LoadEvent, OpenRequest } from './openCollection';

export type EngineRequest =
  | { type: 'load'; key: string; body: ArrayBuffer | string; providerType: ProviderType; kind: ResourceKindId }
  | { type: 'query'; key: string; query: string; window?: number }
  | { type: 'sort'; key: string; column: number; direction: 'asc' | 'desc'; keep?: boolean }
  | { type: 'rows'; key: string; query: string; start: number; end: number }
  | { type: 'objects'; key: string; indices: number[] }
  | { type: 'export'; key: string; format: 'csv' | 'json'; order?: number[] }
  | ({ type: 'open' } & OpenRequest)
  | { type: 'cancel'; key: string };

export interface SerializedError {
  name: string;
  message: string;
  offset?: number;
  length?: number;
  expected?: string[];
}

export type EngineResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SerializedError }
  /** Progress and previews of an `open` still in flight. */
  | { id: number; event: LoadEvent };

/** The synchronous requests (`open` and `cancel` are handled by the worker and the inline client). */
export const handleRequest = (engine: InventoryEngine, request: EngineRequest): unknown => {
  switch (request.type) {
    case 'open':
    case 'cancel':
      throw new Error(`${request.type} is not a synchronous request`);
    case 'load':
      return engine.load(request.key, request.body, request.providerType, request.kind);
    case 'query':
      return engine.query(request.key, request.query, request.window);
    case 'sort':
      return request.keep ? engine.sortInPlace(request.key, request.column, request.direction) : engine.sort(request.key, request.column, request.direction);
    case 'rows':
      return engine.rows(request.key, request.query, request.start, request.end);
    case 'objects':
      return engine.objects(request.key, request.indices);
    case 'export':
      return engine.export(request.key, request.format, request.order);
  }
};

export const serializeError = (error: unknown): SerializedError => {
  if (error instanceof TslError) {
    return { name: 'TslError', message: error.message, offset: error.offset, length: error.length, expected: [...error.expected] };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
};

/** Turns a serialized error back into the class the page checks for. */
export const deserializeError = (error: SerializedError): Error => {
  if (error.name === 'TslError') return new TslError(error.message, error.offset ?? 0, error.length ?? 0, error.expected ?? []);
  if (error.name === 'DatasetMissingError') return new DatasetMissingError(error.message);
  if (error.name === 'InventoryCollectingError') return new InventoryCollectingError(error.message);
  if (error.name === 'AbortError') return new LoadAbortedError(error.message);
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
};
