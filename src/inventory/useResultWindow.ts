/**
 * The inventory page's rows by window: a result arrives with its first rows
 * only (RESULT_WINDOW), and the rows the table scrolls to are fetched from the
 * query worker in chunks and kept here until the result or its sort changes.
 * A query change at 100,000 VMs so copies a few kilobytes, not every matching
 * row's cells (issue 8, section 2).
 */
import * as React from 'react';
import type { QueryResult } from './engine/inventoryEngine';
import type { RowSource, SourceRow } from './rowSource';
import { engineClient } from './useInventoryEngine';

/** Rows sent with a result: more than a screenful with overscan, small enough to copy in well under a frame. */
export const RESULT_WINDOW = 200;
const CHUNK = 200;

interface Cache {
  rows: Map<number, SourceRow>;
  pending: Set<number>;
}

/**
 * `orderVersion` counts header sorts applied in the worker: each one makes the
 * cached positions wrong, so it starts a new cache (0 = query order, in which
 * the result's own first rows are already known).
 */
export const useResultWindow = (result: QueryResult, orderVersion: number, onError: (e: unknown) => void): RowSource => {
  const [arrived, setArrived] = React.useState(0);
  const cache = React.useMemo<Cache>(() => {
    const rows = new Map<number, SourceRow>();
    if (orderVersion === 0) result.rows.forEach((cells, index) => rows.set(index, { index, cells }));
    return { rows, pending: new Set() };
  }, [result, orderVersion]);
  const current = React.useRef(cache);
  current.current = cache;
  const errorRef = React.useRef(onError);
  errorRef.current = onError;

  return React.useMemo<RowSource>(
    () => ({
      count: result.rowCount,
      at: (position) => cache.rows.get(position),
      want: (start, end) => {
        const stop = Math.min(end, result.rowCount);
        for (let chunk = Math.floor(start / CHUNK); chunk * CHUNK < stop; chunk++) {
          const from = chunk * CHUNK;
          const to = Math.min(from + CHUNK, result.rowCount);
          if (cache.pending.has(chunk)) continue;
          let complete = true;
          for (let p = from; p < to && complete; p++) complete = cache.rows.has(p);
          if (complete) continue;
          cache.pending.add(chunk);
          engineClient()
            .rows(result.key, result.query, from, to)
            .then((window) => {
              // A window for a result or sort the table no longer shows is dropped.
              if (current.current !== cache) return;
              window.rows.forEach((cells, i) => cache.rows.set(window.start + i, { index: window.indices[i], cells }));
              setArrived((n) => n + 1);
            })
            .catch((e: unknown) => {
              cache.pending.delete(chunk);
              if (current.current === cache) errorRef.current(e);
            });
        }
      },
    }),
    // `arrived` gives the table a new source (and a render) when rows come in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cache, result, arrived],
  );
};
