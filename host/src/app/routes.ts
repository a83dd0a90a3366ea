/**
 * Route table from page extensions, as the console mounts them:
 *   console.page/route            -> its path(s); `exact: false` also matches below it
 *   console.page/resource/list    -> /k8s/ns/:ns/<ref> and /k8s/all-namespaces/<ref>
 *                                    (cluster-scoped models: /k8s/cluster/<ref>)
 *   console.page/resource/details -> /k8s/ns/:ns/<ref>/:name/* (/k8s/cluster/<ref>/:name/*)
 */
import { getReference } from '../sdk/refs';
import type { ModelRef } from './nav';

export interface PageExt {
  uid: string;
  type: 'console.page/route' | 'console.page/resource/list' | 'console.page/resource/details' | string;
  path?: string | string[];
  exact?: boolean;
  model?: ModelRef;
}

export interface RouteSpec {
  key: string;
  path: string;
  /** Index of the extension the route renders. */
  uid: string;
  kind: 'page' | 'list' | 'details';
  /** The resource reference for list and details pages. */
  ref?: string;
}

export const routesFor = (ext: PageExt, namespaced: (m: ModelRef) => boolean = () => true): RouteSpec[] => {
  if (ext.type === 'console.page/route') {
    const paths = ext.path === undefined ? [] : Array.isArray(ext.path) ? ext.path : [ext.path];
    return paths.map((p) => ({ key: `${ext.uid}:${p}`, uid: ext.uid, kind: 'page', path: ext.exact ? p : `${p.replace(/\/+$/, '')}/*` }));
  }
  if (!ext.model) return [];
  const ref = getReference({ group: ext.model.group, version: ext.model.version ?? 'v1', kind: ext.model.kind });
  const isNamespaced = namespaced(ext.model);
  if (ext.type === 'console.page/resource/list') {
    const paths = isNamespaced ? [`/k8s/ns/:ns/${ref}`, `/k8s/all-namespaces/${ref}`] : [`/k8s/cluster/${ref}`];
    return paths.map((path) => ({ key: `${ext.uid}:${path}`, uid: ext.uid, kind: 'list', path, ref }));
  }
  if (ext.type === 'console.page/resource/details') {
    const path = isNamespaced ? `/k8s/ns/:ns/${ref}/:name/*` : `/k8s/cluster/${ref}/:name/*`;
    return [{ key: `${ext.uid}:${path}`, uid: ext.uid, kind: 'details', path, ref }];
  }
  return [];
};
