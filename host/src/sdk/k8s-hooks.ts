/**
 * useK8sModel(s), useK8sWatchResource(s): thin React adapters over the
 * discovery store and the shared watch registry (runtime.ts).
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { K8sGroupVersionKind, K8sModel, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { HttpError } from './http-error';
import { resourcePath, selectorToString } from './k8s-url';
import { getAPIVersionForModel, getReference, transformGroupVersionKindToReference } from './refs';
import { discovery, watches, withOverrides } from './runtime';
import { watchKey, type WatchRequest, type WatchSnapshot } from './watch-manager';

const normalizeRef = (ref: string): string => (ref.includes('~') ? ref : getReference({ version: 'v1', kind: ref }));

export const useK8sModels = (): [Record<string, K8sModel>, boolean] => {
  const [models, loaded] = useSyncExternalStore(discovery.subscribe, discovery.getSnapshot);
  // inFlight is the second element in the console's API: true while discovery is still loading.
  return [models, !loaded];
};

/** [model, inFlight]: the model is undefined when the cluster does not serve the kind. */
export const useK8sModel = (groupVersionKind?: string | K8sGroupVersionKind): [K8sModel | undefined, boolean] => {
  const snapshot = useSyncExternalStore(discovery.subscribe, discovery.getSnapshot);
  const loaded = snapshot[1];
  const ref = groupVersionKind ? normalizeRef(transformGroupVersionKindToReference(groupVersionKind)) : undefined;
  // The snapshot changes identity when discovery finishes or model metadata is applied.
  const model = useMemo(() => (ref ? withOverrides(ref, discovery.find(ref)) : undefined), [ref, snapshot]); // eslint-disable-line react-hooks/exhaustive-deps
  return [model, !loaded];
};

type Resolved = { request: WatchRequest } | { error: unknown } | { pending: true } | { none: true };

const resolveRequest = (resource: WatchK8sResource | null | undefined, discoveryLoaded: boolean): Resolved => {
  if (!resource) return { none: true };
  const gvk = resource.groupVersionKind ?? resource.kind;
  if (!gvk) return { error: new Error('useK8sWatchResource needs groupVersionKind') };
  const ref = normalizeRef(transformGroupVersionKindToReference(gvk));
  const model = discovery.find(ref);
  if (!model) {
    if (!discoveryLoaded) return { pending: true };
    return { error: new HttpError(`The cluster does not serve ${ref}`, 404) };
  }
  return {
    request: {
      path: resourcePath(model, { ns: model.namespaced ? resource.namespace : undefined }),
      name: resource.isList ? undefined : resource.name,
      labelSelector: selectorToString(resource.selector) || undefined,
      fieldSelector: resource.fieldSelector || undefined,
      limit: resource.limit,
      typeMeta: { kind: model.kind, apiVersion: getAPIVersionForModel(model) },
    },
  };
};

const NONE: WatchSnapshot = Object.freeze({ data: undefined, loaded: true, error: undefined });
const PENDING_LIST: WatchSnapshot = Object.freeze({ data: [], loaded: false, error: undefined });
const PENDING_ONE: WatchSnapshot = Object.freeze({ data: undefined, loaded: false, error: undefined });

const useResolved = (resource: WatchK8sResource | null | undefined): Resolved => {
  const [, loaded] = useSyncExternalStore(discovery.subscribe, discovery.getSnapshot);
  // The caller usually passes a fresh object each render: key on its content.
  const contentKey = JSON.stringify(resource ?? null);
  return useMemo(() => resolveRequest(resource, loaded), [contentKey, loaded]); // eslint-disable-line react-hooks/exhaustive-deps
};

const snapshotOf = (resolved: Resolved, isList: boolean): (() => WatchSnapshot) => {
  if ('request' in resolved) return () => watches.getSnapshot(resolved.request);
  if ('error' in resolved) {
    const s: WatchSnapshot = { data: isList ? [] : undefined, loaded: false, error: resolved.error };
    return () => s;
  }
  if ('pending' in resolved) return () => (isList ? PENDING_LIST : PENDING_ONE);
  return () => NONE;
};

export const useK8sWatchResource = <R>(resource: WatchK8sResource | null | undefined): [R, boolean, unknown] => {
  const resolved = useResolved(resource);
  const isList = !!resource?.isList;
  const key = 'request' in resolved ? watchKey(resolved.request) : '';
  const subscribe = useCallback(
    (listener: () => void) => ('request' in resolved ? watches.subscribe(resolved.request, listener) : () => {}),
    [key], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const getSnapshot = useMemo(() => snapshotOf(resolved, isList), [resolved, isList]);
  const snap = useSyncExternalStore(subscribe, getSnapshot);
  return [snap.data as R, snap.loaded, snap.error];
};

type Results = Record<string, { data: unknown; loaded: boolean; loadError: unknown }>;

/** Several watches at once; `resources` is keyed by the caller's names. */
export const useK8sWatchResources = (resources: Record<string, WatchK8sResource>): Results => {
  const [, loaded] = useSyncExternalStore(discovery.subscribe, discovery.getSnapshot);
  const contentKey = JSON.stringify(resources ?? {});
  const entries = useMemo(
    () => Object.entries(resources ?? {}).map(([name, r]) => [name, resolveRequest(r, loaded), !!r.isList] as const),
    [contentKey, loaded], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const subscribe = useCallback(
    (listener: () => void) => {
      const offs = entries.flatMap(([, r]) => ('request' in r ? [watches.subscribe(r.request, listener)] : []));
      return () => offs.forEach((off) => off());
    },
    [entries],
  );
  const last = useRef<{ parts: WatchSnapshot[]; result: Results } | undefined>(undefined);
  const getSnapshot = useCallback((): Results => {
    const parts = entries.map(([, r, isList]) => snapshotOf(r, isList)());
    const prev = last.current;
    if (prev && prev.parts.length === parts.length && prev.parts.every((p, i) => p === parts[i])) return prev.result;
    const result: Results = {};
    entries.forEach(([name], i) => {
      result[name] = { data: parts[i].data, loaded: parts[i].loaded, loadError: parts[i].error };
    });
    last.current = { parts, result };
    return result;
  }, [entries]);
  return useSyncExternalStore(subscribe, getSnapshot);
};
