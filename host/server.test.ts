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
    const r = await fetch(`${host.url}/api/kubernetes/apis/x/v1/namespaces/d/plans?limit=1`, { method: 'POST', body: '{"spec":1}' });
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
