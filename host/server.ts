/**
 * The standalone host's HTTP server, laid out like the console's backend:
 *   /                                                     host/dist (SPA: unknown paths get index.html)
 *   /api/plugins/forklift-console-plugin/                 the plugin's dist/, unmodified
 *   /api/kubernetes/*                                     -> k8sUrl (prefix stripped), WebSockets included
 *   /api/proxy/plugin/forklift-console-plugin/forklift-inventory/*  -> inventoryUrl
 *   /api/prometheus/*                                     -> prometheusUrl (when given)
 *   /api/proxy/plugin/forklift-console-plugin/forklift-services/*   -> servicesUrl (when given)
 * Proxied bodies are piped, never buffered, so watch streams flow as they come.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { allowedHostNames, isAllowedHost, isCrossOrigin, isSimulatorControlPath, refusalOf } from './security';

export const PLUGIN_NAME = 'forklift-console-plugin';
export const PLUGIN_PREFIX = `/api/plugins/${PLUGIN_NAME}/`;
export const K8S_PREFIX = '/api/kubernetes';
export const INVENTORY_PREFIX = `/api/proxy/plugin/${PLUGIN_NAME}/forklift-inventory`;
export const PROMETHEUS_PREFIX = '/api/prometheus';
export const SERVICES_PREFIX = `/api/proxy/plugin/${PLUGIN_NAME}/forklift-services`;

export interface HostOptions {
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** The Kubernetes API root, e.g. `kubectl proxy`'s http://127.0.0.1:8001 or the simulated cluster. */
  k8sUrl: string;
  /** The Forklift inventory service root. */
  inventoryUrl: string;
  /** Prometheus' (or Thanos querier's) HTTP API root; without it /api/prometheus/* answers 404. */
  prometheusUrl?: string;
  /** Forklift's forklift-services root (the endpoint certificate fetcher); without it that path is a 404. */
  servicesUrl?: string;
  pluginDist: string;
  hostDist: string;
  /** Sent as `Authorization: Bearer <token>` to both upstreams. */
  token?: string;
  /** Accept self-signed upstream certificates (a port-forwarded inventory service has one). */
  insecureSkipTLSVerify?: boolean;
  /** Host names besides loopback and `host` that requests may carry (e.g. a reverse proxy's). */
  allowedHosts?: string[];
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where a proxied request goes: upstream base + the path after the prefix, query kept. */
export const upstreamTarget = (requestUrl: string, prefix: string, base: string): URL => {
  const rest = requestUrl.slice(prefix.length);
  const baseUrl = new URL(base);
  const basePath = baseUrl.pathname.replace(/\/+$/, '');
  return new URL(`${basePath}${rest.startsWith('/') ? rest : `/${rest}`}`, baseUrl.origin);
};

/** Resolves a URL path inside `root`, refusing anything that climbs out of it. */
export const safeJoin = (root: string, urlPath: string): string | undefined => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : undefined;
};

const statusBody = (code: number, reason: string, message: string) =>
  JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });

/** Sent with everything the host itself serves: no MIME sniffing, no framing. */
const SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' };

const sendStatus = (res: ServerResponse, code: number, reason: string, message: string) => {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(code, { 'Content-Type': 'application/json', ...SECURITY_HEADERS });
  res.end(statusBody(code, reason, message));
};

/**
 * The page runs under a Content Security Policy as strict as the OpenShift
 * console's on what matters to a plugin: no eval or new Function (no
 * 'unsafe-eval'), scripts only from this origin, nothing from a CDN. Style
 * tags are allowed (PatternFly and Monaco inject them); workers may come from
 * this origin or blob: URLs (Monaco's editor worker). The e2e fixtures fail a
 * test on any CSP violation, so a dependency that starts using eval is caught.
 */
export const HOST_CSP = [
  // Never inside another site's frame (clickjacking); X-Frame-Options says the same to old browsers.
  "frame-ancestors 'none'",
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const serveFile = async (res: ServerResponse, file: string, method: string, cache: 'immutable' | 'no-cache'): Promise<boolean> => {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': info.size,
    'Cache-Control': cache === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(contentType.startsWith('text/html') ? { 'Content-Security-Policy': HOST_CSP } : {}),
  });
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
};

/** Hop-by-hop headers are per connection and must not be forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);

const forwardHeaders = (req: IncomingMessage, target: URL, token: string | undefined, keepUpgrade: boolean): OutgoingHttpHeaders => {
  const headers: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    if (HOP_BY_HOP.has(k) && !(keepUpgrade && (k === 'connection' || k === 'upgrade'))) continue;
    headers[k] = v;
  }
  headers.host = target.host;
  if (token) headers.authorization = `Bearer ${token}`;
  return headers;
};

export const startHost = async (opts: HostOptions): Promise<RunningHost> => {
  const pluginDist = path.resolve(opts.pluginDist);
  const hostDist = path.resolve(opts.hostDist);
  const upstreams: Array<{ prefix: string; base: string }> = [
    { prefix: K8S_PREFIX, base: opts.k8sUrl },
    { prefix: INVENTORY_PREFIX, base: opts.inventoryUrl },
    ...(opts.prometheusUrl ? [{ prefix: PROMETHEUS_PREFIX, base: opts.prometheusUrl }] : []),
    ...(opts.servicesUrl ? [{ prefix: SERVICES_PREFIX, base: opts.servicesUrl }] : []),
  ];
  const agentFor = (url: URL) => (url.protocol === 'https:' ? https : http);
  const tls = { rejectUnauthorized: !opts.insecureSkipTLSVerify };

  const allowedHosts = allowedHostNames(opts.host, opts.allowedHosts);

  /** The upstream URL, or why the request may not go there. */
  const targetOf = (url: string, prefix: string, base: string): URL | { code: number; reason: string; message: string } => {
    const target = upstreamTarget(url, prefix, base);
    const basePath = new URL(base).pathname.replace(/\/+$/, '');
    // `..` (or %2e%2e) was resolved by URL parsing: whatever climbed out of the upstream's base is refused.
    if (basePath && target.pathname !== basePath && !target.pathname.startsWith(`${basePath}/`)) {
      return { code: 400, reason: 'BadRequest', message: 'the path leaves the proxied service' };
    }
    if (prefix === K8S_PREFIX && isSimulatorControlPath(target.pathname.slice(basePath.length))) {
      return { code: 404, reason: 'NotFound', message: 'the simulated cluster\'s controls are not served through the console (use the simulator\'s own address)' };
    }
    return target;
  };

  const matchUpstream = (url: string) =>
    upstreams.find(({ prefix }) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`));

  const proxy = (req: IncomingMessage, res: ServerResponse, prefix: string, base: string) => {
    const refusal = refusalOf(req.method ?? 'GET', req.headers);
    if (refusal) return sendStatus(res, 403, 'Forbidden', refusal);
    const target = targetOf(req.url ?? '/', prefix, base);
    if (!(target instanceof URL)) return sendStatus(res, target.code, target.reason, target.message);
    const upstreamReq = agentFor(target).request(
      target,
      { method: req.method, headers: forwardHeaders(req, target, opts.token, false), ...tls },
      (upstreamRes) => {
        const headers = { ...upstreamRes.headers };
        for (const h of HOP_BY_HOP) delete headers[h];
        res.writeHead(upstreamRes.statusCode ?? 502, headers);
        // Flush each chunk as it arrives: watch streams must not wait for the end.
        res.flushHeaders();
        upstreamRes.pipe(res);
        upstreamRes.on('error', () => res.destroy());
      },
    );
    upstreamReq.on('error', (e) => sendStatus(res, 502, 'BadGateway', `Upstream ${target.origin} is not reachable: ${e.message}`));
    res.on('close', () => {
      if (!res.writableFinished) upstreamReq.destroy();
    });
    req.pipe(upstreamReq);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      if (!isAllowedHost(req.headers.host, allowedHosts)) {
        return sendStatus(res, 403, 'Forbidden', `the host name ${JSON.stringify(req.headers.host ?? '')} is not served here`);
      }
      const url = req.url ?? '/';
      const upstream = matchUpstream(url);
      if (upstream) return proxy(req, res, upstream.prefix, upstream.base);
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') return sendStatus(res, 405, 'MethodNotAllowed', `${method} is not allowed here`);
      const pathname = url.split('?')[0];
      if (pathname.startsWith(PLUGIN_PREFIX)) {
        const file = safeJoin(pluginDist, pathname.slice(PLUGIN_PREFIX.length));
        // The manifest and entry change between builds under the same name; chunks are hashed.
        const cache = /plugin-manifest\.json$|plugin-entry\.js$|\/locales\//.test(pathname) ? 'no-cache' : 'immutable';
        if (file && (await serveFile(res, file, method, cache))) return;
        return sendStatus(res, 404, 'NotFound', `${pathname} is not in the plugin build`);
      }
      if (pathname.startsWith('/api/')) return sendStatus(res, 404, 'NotFound', `${pathname} is not served by the standalone host`);
      const file = safeJoin(hostDist, pathname);
      if (file && pathname !== '/' && (await serveFile(res, file, method, pathname.endsWith('.html') ? 'no-cache' : 'immutable'))) return;
      // Client-side routes: the app decides (and renders its own 404).
      if (!(await serveFile(res, path.join(hostDist, 'index.html'), method, 'no-cache'))) {
        sendStatus(res, 503, 'ServiceUnavailable', `The host is not built: ${hostDist}/index.html is missing (npm run build:host)`);
      }
    })().catch((e) => sendStatus(res, 500, 'InternalError', String(e)));
  });

  // Upgraded sockets leave the server's bookkeeping: track them so close() ends them too.
  const tunnels = new Set<Duplex>();

  // WebSocket (and any other) upgrades on proxied paths: forward the handshake, then pipe raw bytes both ways.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (code: number, text: string, message: string) => {
      const body = statusBody(code, text.replace(/ /g, ''), message);
      socket.end(`HTTP/1.1 ${code} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    };
    if (!isAllowedHost(req.headers.host, allowedHosts)) return refuse(403, 'Forbidden', `the host name ${JSON.stringify(req.headers.host ?? '')} is not served here`);
    // Browsers let any page open a WebSocket anywhere; only the Origin tells whose page it is.
    if (isCrossOrigin(req.headers)) return refuse(403, 'Forbidden', `cross-origin WebSocket connections are not allowed (Origin ${req.headers.origin ?? 'unknown'})`);
    const upstream = matchUpstream(req.url ?? '/');
    if (!upstream) return refuse(404, 'Not Found', `${req.url} is not proxied`);
    const target = targetOf(req.url ?? '/', upstream.prefix, upstream.base);
    if (!(target instanceof URL)) return refuse(target.code, target.code === 404 ? 'Not Found' : 'Bad Request', target.message);
    const upstreamReq = agentFor(target).request(target, { method: req.method, headers: forwardHeaders(req, target, opts.token, true), ...tls });
    upstreamReq.on('upgrade', (upstreamRes, upstreamSocket, upstreamHead) => {
      const lines = [`HTTP/1.1 ${upstreamRes.statusCode} ${upstreamRes.statusMessage}`];
      for (let i = 0; i < upstreamRes.rawHeaders.length; i += 2) lines.push(`${upstreamRes.rawHeaders[i]}: ${upstreamRes.rawHeaders[i + 1]}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (upstreamHead.length) socket.write(upstreamHead);
      if (head.length) upstreamSocket.write(head);
      upstreamSocket.pipe(socket).pipe(upstreamSocket);
      tunnels.add(socket).add(upstreamSocket);
      socket.on('close', () => tunnels.delete(socket));
      upstreamSocket.on('close', () => tunnels.delete(upstreamSocket));
      upstreamSocket.on('error', () => socket.destroy());
      socket.on('error', () => upstreamSocket.destroy());
      upstreamSocket.on('close', () => socket.destroy());
      socket.on('close', () => upstreamSocket.destroy());
    });
    // The upstream answered without upgrading (e.g. 403 or 404): pass its answer on and close.
    upstreamReq.on('response', (upstreamRes) => {
      const lines = [`HTTP/1.1 ${upstreamRes.statusCode} ${upstreamRes.statusMessage}`, 'Connection: close'];
      const body: Buffer[] = [];
      upstreamRes.on('data', (c: Buffer) => body.push(c));
      upstreamRes.on('end', () => {
        const data = Buffer.concat(body);
        lines.push(`Content-Type: ${upstreamRes.headers['content-type'] ?? 'text/plain'}`, `Content-Length: ${data.length}`);
        socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), data]));
      });
    });
    upstreamReq.on('error', () => socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n'));
    socket.on('error', () => upstreamReq.destroy());
    upstreamReq.end();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 9000, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of tunnels) s.destroy();
      }),
  };
};
