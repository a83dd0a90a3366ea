/**
 * Pure pieces of the load progress display: how many rows to expect (the
 * provider's counts from `/providers?detail=1`), the percentage and the words.
 */
import type { InventoryProvider } from './api';
import type { LoadProgress } from './engine/loadCollection';
import type { ResourceKindId } from './resourceKinds';

/** The `/providers` count field for a collection, where the inventory reports one. */
const COUNT_FIELD: Partial<Record<ResourceKindId, string>> = {
  vms: 'vmCount',
  hosts: 'hostCount',
  clusters: 'clusterCount',
  networks: 'networkCount',
  datastores: 'datastoreCount',
  storagedomains: 'storageDomainCount',
  volumetypes: 'volumeTypeCount',
  storageclasses: 'storageClassCount',
  storages: 'storageCount',
};

export const expectedRows = (provider: InventoryProvider | undefined, kind: ResourceKindId | undefined): number | undefined => {
  const field = kind ? COUNT_FIELD[kind] : undefined;
  const value = field && provider ? provider[field] : undefined;
  return typeof value === 'number' && value > 0 ? value : undefined;
};

/** Percent done: rows against the expected count while downloading (at most 99 until indexed). */
export const progressPercent = (progress: LoadProgress | undefined, expected: number | undefined): number | undefined => {
  if (!progress || expected === undefined) return undefined;
  if (progress.phase === 'waiting') return 0;
  if (progress.phase === 'indexing') return 99;
  return Math.min(98, Math.floor((progress.rows / expected) * 100));
};

/** 1536 → "1.5 KB", 25_000_000 → "23.8 MB". */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
};
