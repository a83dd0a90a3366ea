/**
 * The host's process-wide singletons behind the SDK hooks: API discovery and
 * the shared watch registry, wired to the browser's fetch and WebSocket.
 */
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './console-fetch';
import { DiscoveryStore } from './discovery';
import { watchSocketURL } from './k8s-url';
import { WatchRegistry, type SocketLike } from './watch-manager';

export const discovery = new DiscoveryStore((url) => consoleFetchJSON(url));

export const watches = new WatchRegistry({
  getJSON: (url) => consoleFetchJSON(url),
  // The browser WebSocket has the handler properties SocketLike names; only the event types are wider.
  openSocket: (path) => new WebSocket(watchSocketURL(path, window.location.origin)) as unknown as SocketLike,
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (h) => window.clearTimeout(h as number),
});

/**
 * Model metadata from `console.model-metadata` extensions (label, abbr, color),
 * laid over discovered models the way the console does. Set by the host once
 * the plugin is loaded.
 */
let modelOverrides: Record<string, Partial<K8sModel>> = {};
export const setModelOverrides = (overrides: Record<string, Partial<K8sModel>>): void => {
  modelOverrides = overrides;
  discovery.touch();
};
export const withOverrides = (ref: string, model: K8sModel | undefined): K8sModel | undefined =>
  model && modelOverrides[ref] ? { ...model, ...modelOverrides[ref] } : model;
