/**
 * Loading a collection into the engine straight from the inventory: fetch,
 * stream-parse (rows arrive while the body downloads), report progress and,
 * when the query allows it, a preview of the first matching rows; then index
 * (tag rows, learn the schema). The worker runs this with its own fetch and
 * the console's request headers; the inline engine with the page's fetch.
 */
import type { ProviderType } from '../../k8s/types';
import type { ResourceKindId } from '../resourceKinds';
import type { DatasetInfo, InventoryEngine, QueryResult } from './inventoryEngine';
import { checkCollectionResponse, readCollection, type LoadProgress } from './loadCollection';

export interface OpenRequest {
  key: string;
  url: string;
  /** The console's request headers (CSRF token, impersonation) for the worker's own fetch. */
  headers: Record<string, string>;
  providerType: ProviderType;
  kind: ResourceKindId;
  /** The query on screen: its first rows are previewed during the load when it allows. */
  query: string;
}

export type LoadEvent = { type: 'progress'; progress: LoadProgress } | { type: 'preview'; result: QueryResult };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * When the first rows are previewed: tried after FIRST_PREVIEW_ROWS rows are
 * parsed, then each time twice as many are in, until the query has a
 * screenful of matches (PREVIEW_SCREENFUL) or PREVIEW_AFTER_ROWS rows were
 * parsed, when whatever matched is shown. A fixed 1,000 rows made a common
 * filter wait for the next 2 MB piece of the body (0.3 s at 100,000 VMs) for
 * rows it already had; the doubling keeps the tries' total cost below twice
 * the last one's.
 */
export const FIRST_PREVIEW_ROWS = 100;
export const PREVIEW_SCREENFUL = 50;
export const PREVIEW_AFTER_ROWS = 1000;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export const openCollection = async (
  engine: InventoryEngine,
  request: OpenRequest,
  fetchImpl: FetchLike,
  emit: (event: LoadEvent) => void,
  signal?: AbortSignal,
): Promise<DatasetInfo> => {
  emit({ type: 'progress', progress: { phase: 'waiting', bytes: 0, rows: 0 } });
  const response = await fetchImpl(request.url, { headers: request.headers, credentials: 'same-origin', signal });
  await checkCollectionResponse(response);
  const started = now();
  let previewed = false;
  let nextTry = FIRST_PREVIEW_ROWS;
  let bytes = 0;
  const rows = await readCollection(response, {
    signal,
    onProgress: (progress) => {
      bytes = progress.bytes;
      emit({ type: 'progress', progress });
    },
    onRows: (soFar) => {
      if (previewed || soFar.length < nextTry) return;
      const result = engine.preview(request.key, soFar, request.query, request.providerType, request.kind);
      if (result && (result.matched ?? result.rowCount) < PREVIEW_SCREENFUL && soFar.length < PREVIEW_AFTER_ROWS) {
        nextTry = soFar.length * 2;
        return;
      }
      // Shown, or not previewable (null): no more tries either way.
      previewed = true;
      if (result) emit({ type: 'preview', result });
    },
  });
  emit({ type: 'progress', progress: { phase: 'indexing', bytes, rows: rows.length } });
  return engine.loadRows(request.key, rows, request.providerType, request.kind, started);
};
