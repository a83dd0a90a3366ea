/**
 * Access to the Forklift inventory service through the console's plugin
 * proxy (ConsolePlugin spec.proxy alias `forklift-inventory`). The console
 * adds the user's bearer token on the way.
 *
 * Right after a provider is created (or the inventory service restarts) its
 * collections answer `206 Partial Content` with what is collected so far
 * (often `[]`): that is not an answer. Every read here turns 206 into an
 * InventoryCollectingError, which the shared QueryClient retries every
 * COLLECTING_POLL_MS until the inventory is ready; pages show "still
 * collecting" while `query.failureReason` is one (isInventoryCollecting).
 */
import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import type { ProviderType } from '../k8s/types';
import { InventoryCollectingError } from './engine/loadCollection';

export { InventoryCollectingError, isInventoryCollecting } from './engine/loadCollection';

export const INVENTORY_BASE = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';

export const inventoryUrl = (path: string): string => `${INVENTORY_BASE}/${path.replace(/^\/+/, '')}`;

export const fetchInventory = async <T,>(path: string): Promise<T> => {
  const response = await consoleFetch(inventoryUrl(path));
  if (response.status === 206) throw new InventoryCollectingError(`The inventory is still being collected (${path})`);
  return (await response.json()) as T;
};

/** One provider as `/providers?detail=1` lists it. */
export interface InventoryProvider {
  uid: string;
  name: string;
  namespace: string;
  type: ProviderType;
  vmCount?: number;
  networkCount?: number;
  datastoreCount?: number;
  storageDomainCount?: number;
  volumeTypeCount?: number;
  storageClassCount?: number;
  storageCount?: number;
  hostCount?: number;
  clusterCount?: number;
  [key: string]: unknown;
}

export type InventoryProviders = Partial<Record<ProviderType, InventoryProvider[]>>;
