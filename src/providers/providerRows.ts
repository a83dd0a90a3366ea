/**
 * Pure logic behind the Providers list: joins Provider resources with the
 * inventory's counts and derives a status a person can read.
 */
import { blockingConditions, findCondition } from '../k8s/conditions';
import type { ProviderType, V1beta1Provider } from '../k8s/types';
import type { InventoryProvider, InventoryProviders } from '../inventory/api';

export type ProviderPhase = 'Ready' | 'Staging' | 'ConnectionFailed' | 'ValidationFailed' | 'Unknown';

export interface ProviderStatus {
  phase: ProviderPhase;
  /** Why the provider is not Ready, from the blocking condition's message. */
  message?: string;
}

export interface InventoryCounts {
  vms?: number;
  networks?: number;
  storage?: number;
  hosts?: number;
}

export interface ProviderRow {
  uid: string;
  name: string;
  namespace: string;
  type: ProviderType | undefined;
  url: string;
  /** True for the local cluster: an OpenShift provider with no URL. */
  isHost: boolean;
  status: ProviderStatus;
  counts: InventoryCounts | undefined;
  provider: V1beta1Provider;
}

const KNOWN_PHASES: readonly ProviderPhase[] = ['Ready', 'Staging', 'ConnectionFailed', 'ValidationFailed'];

export const providerStatus = (provider: V1beta1Provider): ProviderStatus => {
  const conditions = provider.status?.conditions;
  const phase = provider.status?.phase;
  const blocking = blockingConditions(conditions)[0];
  if (phase && (KNOWN_PHASES as readonly string[]).includes(phase)) {
    return { phase: phase as ProviderPhase, message: phase === 'Ready' ? undefined : blocking?.message };
  }
  if (!provider.status) return { phase: 'Staging' };
  if (findCondition(conditions, 'Ready')?.status === 'True') return { phase: 'Ready' };
  if (blocking) return { phase: 'ValidationFailed', message: blocking.message };
  return { phase: phase ? 'Unknown' : 'Staging' };
};

/** The storage count is named after what the provider type calls storage. */
const storageCount = (p: InventoryProvider): number | undefined =>
  p.datastoreCount ?? p.storageDomainCount ?? p.volumeTypeCount ?? p.storageClassCount ?? p.storageCount;

export const countsFor = (p: InventoryProvider | undefined): InventoryCounts | undefined =>
  p && { vms: p.vmCount, networks: p.networkCount, storage: storageCount(p), hosts: p.hostCount };

/** Index inventory entries by provider uid. */
export const indexInventory = (inventory: InventoryProviders | undefined): Map<string, InventoryProvider> => {
  const byUid = new Map<string, InventoryProvider>();
  for (const list of Object.values(inventory ?? {})) {
    for (const entry of list ?? []) byUid.set(entry.uid, entry);
  }
  return byUid;
};

export const toProviderRows = (
  providers: readonly V1beta1Provider[],
  inventory: InventoryProviders | undefined,
): ProviderRow[] => {
  const byUid = indexInventory(inventory);
  return providers.map((provider) => {
    const uid = provider.metadata?.uid ?? '';
    const type = provider.spec?.type;
    const url = provider.spec?.url ?? '';
    return {
      uid,
      name: provider.metadata?.name ?? '',
      namespace: provider.metadata?.namespace ?? '',
      type,
      url,
      isHost: type === 'openshift' && url === '',
      status: providerStatus(provider),
      counts: countsFor(byUid.get(uid)),
      provider,
    };
  });
};

export type ProviderSortKey = 'name' | 'namespace' | 'type' | 'status' | 'url' | 'vms' | 'networks' | 'storage' | 'hosts';

const sortValue = (row: ProviderRow, key: ProviderSortKey): string | number => {
  switch (key) {
    case 'vms':
    case 'networks':
    case 'storage':
    case 'hosts':
      return row.counts?.[key] ?? -1;
    case 'status':
      return row.status.phase;
    case 'type':
      return row.type ?? '';
    default:
      return row[key];
  }
};

export const sortProviderRows = (rows: readonly ProviderRow[], key: ProviderSortKey, direction: 'asc' | 'desc'): ProviderRow[] => {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return cmp !== 0 ? sign * cmp : a.name.localeCompare(b.name);
  });
};

export interface ProviderFilter {
  text: string;
  types: readonly ProviderType[];
}

export const filterProviderRows = (rows: readonly ProviderRow[], filter: ProviderFilter): ProviderRow[] => {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!needle || row.name.toLowerCase().includes(needle) || row.url.toLowerCase().includes(needle)) &&
      (filter.types.length === 0 || (row.type !== undefined && filter.types.includes(row.type))),
  );
};
