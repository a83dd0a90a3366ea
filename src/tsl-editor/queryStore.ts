/**
 * Query history and saved queries, per provider type, in localStorage. Pure
 * list operations plus a thin storage adapter that tolerates a full, missing or
 * corrupt storage (private browsing, quota): losing history must never break
 * the page.
 */

export interface SavedQuery {
  name: string;
  query: string;
}

export interface QueryLists {
  history: string[];
  saved: SavedQuery[];
}

export const HISTORY_LIMIT = 30;
const SAVED_LIMIT = 100;

/** Most recent first, no duplicates (ignoring surrounding whitespace), at most `limit`. */
export const pushHistory = (history: readonly string[], query: string, limit = HISTORY_LIMIT): string[] => {
  const trimmed = query.trim();
  if (!trimmed) return [...history];
  return [trimmed, ...history.filter((q) => q.trim() !== trimmed)].slice(0, limit);
};

/** Adds or replaces (by name) a saved query; sorted by name for the menu. */
export const saveQuery = (saved: readonly SavedQuery[], name: string, query: string): SavedQuery[] => {
  const cleanName = name.trim();
  if (!cleanName || !query.trim()) return [...saved];
  return [...saved.filter((s) => s.name !== cleanName), { name: cleanName, query: query.trim() }]
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, SAVED_LIMIT);
};

export const removeSavedQuery = (saved: readonly SavedQuery[], name: string): SavedQuery[] => saved.filter((s) => s.name !== name);

/** The part of the Storage interface we use, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const storageKey = (providerType: string): string => `forklift-console-plugin/tsl-queries/${providerType}`;

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isSavedArray = (v: unknown): v is SavedQuery[] =>
  Array.isArray(v) && v.every((x) => x && typeof x.name === 'string' && typeof x.query === 'string');

export const readQueryLists = (store: KeyValueStore | undefined, providerType: string): QueryLists => {
  try {
    const parsed = JSON.parse(store?.getItem(storageKey(providerType)) ?? 'null') as Partial<QueryLists> | null;
    return {
      history: isStringArray(parsed?.history) ? parsed.history.slice(0, HISTORY_LIMIT) : [],
      saved: isSavedArray(parsed?.saved) ? parsed.saved : [],
    };
  } catch {
    return { history: [], saved: [] };
  }
};

/** Returns false when the browser refused to store (quota, disabled storage). */
export const writeQueryLists = (store: KeyValueStore | undefined, providerType: string, lists: QueryLists): boolean => {
  try {
    store?.setItem(storageKey(providerType), JSON.stringify(lists));
    return !!store;
  } catch {
    return false;
  }
};

/** window.localStorage when it exists and may be touched (it throws in some sandboxed frames). */
export const browserStore = (): KeyValueStore | undefined => {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
};
