/**
 * The inventory data hooks: load a collection into the engine (through
 * TanStack Query, so it is cached across pages and refetched on demand) and
 * run queries over it.
 */
import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as React from 'react';
import type { ProviderType } from '../k8s/types';
import { inventoryUrl, isInventoryCollecting } from './api';
import { consoleRequestHeaders } from './consoleRequestHeaders';
import { createEngineClient, type InventoryEngineClient } from './engine/engineClient';
import { DatasetMissingError, type DatasetInfo, type QueryResult } from './engine/inventoryEngine';
import type { LoadProgress } from './engine/loadCollection';
import type { FetchLike } from './engine/openCollection';
import { collectionPath, type ResourceKindId } from './resourceKinds';

let sharedClient: InventoryEngineClient | undefined;

const LOAD_TIMEOUT_MS = 5 * 60_000; // used by the inline engine's page fetch

/** The page's fetch for the inline engine (no worker): the console's, with its headers and auth. */
const pageFetch: FetchLike = (url, init) => consoleFetch(url, init, LOAD_TIMEOUT_MS);

/** One engine (one worker) for the whole plugin, started on first use (the inventory page starts it on mount). */
export const engineClient = (): InventoryEngineClient => (sharedClient ??= createEngineClient(pageFetch));

export interface CollectionRef {
  providerType: ProviderType;
  providerUid: string;
  kind: ResourceKindId;
}

export const datasetKey = (ref: CollectionRef): string => `${ref.providerType}/${ref.providerUid}/${ref.kind}`;

const collectionKey = (ref: CollectionRef | undefined) => ['inventory', 'collection', ref?.providerType, ref?.providerUid, ref?.kind];

/** What a load in flight has to show: its progress, and the first rows when the query allows. */
export interface CollectionLoadState {
  progress?: LoadProgress;
  preview?: QueryResult;
}

/**
 * Loads a collection into the engine: the worker fetches it (with the
 * console's request headers) and stream-parses it, reporting progress and a
 * preview of `query`'s first rows. A 206 (still collecting) is retried by the
 * shared QueryClient until the inventory is ready; `cancel()` stops a load.
 */
export const useCollection = (ref: CollectionRef | undefined, query = '') => {
  const queryClient = useQueryClient();
  const [load, setLoad] = React.useState<CollectionLoadState>({});
  // The preview follows the query on screen when the load started.
  const latestQuery = React.useRef(query);
  latestQuery.current = query;
  const result = useQuery<DatasetInfo>({
    queryKey: collectionKey(ref),
    enabled: !!ref,
    staleTime: 60_000,
    gcTime: 5 * 60_000,
    // Each load is a new dataset in the engine: nothing to share with the previous one.
    structuralSharing: false,
    queryFn: async ({ signal }) => {
      if (!ref) throw new Error('No collection');
      setLoad({ progress: { phase: 'waiting', bytes: 0, rows: 0 } });
      try {
        return await engineClient().open(
          {
            key: datasetKey(ref),
            url: inventoryUrl(collectionPath(ref.providerType, ref.providerUid, ref.kind)),
            headers: consoleRequestHeaders(),
            providerType: ref.providerType,
            kind: ref.kind,
            query: latestQuery.current,
          },
          (event) =>
            setLoad((current) => (event.type === 'progress' ? { ...current, progress: event.progress } : { ...current, preview: event.result })),
          signal,
        );
      } finally {
        setLoad({});
      }
    },
  });
  const cancel = React.useCallback(() => void queryClient.cancelQueries({ queryKey: collectionKey(ref) }), [queryClient, ref]);
  /** Canceled by the person: nothing loaded, nothing loading. */
  const canceled = !!ref && result.isPending && result.fetchStatus === 'idle' && !result.isError;
  const collecting = result.isPending && isInventoryCollecting(result.failureReason);
  return { ...result, load, cancel, canceled, collecting };
};

/** The query of one result: `window` first rows come with it (the inventory page fetches the rest as it scrolls). */
const resultQuery = (info: DatasetInfo | undefined, loadedAt: number, query: string, window?: number) => ({
  queryKey: ['inventory', 'result', info?.key, loadedAt, query, window],
  staleTime: Infinity,
  gcTime: 30_000,
  retry: false,
  // Results can hold 100,000 rows: deep-comparing them with the last ones would cost more than it saves.
  structuralSharing: false,
  queryFn: () => engineClient().query(info!.key, query, window),
});

/**
 * Starts running `query` now, before the page re-renders for it, and settles
 * (never rejects) when the answer is in the cache: `useQueryResult` then
 * finds it there, or picks up the same request if it renders first.
 */
export const prefetchQueryResult = (
  queryClient: QueryClient,
  info: DatasetInfo | undefined,
  loadedAt: number,
  query: string,
  window?: number,
): Promise<void> => (info ? queryClient.prefetchQuery(resultQuery(info, loadedAt, query, window)) : Promise.resolve());

/**
 * Runs `query` over a loaded collection. If the engine dropped the collection
 * (it keeps a few), the collection query is refetched and this runs again.
 * `keepPrevious`: while a new query runs, the last result of the same
 * collection stays as placeholder data (`isPlaceholderData`), so the page
 * keeps its table mounted and only swaps the rows when the answer comes.
 */
export const useQueryResult = (
  ref: CollectionRef | undefined,
  info: DatasetInfo | undefined,
  loadedAt: number,
  query: string,
  window?: number,
  keepPrevious = false,
) => {
  const queryClient = useQueryClient();
  const result = useQuery<QueryResult, Error>({
    ...resultQuery(info, loadedAt, query, window),
    enabled: !!ref && !!info,
    placeholderData: (previous) => (keepPrevious && previous && previous.key === info?.key ? previous : undefined),
  });
  const missing = result.error instanceof DatasetMissingError;
  React.useEffect(() => {
    if (missing && ref) void queryClient.invalidateQueries({ queryKey: ['inventory', 'collection', ref.providerType, ref.providerUid, ref.kind] });
  }, [missing, ref, queryClient]);
  return result;
};
