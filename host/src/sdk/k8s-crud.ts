/**
 * k8sGet / k8sList / k8sCreate / k8sUpdate / k8sPatch / k8sDelete in the SDK's
 * object-argument forms. Failures reject with HttpError carrying the Status.
 */
import type { K8sModel, K8sResourceCommon, Patch, Selector } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './console-fetch';
import { resourceURL, selectorToString, type QueryValue } from './k8s-url';
import { getAPIVersionForModel } from './refs';

type Query = Record<string, QueryValue>;

interface Base {
  model: K8sModel;
  name?: string;
  ns?: string;
  path?: string;
  queryParams?: Query;
  requestInit?: RequestInit;
}

export const k8sGet = <R extends K8sResourceCommon>({ model, name, ns, path, queryParams, requestInit }: Base): Promise<R> =>
  consoleFetchJSON(resourceURL(model, { ns, name, path, queryParams }), 'GET', requestInit);

export const k8sCreate = <R extends K8sResourceCommon>({ model, data, ns, path, queryParams }: Base & { data: R }): Promise<R> =>
  consoleFetchJSON.post(resourceURL(model, { ns: data.metadata?.namespace ?? ns, path, queryParams }), data);

export const k8sUpdate = <R extends K8sResourceCommon>({ model, data, ns, name, path, queryParams }: Base & { data: R }): Promise<R> =>
  consoleFetchJSON.put(
    resourceURL(model, { ns: ns ?? data.metadata?.namespace, name: name ?? data.metadata?.name, path, queryParams }),
    data,
  );

export const k8sPatch = <R extends K8sResourceCommon>({ model, resource, data, path, queryParams }: Base & { resource: R; data: Patch[] }): Promise<R> =>
  consoleFetchJSON.patch(
    resourceURL(model, { ns: resource.metadata?.namespace, name: resource.metadata?.name, path, queryParams }),
    data,
  );

export const k8sDelete = <R extends K8sResourceCommon>({
  model,
  resource,
  path,
  queryParams,
  requestInit,
  json,
}: Base & { resource: R; json?: Record<string, unknown> }): Promise<R> =>
  consoleFetchJSON.delete(
    resourceURL(model, { ns: resource.metadata?.namespace, name: resource.metadata?.name, path, queryParams }),
    json ?? (model.propagationPolicy ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy } : undefined),
    requestInit,
  );

/**
 * Lists a collection. As in the console, `queryParams.ns` picks the namespace,
 * `queryParams.labelSelector` may be a Selector object, items get kind and
 * apiVersion (lists leave them out), and the items are returned unless `raw`.
 */
export const k8sList = async <R extends K8sResourceCommon>({
  model,
  queryParams = {},
  requestInit,
  raw,
}: {
  model: K8sModel;
  queryParams?: Record<string, unknown>;
  requestInit?: RequestInit;
  raw?: boolean;
}): Promise<R[] | (K8sResourceCommon & { items: R[] })> => {
  const { ns, labelSelector, ...rest } = queryParams;
  const query: Query = { ...(rest as Query) };
  if (labelSelector) query.labelSelector = typeof labelSelector === 'string' ? labelSelector : selectorToString(labelSelector as Selector);
  const list = await consoleFetchJSON(resourceURL(model, { ns: ns as string | undefined, queryParams: query }), 'GET', requestInit);
  const items: R[] = (list.items ?? []).map((i: R) => ({ kind: model.kind, apiVersion: getAPIVersionForModel(model), ...i }));
  return raw ? { ...list, items } : items;
};

export const k8sListItems = async <R extends K8sResourceCommon>(options: Parameters<typeof k8sList>[0]): Promise<R[]> => {
  const result = await k8sList<R>({ ...options, raw: false });
  return Array.isArray(result) ? result : result.items;
};
