/**
 * The pure part of a Kubernetes list+watch: the object set, the resourceVersion
 * to resume from, and what each watch event does to them. The watch manager
 * owns timers and sockets; this file decides.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export interface WatchState {
  /** Objects keyed by namespace/name, in first-seen order (the list's order). */
  readonly items: ReadonlyMap<string, K8sResourceCommon>;
  /** Where to resume watching: the list's RV, then each event's RV. */
  readonly resourceVersion?: string;
}

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR' | string;
  object?: K8sResourceCommon & { code?: number; reason?: string; message?: string };
}

/**
 * - `changed`: items changed, tell subscribers.
 * - `progress`: only the resume point moved (BOOKMARK).
 * - `expired`: the server no longer has our resourceVersion (410): relist now.
 * - `error`: the server reported another error: relist after a back-off.
 * - `ignored`: an event we do not understand.
 */
export type WatchEffect = 'changed' | 'progress' | 'expired' | 'error' | 'ignored';

export const objectKey = (obj: K8sResourceCommon): string =>
  `${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`;

export const stateFromList = (items: K8sResourceCommon[], resourceVersion?: string): WatchState => ({
  items: new Map(items.map((o) => [objectKey(o), o])),
  resourceVersion,
});

export const applyWatchEvent = (
  state: WatchState,
  event: WatchEvent,
): { state: WatchState; effect: WatchEffect; message?: string } => {
  const obj = event.object;
  const rv = obj?.metadata?.resourceVersion ?? state.resourceVersion;
  switch (event.type) {
    case 'ADDED':
    case 'MODIFIED': {
      if (!obj) return { state, effect: 'ignored' };
      const items = new Map(state.items);
      items.set(objectKey(obj), obj);
      return { state: { items, resourceVersion: rv }, effect: 'changed' };
    }
    case 'DELETED': {
      if (!obj) return { state, effect: 'ignored' };
      const items = new Map(state.items);
      items.delete(objectKey(obj));
      return { state: { items, resourceVersion: rv }, effect: 'changed' };
    }
    case 'BOOKMARK':
      return { state: { items: state.items, resourceVersion: rv }, effect: 'progress' };
    case 'ERROR': {
      // The object is a Status, not a resource: its resourceVersion means nothing.
      const expired = obj?.code === 410 || obj?.reason === 'Expired' || obj?.reason === 'Gone';
      return { state, effect: expired ? 'expired' : 'error', message: obj?.message };
    }
    default:
      return { state, effect: 'ignored' };
  }
};

/** Exponential back-off for reconnects and relists: 1 s, 2 s, 4 s ... capped at 30 s. */
export const backoffDelay = (attempt: number, baseMs = 1000, maxMs = 30000): number =>
  Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
