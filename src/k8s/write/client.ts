/**
 * The calls the write layer makes, as an interface so tests can pass the
 * host's implementation (or a scripted one) while the plugin uses the console
 * SDK's k8sCreate / k8sPatch / k8sDelete / k8sGet.
 */
import { k8sCreate, k8sDelete, k8sGet, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, K8sResourceCommon, Patch } from '@openshift-console/dynamic-plugin-sdk';

export interface WriteClient {
  create<R extends K8sResourceCommon>(model: K8sModel, data: R): Promise<R>;
  patch<R extends K8sResourceCommon>(model: K8sModel, resource: R, patch: Patch[]): Promise<R>;
  delete(model: K8sModel, resource: K8sResourceCommon): Promise<unknown>;
  get<R extends K8sResourceCommon>(model: K8sModel, name: string, namespace?: string): Promise<R>;
}

export const sdkWriteClient: WriteClient = {
  create: (model, data) => k8sCreate({ model, data }),
  patch: (model, resource, data) => k8sPatch({ model, resource, data }),
  delete: (model, resource) => k8sDelete({ model, resource }),
  get: (model, name, ns) => k8sGet({ model, name, ns }),
};
