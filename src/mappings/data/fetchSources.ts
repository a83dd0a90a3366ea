/** Loads what toSources needs from the inventory service (through src/inventory/api.ts). */
import { fetchInventory } from '../../inventory/api';
import type { ProviderType } from '../../k8s/types';
import type { MappingKind } from '../editor/types';
import { HELPER_COLLECTIONS, SOURCE_COLLECTION, toSources, type SourceInventory, type SourceItem } from './sourceResources';

type Fetch = <T>(path: string) => Promise<T>;

export async function fetchSources(type: ProviderType, uid: string, kind: MappingKind, fetch: Fetch = fetchInventory): Promise<SourceItem[]> {
  const base = `providers/${type}/${uid}`;
  const list = async (collection: string) => {
    const body = await fetch<unknown>(`${base}/${collection}?detail=4`);
    return (Array.isArray(body) ? body : []) as SourceInventory['resources'];
  };
  const helperNames = HELPER_COLLECTIONS[type]?.[kind] ?? [];
  const [resources, vms, ...helpers] = await Promise.all([list(SOURCE_COLLECTION[type][kind]), list('vms'), ...helperNames.map(list)]);
  return toSources(type, kind, { resources, vms, helpers: Object.fromEntries(helperNames.map((n, i) => [n, helpers[i]])) });
}
