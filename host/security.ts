/**
 * What the standalone host checks before it serves or proxies anything (see
 * SECURITY.md). The host holds the user's power over the cluster: whoever can
 * make it forward a request acts as the user (kubectl proxy's credentials or
 * --token). Browsers are the way in for other sites, so:
 *  - Host: only the names the server was started for (DNS rebinding gives an
 *    attacker's page a foreign name that resolves to 127.0.0.1);
 *  - Origin: a WebSocket handshake or a state-changing request from a page on
 *    another origin is refused (WebSockets are not bound by the same-origin
 *    policy, and a `no-cors` POST reaches the server even though its answer
 *    cannot be read);
 *  - Content-Type: state-changing requests must declare a type a cross-origin
 *    page cannot send without a CORS preflight (which the host never grants).
 * Clients that are not browsers send no Origin; they pass the Origin checks,
 * as they do against kubectl proxy, and still need a proper Content-Type.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { hostname as machineName, networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** The bare host name of a Host header or a listen address: lower case, no port, no brackets. */
export const hostName = (value: string): string => {
  const v = value.trim().toLowerCase();
  if (v.startsWith('[')) return v.slice(1, v.indexOf(']') > 0 ? v.indexOf(']') : undefined);
  const colons = v.split(':').length - 1;
  if (colons === 1) return v.slice(0, v.indexOf(':'));
  return v; // a bare name, or an IPv6 address without brackets
};

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/**
 * Names the host answers to: loopback, the address it listens on, and, when it
 * listens on every interface, the machine's addresses and name. `extra` adds
 * names a reverse proxy in front of it uses.
 */
export const allowedHostNames = (listenHost: string | undefined, extra: readonly string[] = []): Set<string> => {
  const names = new Set([...LOOPBACK_NAMES, ...extra.map(hostName)]);
  const listen = hostName(listenHost ?? '127.0.0.1');
  if (!WILDCARDS.has(listen)) names.add(listen);
  else {
    names.add(machineName().toLowerCase());
    for (const addresses of Object.values(networkInterfaces())) for (const a of addresses ?? []) names.add(a.address.toLowerCase());
  }
  return names;
};

export const isAllowedHost = (hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean =>
  !!hostHeader && allowed.has(hostName(hostHeader));

/** True when the request comes from a page of another origin than the host's own (as named by its checked Host header). */
export const isCrossOrigin = (headers: IncomingHttpHeaders): boolean => {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = headers.origin;
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return url.protocol !== 'http:' || url.host.toLowerCase() !== (headers.host ?? '').toLowerCase();
  } catch {
    return true; // "null" (sandboxed frames, file:) or garbage
  }
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The types a cross-origin page may send without a preflight ("simple" requests), and no type at all. */
const SIMPLE_TYPES = new Set(['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/** Why a proxied request is refused, or undefined when it may pass. */
export const refusalOf = (method: string, headers: IncomingHttpHeaders): string | undefined => {
  if (SAFE_METHODS.has(method)) return undefined;
  if (isCrossOrigin(headers)) return `cross-origin ${method} requests are not allowed (Origin ${headers.origin ?? 'unknown'})`;
  const hasBody = headers['content-length'] !== undefined ? headers['content-length'] !== '0' : headers['transfer-encoding'] !== undefined;
  const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (hasBody && SIMPLE_TYPES.has(type)) return `a ${method} body must be JSON, YAML or a patch type, not "${type || 'untyped'}"`;
  return undefined;
};

/** API paths of the simulated cluster's own controls, never to be reached through the console's API proxy. */
export const isSimulatorControlPath = (upstreamPath: string): boolean => /^\/sim(\/|$)/.test(upstreamPath);
