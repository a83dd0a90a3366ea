/**
 * Pure URL building for the Kubernetes API as the console exposes it under
 * `/api/kubernetes`. No I/O here: the watch manager, the CRUD calls and the
 * tests all share these functions.
 */
import type { K8sModel, Selector } from '@openshift-console/dynamic-plugin-sdk';

export const K8S_PREFIX = '/api/kubernetes';

/** The console's "all namespaces" marker in useActiveNamespace. */
export const ALL_NAMESPACES_KEY = '#ALL_NS#';

export type QueryValue = string | number | boolean | undefined | null;

/** Only what URL building needs from a model. */
export type ModelPath = Pick<K8sModel, 'apiGroup' | 'apiVersion' | 'plural' | 'namespaced'>;

export interface ResourcePathOptions {
  ns?: string;
  name?: string;
  /** A subresource such as `status`, appended after the name. */
  path?: string;
}

/** `/apis/<group>/<version>` or `/api/v1` for the core group. */
export const groupVersionPath = (model: Pick<K8sModel, 'apiGroup' | 'apiVersion'>): string =>
  model.apiGroup && model.apiGroup !== 'core'
    ? `/apis/${model.apiGroup}/${model.apiVersion}`
    : `/api/${model.apiVersion}`;

/**
 * The API path of a collection or object, without the `/api/kubernetes` prefix.
 * A namespace is only used for namespaced models, and the all-namespaces key
 * means "no namespace segment" (a cluster-wide list).
 */
export const resourcePath = (model: ModelPath, opts: ResourcePathOptions = {}): string => {
  let path = groupVersionPath(model);
  const ns = opts.ns && opts.ns !== ALL_NAMESPACES_KEY ? opts.ns : undefined;
  if (model.namespaced && ns) path += `/namespaces/${encodeURIComponent(ns)}`;
  path += `/${model.plural}`;
  if (opts.name) path += `/${encodeURIComponent(opts.name)}`;
  if (opts.path) path += `/${opts.path.replace(/^\/+/, '')}`;
  return path;
};

/** Query string (with leading `?`, or '' when empty); undefined/null values are dropped, keys sorted so equal queries give equal strings. */
export const queryString = (params: Record<string, QueryValue> = {}): string => {
  const entries = Object.entries(params)
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== null && e[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '';
  return `?${entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}`;
};

/** Full URL of a resource through the console's proxy prefix. */
export const resourceURL = (
  model: ModelPath,
  opts: ResourcePathOptions & { queryParams?: Record<string, QueryValue> } = {},
): string => `${K8S_PREFIX}${resourcePath(model, opts)}${queryString(opts.queryParams)}`;

const requirement = (key: string, operator: string, values: string[] = []): string => {
  switch (operator) {
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    case 'In':
      return `${key} in (${values.join(',')})`;
    case 'NotIn':
      return `${key} notin (${values.join(',')})`;
    case 'Equals':
      return `${key}=${values[0] ?? ''}`;
    case 'NotEqual':
    case 'NotEquals':
      return `${key}!=${values[0] ?? ''}`;
    case 'GreaterThan':
      return `${key} gt ${values[0] ?? ''}`;
    case 'LessThan':
      return `${key} lt ${values[0] ?? ''}`;
    default:
      throw new Error(`Unknown label selector operator "${operator}" for key "${key}"`);
  }
};

/** A Selector ({matchLabels, matchExpressions}) as the `labelSelector` query value; '' when empty. */
export const selectorToString = (selector?: Selector | null): string => {
  if (!selector) return '';
  const parts = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const expr of selector.matchExpressions ?? []) parts.push(requirement(expr.key, expr.operator, expr.values));
  return parts.join(',');
};

/** The WebSocket URL for a watch on an HTTP(S) path, on the page's own origin. */
export const watchSocketURL = (httpPathWithQuery: string, origin: string): string => {
  const url = new URL(httpPathWithQuery, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
};
