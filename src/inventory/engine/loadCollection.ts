/**
 * Reading an inventory collection as it downloads: status checks (206 means
 * "still being collected"), the body decoded and split into rows piece by
 * piece (JsonArraySplitter), progress reports, and cancellation. Used by the
 * query worker (its own fetch) and by the inline engine (the page's fetch).
 */
import { JsonArraySplitter } from './jsonArraySplitter';

export interface LoadProgress {
  phase: 'waiting' | 'downloading' | 'indexing';
  /** Bytes of the (decoded) body received so far. */
  bytes: number;
  /** Rows parsed so far. */
  rows: number;
}

/** The inventory answered 206 Partial Content: the provider's inventory is still being collected. */
export class InventoryCollectingError extends Error {
  override readonly name = 'InventoryCollectingError';
}

export const isInventoryCollecting = (error: unknown): boolean => (error as { name?: string } | null)?.name === 'InventoryCollectingError';

export const isAbort = (error: unknown): boolean => (error as { name?: string } | null)?.name === 'AbortError';

export class LoadAbortedError extends Error {
  override readonly name = 'AbortError';
}

/** Throws for 206 (still collecting) and for errors, with the server's message. */
export const checkCollectionResponse = async (response: Response): Promise<void> => {
  if (response.status === 206) {
    await response.body?.cancel().catch(() => undefined);
    throw new InventoryCollectingError('The inventory is still being collected');
  }
  if (response.ok) return;
  const text = await response.text().catch(() => '');
  let message = text.trim().slice(0, 500);
  try {
    const json = JSON.parse(text) as { error?: unknown; message?: unknown };
    message = String(json.message ?? json.error ?? message);
  } catch {
    // not JSON: the text itself
  }
  const error = new Error(message || `HTTP ${response.status} ${response.statusText}`);
  (error as Error & { code?: number }).code = response.status;
  throw error;
};

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /** Called after each piece that completed rows, with every row so far (the same array, growing). */
  onRows?: (rows: unknown[]) => void;
  progressEveryMs?: number;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Reads the body to the end and returns its rows; progress at most every `progressEveryMs`. */
export const readCollection = async (response: Response, options: ReadOptions = {}): Promise<unknown[]> => {
  const { signal, onProgress, onRows, progressEveryMs = 100 } = options;
  const rows: unknown[] = [];
  if (!response.body) {
    rows.push(...new JsonArraySplitter().push(await response.text()));
    return rows;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const splitter = new JsonArraySplitter();
  const abort = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', abort);
  let bytes = 0;
  let reported = -Infinity;
  try {
    for (;;) {
      if (signal?.aborted) throw new LoadAbortedError('The load was canceled');
      const { done, value } = await reader.read();
      if (signal?.aborted) throw new LoadAbortedError('The load was canceled');
      if (done) break;
      bytes += value.byteLength;
      const added = splitter.push(decoder.decode(value, { stream: true }));
      // push(...added) would overflow the stack for huge pieces.
      for (let i = 0; i < added.length; i++) rows.push(added[i]);
      if (added.length > 0) onRows?.(rows);
      const t = now();
      if (onProgress && t - reported >= progressEveryMs) {
        reported = t;
        onProgress({ phase: 'downloading', bytes, rows: rows.length });
      }
    }
    const tail = splitter.push(decoder.decode());
    for (let i = 0; i < tail.length; i++) rows.push(tail[i]);
    const last = splitter.end();
    for (let i = 0; i < last.length; i++) rows.push(last[i]);
    onProgress?.({ phase: 'downloading', bytes, rows: rows.length });
    return rows;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
};
