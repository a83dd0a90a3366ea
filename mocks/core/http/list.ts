/** Filtering and paging of lists: limit + opaque continue tokens keyed on namespace/name. */
import type { K8sObject } from '../contract';
import type { Predicate } from '../selectors';
import { badRequest } from '../status';

export interface Page {
  items: K8sObject[];
  continueToken?: string;
  remainingItemCount?: number;
}

const keyOf = (o: K8sObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

// btoa/atob rather than Buffer: this core may also run in a browser (msw).
const toBase64Url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (token: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(token.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

export function encodeContinue(lastKey: string, resourceVersion: number): string {
  return toBase64Url(JSON.stringify({ v: 'meta.k8s.io/v1', rv: resourceVersion, start: lastKey }));
}

function decodeContinue(token: string): string {
  try {
    const parsed = JSON.parse(fromBase64Url(token)) as { start?: unknown };
    if (typeof parsed.start !== 'string') throw new Error('no start key');
    return parsed.start;
  } catch {
    throw badRequest(`continue key is not valid: ${token}`);
  }
}

/** `sorted` must be ordered by namespace/name (the store's snapshot order). */
export function paginate(sorted: K8sObject[], predicate: Predicate, limit: number | undefined, continueToken: string | undefined, resourceVersion: number): Page {
  const after = continueToken ? decodeContinue(continueToken) : undefined;
  const matching = sorted.filter((o) => (after === undefined || keyOf(o) > after) && predicate(o));
  if (!limit || limit <= 0 || matching.length <= limit) return { items: matching };
  const items = matching.slice(0, limit);
  return {
    items,
    continueToken: encodeContinue(keyOf(items[items.length - 1]), resourceVersion),
    remainingItemCount: matching.length - limit,
  };
}
