/** Console page URLs for resources (list, details, create), as the console builds them. */
import { ALL_NAMESPACES_KEY } from './k8s-url';

export const resourceListURL = (ref: string, ns?: string, namespaced = true): string =>
  !namespaced ? `/k8s/cluster/${ref}` : !ns || ns === ALL_NAMESPACES_KEY ? `/k8s/all-namespaces/${ref}` : `/k8s/ns/${encodeURIComponent(ns)}/${ref}`;

export const resourceDetailsURL = (ref: string, name: string, ns?: string): string =>
  ns && ns !== ALL_NAMESPACES_KEY ? `/k8s/ns/${encodeURIComponent(ns)}/${ref}/${encodeURIComponent(name)}` : `/k8s/cluster/${ref}/${encodeURIComponent(name)}`;

export const resourceCreateURL = (ref: string, ns?: string): string =>
  `/k8s/ns/${encodeURIComponent(!ns || ns === ALL_NAMESPACES_KEY ? 'default' : ns)}/${ref}/~new`;
