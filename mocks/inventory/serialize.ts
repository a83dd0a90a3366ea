/**
 * Turns inventory items into response JSON at a detail level. Full-detail
 * lists are shallow-copied with their selfLink and stringified in one call:
 * measured faster than stringifying item by item and splicing strings.
 */
import type { InventoryItem } from './types';

/** Fields kept at detail=0, when the item has them (upstream keeps identity and placement only). */
const SUMMARY_FIELDS = ['uid', 'version', 'namespace', 'name', 'id', 'parent', 'path', 'type'] as const;

export type DetailLevel = 0 | 1;

/** `detail=0` (or absent) is the summary; any higher level or `all` is the full object. */
export function detailLevel(param: string | null): DetailLevel {
  if (param === null || param === '' || param === '0') return 0;
  return 1;
}

export function summary(item: InventoryItem, selfLink: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of SUMMARY_FIELDS) if (item[field] !== undefined) out[field] = item[field];
  out.selfLink = selfLink;
  return out;
}

function withLink(item: InventoryItem, selfLink: string, level: DetailLevel): Record<string, unknown> {
  return level === 0 ? summary(item, selfLink) : { selfLink, ...item };
}

export function itemJson(item: InventoryItem, selfLink: string, level: DetailLevel): string {
  return JSON.stringify(withLink(item, selfLink, level));
}

export function listJson(items: readonly InventoryItem[], linkOf: (item: InventoryItem) => string, level: DetailLevel): string {
  return JSON.stringify(items.map((item) => withLink(item, linkOf(item), level)));
}
