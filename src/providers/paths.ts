/** Console URLs of provider pages (list, create, details and its tabs, edit). */
import { ProviderModel, listPath, referenceFor } from '../k8s/models';

export const providerListPath = (namespace?: string): string => listPath(ProviderModel, namespace);
export const providerCreatePath = (namespace: string): string => `/k8s/ns/${namespace}/${referenceFor(ProviderModel)}/~new`;
export const providerDetailsPath = (namespace: string, name: string, tab = ''): string =>
  `/k8s/ns/${namespace}/${referenceFor(ProviderModel)}/${name}${tab ? `/${tab}` : ''}`;
export const providerEditPath = (namespace: string, name: string): string => providerDetailsPath(namespace, name, 'edit');
