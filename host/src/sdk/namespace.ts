/**
 * The active namespace (useActiveNamespace). The host keeps it in step with the
 * URL: the namespace selector and `/k8s/ns/<ns>/...` routes both write it, and a
 * plugin calling the setter moves the URL through the host's navigator.
 */
import { useSyncExternalStore } from 'react';
import { ALL_NAMESPACES_KEY } from './k8s-url';

const STORAGE_KEY = 'forklift-host.active-namespace';

const initial = (): string => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) || ALL_NAMESPACES_KEY;
  } catch {
    return ALL_NAMESPACES_KEY;
  }
};

let active = typeof window === 'undefined' ? ALL_NAMESPACES_KEY : initial();
const listeners = new Set<() => void>();
let navigator: ((ns: string) => void) | undefined;

export const getActiveNamespace = (): string => active;

/** Updates the store only (used by the host when the URL already says which namespace). */
export const setActiveNamespaceState = (ns: string): void => {
  if (ns === active) return;
  active = ns;
  try {
    window.localStorage.setItem(STORAGE_KEY, ns);
  } catch {
    // private mode: keep it in memory
  }
  listeners.forEach((l) => l());
};

/** The host registers how a namespace change moves the URL. */
export const setNamespaceNavigator = (fn: ((ns: string) => void) | undefined): void => {
  navigator = fn;
};

/** What a plugin's setter does: change the state and let the host update the URL. */
export const setActiveNamespace = (ns: string): void => {
  setActiveNamespaceState(ns);
  navigator?.(ns);
};

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useActiveNamespace = (): [string, (ns: string) => void] => [
  useSyncExternalStore(subscribe, getActiveNamespace),
  setActiveNamespace,
];
