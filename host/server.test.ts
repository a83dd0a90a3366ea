import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { safeJoin, startHost, upstreamTarget, type RunningHost } from './server';

describe('upstreamTarget', () => {
  it('strips the prefix, keeps the query and the base path', () => {
    expect(upstreamTarget('/api/kubernetes/api/v1/pods?watch=true', '/api/kubernetes', 'http://k:8001').toString()).toBe(
      'http://k:8001/api/v1/pods?watch=true',
    );
    expect(upstreamTarget('/api/inv/providers', '/api/inv', 'https://i:8443/base/').toString()).toBe('https://i:8443/base/providers');
    expect(upstreamTarget('/api/inv?x=1', '/api/inv', 'http://i/').toString()).toBe('http://i/?x=1');
  });
});

describe('safeJoin', () => {
  it('refuses paths that leave the root', () => {
    expect(safeJoin('/srv/www', '/a/b.js')).toBe('/srv/www/a/b.js');
    expect(safeJoin('/srv/www', '/../etc/passwd')).toBe('/srv/www/etc/passwd');
    expect(safeJoin('/srv/www', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/www/etc/passwd');
    expect(safeJoin('/srv/www', '/%00')).toBeUndefined();
  });
});

const INVENTORY = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';

describe('startHost', () => {
  let upstream: http.Server;
  let host: RunningHost;
  const seen: Array<{ url?: string; auth?: string; host?: string }> = [];

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'host-test-'));
    const hostDist = path.join(dir, 'host');
    const pluginDist = path.join(dir, 'plugin');
    mkdirSync(hostDist);
    mkdirSync(path.join(pluginDist, 'locales/en'), { recursive: true });
    writeFileSync(path.join(hostDist, 'index.html'), '<html>host</html>');
    writeFileSync(path.join(hostDist, 'app.js'), 'console.log(1)');
    writeFileSync(path.join(pluginDist, 'plugin-manifest.json'), '{"name":"p"}');
    writeFileSync(path.join(pluginDist, 'locales/en/plugin__forklift-console-plugin.json'), '{"a":"b"}');

    upstream = http.createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization, host: req.headers.host });
      if (req.url?.startsWith('/stream')) {
        // A watch-like stream: one line now, the rest only when the client has seen the first.
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"type":"ADDED"}\n');
        setTimeout(() => res.end('{"type":"DELETED"}\n'), 300);
        return;
      }
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.writeHead(req.url?.includes('missing') ? 404 : 200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, url: req.url, body }));
      });
    });
    const wss = new WebSocketServer({ server: upstream });
    wss.on('connection', (ws, req) => {
      ws.send(JSON.stringify({ hello: req.url }));
      ws.on('message', (m) => ws.send(`echo:${m}`));
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    host = await startHost({ port: 0, k8sUrl: base, inventoryUrl: `${base}/inventory`, pluginDist, hostDist, token: 'sekret' });
  });

  afterAll(async () => {
    await host.close();
    await new Promise((r) => upstream.close(r));
  });

  it('serves the host, falls back to index.html for client routes, and serves the plugin build', async () => {
    expect(await (await fetch(`${host.url}/app.js`)).text()).toBe('console.log(1)');
    const spa = await fetch(`${host.url}/k8s/ns/demo/forklift.konveyor.io~v1beta1~Plan`);
    expect(spa.headers.get('content-type')).toContain('text/html');
    expect(await spa.text()).toBe('<html>host</html>');
    const manifest = await fetch(`${host.url}/api/plugins/forklift-console-plugin/plugin-manifest.json`);
    expect(await manifest.json()).toEqual({ name: 'p' });
    const locale = await fetch(`${host.url}/api/plugins/forklift-console-plugin/locales/en/plugin__forklift-console-plugin.json`);
    expect(await locale.json()).toEqual({ a: 'b' });
    expect((await fetch(`${host.url}/api/plugins/forklift-console-plugin/nope.js`)).status).toBe(404);
  });

  it('proxies the API and the inventory with the prefix stripped, the token added and bodies passed', async () => {
    const r = await fetch(`${host.url}/api/kubernetes/apis/x/v1/namespaces/d/plans?limit=1`, {
      method: 'POST',
      body: '{"spec":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await r.json()).toEqual({ method: 'POST', url: '/apis/x/v1/namespaces/d/plans?limit=1', body: '{"spec":1}' });
    expect(seen.at(-1)?.auth).toBe('Bearer sekret');
    const inv = await fetch(`${host.url}/api/proxy/plugin/forklift-console-plugin/forklift-inventory/providers?detail=1`);
    expect((await inv.json()).url).toBe('/inventory/providers?detail=1');
    const missing = await fetch(`${host.url}/api/kubernetes/missing`);
    expect(missing.status).toBe(404);
  });

  it('streams responses without waiting for their end', async () => {
    const started = Date.now();
    const r = await fetch(`${host.url}/api/kubernetes/stream`);
    const reader = r.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('{"type":"ADDED"}\n');
    expect(Date.now() - started).toBeLessThan(250);
    await reader.cancel();
  });

  it('tunnels WebSocket upgrades both ways', async () => {
    const ws = new WebSocket(`${host.url.replace('http', 'ws')}/api/kubernetes/api/v1/pods?watch=true`);
    const messages: string[] = [];
    await new Promise<void>((resolve, reject) => {
      ws.on('message', (m) => {
        messages.push(String(m));
        if (messages.length === 1) ws.send('ping');
        if (messages.length === 2) resolve();
      });
      ws.on('error', reject);
    });
    ws.close();
    expect(messages).toEqual([JSON.stringify({ hello: '/api/v1/pods?watch=true' }), 'echo:ping']);
  });

  /** A raw request, so that Host and Origin can be anything (fetch does not let a caller set Host). */
  const raw = (method: string, urlPath: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, method, path: urlPath, headers }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });

  /** Opens a WebSocket through the host; resolves with the handshake's HTTP status (101 when upgraded). */
  const upgradeStatus = (headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${host.url.replace('http', 'ws')}/api/kubernetes/api/v1/secrets?watch=true`, { headers });
      ws.on('open', () => {
        ws.close();
        resolve(101);
      });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', reject);
    });

  it('refuses a foreign Host name (DNS rebinding) on pages, the API proxy and WebSockets', async () => {
    const before = seen.length;
    const api = await raw('GET', '/api/kubernetes/api/v1/secrets', { host: 'evil.example.com' });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ kind: 'Status', code: 403, reason: 'Forbidden' });
    expect((await raw('GET', '/', { host: `evil.example.com:${host.port}` })).status).toBe(403);
    expect(await upgradeStatus({ host: 'evil.example.com' })).toBe(403);
    expect(seen.length).toBe(before);
    for (const name of [`127.0.0.1:${host.port}`, `localhost:${host.port}`, `[::1]:${host.port}`, 'localhost']) {
      expect((await raw('GET', '/api/kubernetes/api/v1/secrets', { host: name })).status).toBe(200);
    }
  });

  it('accepts the --host it was started for', async () => {
    const named = await startHost({ port: 0, host: '127.0.0.1', allowedHosts: ['console.example.test'], k8sUrl: 'http://127.0.0.1:1', inventoryUrl: 'http://127.0.0.1:1', pluginDist: '/x', hostDist: '/x' });
    try {
      const status = (h: string) =>
        new Promise<number>((resolve) => http.get({ port: named.port, host: '127.0.0.1', path: '/', headers: { host: h } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }));
      expect(await status('console.example.test:8080')).toBe(503); // allowed (and not built)
      expect(await status('other.example.test')).toBe(403);
    } finally {
      await named.close();
    }
  });

  it('refuses a WebSocket upgrade from a page of another origin, and accepts its own and non-browser clients', async () => {
    expect(await upgradeStatus({ origin: 'http://evil.example.com' })).toBe(403);
    expect(await upgradeStatus({ origin: 'null' })).toBe(403);
    expect(await upgradeStatus({ origin: `http://localhost:${host.port}` })).toBe(403); // another origin than the page's own
    expect(await upgradeStatus({ origin: host.url })).toBe(101);
    expect(await upgradeStatus({})).toBe(101);
  });

  it('refuses cross-origin state-changing requests: a no-cors text/plain POST creates nothing', async () => {
    const before = seen.length;
    const path = '/api/kubernetes/api/v1/namespaces/default/secrets';
    const body = '{"apiVersion":"v1","kind":"Secret","metadata":{"name":"x"}}';
    // What a page on another origin can send without a preflight.
    const noCors = await raw('POST', path, { origin: 'http://evil.example.com', 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain;charset=UTF-8' }, body);
    expect(noCors.status).toBe(403);
    expect((await raw('POST', path, { origin: 'http://evil.example.com', 'content-type': 'application/json' }, body)).status).toBe(403);
    expect((await raw('DELETE', `${path}/x`, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    // A simple content type is refused even without an Origin (old browsers, form posts).
    expect((await raw('POST', path, { 'content-type': 'text/plain' }, body)).status).toBe(403);
    expect((await raw('POST', path, { 'content-type': 'application/x-www-form-urlencoded' }, body)).status).toBe(403);
    expect((await raw('POST', `${INVENTORY}/x`, { origin: 'http://evil.example.com', 'content-type': 'text/plain' }, body)).status).toBe(403);
    expect(seen.length).toBe(before);
    // The plugin's own writes (same origin, JSON) and non-browser clients pass.
    expect((await raw('POST', path, { origin: host.url, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }, body)).status).toBe(200);
    expect((await raw('PATCH', `${path}/x`, { 'content-type': 'application/json-patch+json' }, '[]')).status).toBe(200);
    expect((await raw('DELETE', `${path}/x`, { origin: host.url })).status).toBe(200);
  });

  it('never lets the simulator\'s fault controls be reached through the API proxy', async () => {
    const before = seen.length;
    expect((await raw('PUT', '/api/kubernetes/sim/faults', { 'content-type': 'application/json' }, '{}')).status).toBe(404);
    expect((await raw('GET', '/api/kubernetes/sim/faults', {})).status).toBe(404);
    expect((await raw('POST', '/api/kubernetes/api/../sim/faults/drop-watches', { 'content-type': 'application/json' })).status).toBe(404);
    expect((await raw('GET', '/api/kubernetes/%2e%2e/sim/healthz', {})).status).toBe(404);
    expect((await raw('GET', `${INVENTORY}/../../sim/faults`, {})).status).toBe(400);
    expect(seen.length).toBe(before);
  });

  it('sends nosniff and forbids framing of its pages', async () => {
    const page = await fetch(`${host.url}/`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(`${host.url}/app.js`)).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 502 with a Status when the upstream is down', async () => {
    const down = await startHost({ port: 0, k8sUrl: 'http://127.0.0.1:1', inventoryUrl: 'http://127.0.0.1:1', pluginDist: '/nonexistent', hostDist: '/nonexistent' });
    try {
      const r = await fetch(`${down.url}/api/kubernetes/api`);
      expect(r.status).toBe(502);
      expect(await r.json()).toMatchObject({ kind: 'Status', code: 502, reason: 'BadGateway' });
      expect((await fetch(`${down.url}/`)).status).toBe(503);
    } finally {
      await down.close();
    }
  });
});
