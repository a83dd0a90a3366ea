/**
 * Indexing helpers shared by the per-type provider inventories: lazily built
 * id/name maps so a lookup in a 100,000-VM inventory is O(1).
 */
import type { InventoryItem, InventoryRef } from './types';

export interface Index<T extends { id: string; name: string }> {
  byId(id: string): T | undefined;
  byName(name: string): T | undefined;
  find(ref: InventoryRef): T | undefined;
}

export function createIndex<T extends { id: string; name: string; namespace?: unknown }>(items: () => readonly T[]): Index<T> {
  let ids: Map<string, T> | undefined;
  let names: Map<string, T> | undefined;
  const build = () => {
    ids = new Map();
    names = new Map();
    for (const item of items()) {
      ids.set(item.id, item);
      const ns = typeof item.namespace === 'string' ? item.namespace : '';
      if (ns) names.set(`${ns}/${item.name}`, item);
      if (!names.has(item.name)) names.set(item.name, item);
    }
  };
  const byId = (id: string) => {
    if (!ids) build();
    return ids!.get(id);
  };
  const byName = (name: string) => {
    if (!names) build();
    return names!.get(name);
  };
  return {
    byId,
    byName,
    find: (ref) => (ref.id ? byId(ref.id) : undefined) ?? (ref.name ? byName(ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name) : undefined),
  };
}

export function asItems<T extends object>(items: readonly T[]): readonly InventoryItem[] {
  return items as unknown as readonly InventoryItem[];
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
