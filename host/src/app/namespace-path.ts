/**
 * How the URL follows a namespace change, and which namespace a URL names.
 * `/k8s/ns/<ns>/<ref>[/<name>...]` and `/k8s/all-namespaces/<ref>` carry the
 * namespace; a details page moves to the list of the new namespace, because the
 * object will not be there.
 */
import { ALL_NAMESPACES_KEY } from '../sdk/k8s-url';

const NS_PATH = /^\/k8s\/(?:ns\/([^/]+)|all-namespaces)(?:\/([^/]+))?/;

export const namespaceFromPath = (pathname: string): string | undefined => {
  const m = NS_PATH.exec(pathname);
  if (!m) return undefined;
  return m[1] ? decodeURIComponent(m[1]) : ALL_NAMESPACES_KEY;
};

/** The path to go to after switching to `ns`, or undefined when the URL does not depend on the namespace. */
export const pathForNamespace = (pathname: string, ns: string): string | undefined => {
  const m = NS_PATH.exec(pathname);
  if (!m) return undefined;
  const ref = m[2];
  const base = ns === ALL_NAMESPACES_KEY ? '/k8s/all-namespaces' : `/k8s/ns/${encodeURIComponent(ns)}`;
  return ref ? `${base}/${ref}` : base;
};
