/**
 * Access to the Forklift inventory service through the console's plugin
 * proxy (ConsolePlugin spec.proxy alias `forklift-inventory`). The console
 * adds the user's bearer token on the way.
 */
import { consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import type { ProviderType } from '../k8s/types';

export const INVENTORY_BASE = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';

export const inventoryUrl = (path: string): string => `${INVENTORY_BASE}/${path.replace(/^\/+/, '')}`;

export const fetchInventory = <T,>(path: string): Promise<T> => consoleFetchJSON(inventoryUrl(path)) as Promise<T>;

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
