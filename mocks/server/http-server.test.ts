import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createKubeApi } from '../core/index';
import { NAMESPACES, PROVIDERS, namespace, provider } from '../core/test-fixtures';
import { startHttpServer, type RunningServer } from './http-server';

const PATH = '/apis/forklift.konveyor.io/v1beta1/namespaces/demo/providers';
let running: RunningServer | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start() {
  const api = createKubeApi();
  api.store.create(NAMESPACES, namespace('demo'));
  api.store.create(PROVIDERS, provider('a'));
  running = await startHttpServer(api.handle, { port: 0 });
  return { api, server: running };
}

async function until(condition: () => boolean, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('Node HTTP server', () => {
  it('answers 413 to a body over the limit without buffering all of it, and keeps serving', async () => {
    const { server, api } = await start();
    const huge = JSON.stringify({ ...provider('huge'), metadata: { name: 'huge', annotations: { a: 'x'.repeat(8 * 1024 * 1024) } } });
    const r = await fetch(`${server.url}${PATH}`, { method: 'POST', body: huge, headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(413);
    expect(await r.json()).toMatchObject({ code: 413, reason: 'RequestEntityTooLarge' });
    expect(api.store.get(PROVIDERS, 'demo', 'huge')).toBeUndefined();
    expect((await fetch(`${server.url}${PATH}`)).status).toBe(200);
  });

  it('serves requests with bodies and Status errors', async () => {
    const { server } = await start();
    const created = await fetch(`${server.url}${PATH}`, { method: 'POST', body: JSON.stringify(provider('b')), headers: { 'content-type': 'application/json' } });
    expect(created.status).toBe(201);
    const missing = await fetch(`${server.url}${PATH}/zzz`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).reason).toBe('NotFound');
  });

  it('streams a chunked watch event by event, and cleans up when the client leaves', async () => {
    const { api, server } = await start();
    const lines: string[] = [];
    const request = http.get(`${server.url}${PATH}?watch=true`);
    const response = await new Promise<http.IncomingMessage>((resolve) => request.on('response', resolve));
    expect(response.headers['transfer-encoding']).toBe('chunked');
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
    await until(() => lines.length === 1);
    api.store.create(PROVIDERS, provider('b'));
    // The event arrives while the response is still open: nothing is buffered.
    await until(() => lines.length === 2);
    expect(lines.map((l) => JSON.parse(l).type)).toEqual(['ADDED', 'ADDED']);
    expect(api.faults.activeWatches()).toBe(1);
    request.destroy();
    await until(() => api.faults.activeWatches() === 0);
  });

  it('sends the headers of a watch before its first event', async () => {
    const { server } = await start();
    const controller = new AbortController();
    const response = await fetch(`${server.url}/apis/forklift.konveyor.io/v1beta1/namespaces/demo/plans?watch=true`, { signal: controller.signal });
    expect(response.status).toBe(200);
    controller.abort();
  });

  it('upgrades watch URLs to WebSocket, one event per message, any subprotocol', async () => {
    const { api, server } = await start();
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}${PATH}?watch=true`, ['base64.binary.k8s.io', 'Impersonate-User.eA']);
    const messages: { type: string; object: { metadata: { name: string } } }[] = [];
    ws.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    expect(ws.protocol).toBe('Impersonate-User.eA');
    await until(() => messages.length === 1);
    const a = api.store.get(PROVIDERS, 'demo', 'a')!;
    api.store.update(PROVIDERS, { ...a, spec: { type: 'ova' } });
    api.store.delete(PROVIDERS, 'demo', 'a');
    await until(() => messages.length === 3);
    expect(messages.map((m) => `${m.type} ${m.object.metadata.name}`)).toEqual(['ADDED a', 'MODIFIED a', 'DELETED a']);
    ws.close();
    await until(() => api.faults.activeWatches() === 0);
  });

  it('closes the WebSocket when the watch ends, and refuses with HTTP errors before upgrading', async () => {
    const { api, server } = await start();
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}${PATH}?watch=true`);
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    await new Promise((resolve) => ws.once('open', resolve));
    api.faults.dropWatches();
    expect(await closed).toBe(1000);

    api.faults.set({ errors: { watch: { rate: 1, code: 503 } } });
    const refused = new WebSocket(`${server.url.replace('http', 'ws')}${PATH}?watch=true`);
    const status = await new Promise<number>((resolve) => refused.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(503);
  });

  it('works with a watch that sends an ERROR event over WebSocket (410 Expired)', async () => {
    const small = createKubeApi({ historySize: 1 });
    small.store.create(NAMESPACES, namespace('demo'));
    small.store.create(PROVIDERS, provider('x'));
    small.store.create(PROVIDERS, provider('y'));
    running = await startHttpServer(small.handle, { port: 0 });
    const ws = new WebSocket(`${running.url.replace('http', 'ws')}${PATH}?watch=true&resourceVersion=1`);
    const message = await new Promise<string>((resolve) => ws.once('message', (d) => resolve(String(d))));
    expect(JSON.parse(message)).toMatchObject({ type: 'ERROR', object: { code: 410, reason: 'Expired' } });
    await new Promise((resolve) => ws.once('close', resolve));
  });
});
