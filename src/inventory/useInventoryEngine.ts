/**
 * The inventory data hooks: load a collection into the engine (through
 * TanStack Query, so it is cached across pages and refetched on demand) and
 * run queries over it.
 */
import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import * as React from 'react';
import type { ProviderType } from '../k8s/types';
import { inventoryUrl } from './api';
import { createEngineClient, type InventoryEngineClient } from './engine/engineClient';
import { DatasetMissingError, type DatasetInfo, type QueryResult } from './engine/inventoryEngine';
import { collectionPath, type ResourceKindId } from './resourceKinds';

let sharedClient: InventoryEngineClient | undefined;

/** One engine (one worker) for the whole plugin, started on first use. */
export const engineClient = (): InventoryEngineClient => (sharedClient ??= createEngineClient());

export interface CollectionRef {
  providerType: ProviderType;
  providerUid: string;
  kind: ResourceKindId;
}

export const datasetKey = (ref: CollectionRef): string => `${ref.providerType}/${ref.providerUid}/${ref.kind}`;

const LOAD_TIMEOUT_MS = 5 * 60_000; // 100,000 VMs at detail=4 are tens of megabytes

/**
 * Fetches the collection on this thread through the console's fetch (it
 * carries the console's auth and CSRF handling, which a worker could not) and
 * hands the raw bytes to the engine, which parses them off this thread.
 */
export const useCollection = (ref: CollectionRef | undefined) =>
  useQuery<DatasetInfo>({
    queryKey: ['inventory', 'collection', ref?.providerType, ref?.providerUid, ref?.kind],
    enabled: !!ref,
    staleTime: 60_000,
    gcTime: 5 * 60_000,
    // Each load is a new dataset in the engine: nothing to share with the previous one.
    structuralSharing: false,
    queryFn: async ({ signal }) => {
      if (!ref) throw new Error('No collection');
      const response = await consoleFetch(inventoryUrl(collectionPath(ref.providerType, ref.providerUid, ref.kind)), { signal }, LOAD_TIMEOUT_MS);
      const body = await response.arrayBuffer();
      return engineClient().load(datasetKey(ref), body, ref.providerType, ref.kind);
    },
  });

/**
 * Runs `query` over a loaded collection. If the engine dropped the collection
 * (it keeps a few), the collection query is refetched and this runs again.
 */
export const useQueryResult = (ref: CollectionRef | undefined, info: DatasetInfo | undefined, loadedAt: number, query: string) => {
  const queryClient = useQueryClient();
  const result = useQuery<QueryResult, Error>({
    queryKey: ['inventory', 'result', info?.key, loadedAt, query],
    enabled: !!ref && !!info,
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
    // Results can hold 100,000 rows: deep-comparing them with the last ones would cost more than it saves.
    structuralSharing: false,
    queryFn: () => engineClient().query(info!.key, query),
  });
  const missing = result.error instanceof DatasetMissingError;
  React.useEffect(() => {
    if (missing && ref) void queryClient.invalidateQueries({ queryKey: ['inventory', 'collection', ref.providerType, ref.providerUid, ref.kind] });
  }, [missing, ref, queryClient]);
  return result;
};
