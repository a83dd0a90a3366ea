/**
 * Parses Kubernetes API paths:
 *   /api/v1/[namespaces/NS/]PLURAL[/NAME[/SUBRESOURCE]]
 *   /apis/GROUP/VERSION/[namespaces/NS/]PLURAL[/NAME[/SUBRESOURCE]]
 */
import { badRequest } from '../status';

export interface ResourcePath {
  group: string;
  version: string;
  plural: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/** Go's net/url refuses a malformed escape before the API server sees the request: 400, not 500. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    const bad = /%(?![0-9A-Fa-f]{2})[^/]{0,2}/.exec(segment)?.[0] ?? segment;
    throw badRequest(`invalid URL escape ${JSON.stringify(bad)}`);
  }
}

/** `undefined` when the path is not a resource path (discovery, unknown). */
export function parseResourcePath(pathname: string): ResourcePath | undefined {
  const parts = pathname.split('/').filter((p) => p.length > 0).map(decodeSegment);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    group = '';
    version = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    group = parts[1];
    version = parts[2];
    rest = parts.slice(3);
  } else {
    return undefined;
  }
  // namespaces/NS/PLURAL/... is a namespaced resource, unless it is the namespace's own subresource.
  const isNamespaceSubresource = rest.length === 3 && group === '' && (rest[2] === 'status' || rest[2] === 'finalize');
  if (rest[0] === 'namespaces' && rest.length >= 3 && !isNamespaceSubresource) {
    const [, namespace, plural, name, subresource, ...extra] = rest;
    if (extra.length) return undefined;
    return { group, version, plural, namespace, name, subresource };
  }
  const [plural, name, subresource, ...extra] = rest;
  if (extra.length) return undefined;
  return { group, version, plural, name, subresource };
}
