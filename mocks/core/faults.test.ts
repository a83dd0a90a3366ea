import { describe, expect, it } from 'vitest';
import { FaultInjector, normalizeFaultConfig } from './faults';
import { createKubeApi } from './index';
import { NAMESPACES, PROVIDERS, namespace, provider, readEvents } from './test-fixtures';

const URL_BASE = 'http://sim.test';
const PROVIDERS_URL = `${URL_BASE}/apis/forklift.konveyor.io/v1beta1/namespaces/demo/providers`;

function setup() {
  const api = createKubeApi();
  api.store.create(NAMESPACES, namespace('demo'));
  api.store.create(PROVIDERS, provider('a'));
  return api;
}

describe('FaultInjector', () => {
  it('fails a verb at its rate with the chosen code', () => {
    let next = 0.5;
    const faults = new FaultInjector(() => next);
    faults.set({ errors: { get: { rate: 0.6, code: 503 } } });
    expect(faults.failure('get')?.status).toMatchObject({ code: 503, reason: 'ServiceUnavailable' });
    next = 0.7;
    expect(faults.failure('get')).toBeUndefined();
    expect(faults.failure('list')).toBeUndefined();
  });

  it('computes latency with jitter inside its bounds', () => {
    const faults = new FaultInjector(() => 0);
    faults.set({ latency: { ms: 100, jitterMs: 40 } });
    expect(faults.latencyMs()).toBe(60);
    const high = new FaultInjector(() => 0.999999);
    high.set({ latency: { ms: 100, jitterMs: 40 } });
    expect(high.latencyMs()).toBeCloseTo(140, 3);
  });

  it('validates configurations', () => {
    expect(() => normalizeFaultConfig({ errors: { explode: { rate: 1 } } })).toThrow(/unknown verb/);
    expect(() => normalizeFaultConfig({ errors: { get: { rate: 2 } } })).toThrow(/between 0 and 1/);
    expect(() => normalizeFaultConfig({ latency: { ms: -1 } })).toThrow(/latency/);
    expect(() => normalizeFaultConfig({ surprise: true })).toThrow(/unknown fault/);
    expect(normalizeFaultConfig({ errors: { get: { rate: 1 } }, dropWatchesAfterEvents: 3 })).toEqual({ errors: { get: { rate: 1 } }, dropWatchesAfterEvents: 3 });
  });

  it('update merges, clear removes everything', () => {
    const faults = new FaultInjector();
    faults.set({ errors: { get: { rate: 1 } } });
    faults.update({ errors: { list: { rate: 0.5 } }, latency: { ms: 5 } });
    expect(faults.config).toEqual({ errors: { get: { rate: 1 }, list: { rate: 0.5 } }, latency: { ms: 5 } });
    faults.clear();
    expect(faults.config).toEqual({});
  });
});

describe('faults in the API', () => {
  it('injects errors per verb as Status objects', async () => {
    const api = setup();
    api.faults.set({ errors: { create: { rate: 1, code: 500 } } });
    const res = await api.handle(new Request(PROVIDERS_URL, { method: 'POST', body: JSON.stringify(provider('b')), headers: { 'content-type': 'application/json' } }));
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ kind: 'Status', reason: 'InternalError' });
    expect(api.store.get(PROVIDERS, 'demo', 'b')).toBeUndefined();
    expect((await api.handle(new Request(PROVIDERS_URL))).status).toBe(200);
  });

  it('delays responses', async () => {
    const api = setup();
    api.faults.set({ latency: { ms: 150 } });
    const started = Date.now();
    await api.handle(new Request(`${PROVIDERS_URL}/a`));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops active watches now', async () => {
    const api = setup();
    const response = await api.handle(new Request(`${PROVIDERS_URL}?watch=true`));
    const text = response.text();
    expect(api.faults.activeWatches()).toBe(1);
    const drop = await api.handle(new Request(`${URL_BASE}/sim/faults/drop-watches`, { method: 'POST' }));
    expect(await drop.json()).toEqual({ dropped: 1 });
    expect((await text).trim().split('\n')).toHaveLength(1);
  });

  it('drops watches after N events', async () => {
    const api = setup();
    api.faults.set({ dropWatchesAfterEvents: 2 });
    const response = await api.handle(new Request(`${PROVIDERS_URL}?watch=true`));
    const text = response.text();
    api.store.create(PROVIDERS, provider('b'));
    api.store.create(PROVIDERS, provider('c'));
    const lines = (await text).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((e) => e.object.metadata.name)).toEqual(['a', 'b']);
  });

  it('is switched over HTTP at /sim/faults', async () => {
    const api = setup();
    const sim = (method: string, body?: unknown) =>
      api.handle(new Request(`${URL_BASE}/sim/faults`, { method, body: body === undefined ? undefined : JSON.stringify(body) }));
    expect(await (await sim('PUT', { errors: { list: { rate: 1, code: 503 } } })).json()).toEqual({ errors: { list: { rate: 1, code: 503 } } });
    expect((await api.handle(new Request(PROVIDERS_URL))).status).toBe(503);
    await sim('PATCH', { latency: { ms: 1 } });
    expect(await (await sim('GET')).json()).toEqual({ errors: { list: { rate: 1, code: 503 } }, latency: { ms: 1 } });
    expect((await sim('PUT', { errors: { list: { rate: 7 } } })).status).toBe(400);
    await sim('DELETE');
    expect((await api.handle(new Request(PROVIDERS_URL))).status).toBe(200);
    const health = await (await api.handle(new Request(`${URL_BASE}/sim/healthz`))).json();
    expect(health).toEqual({ ok: true, resourceVersion: 2, watches: 0 });
  });

  it('a watch that fails by fault never opens', async () => {
    const api = setup();
    api.faults.set({ errors: { watch: { rate: 1 } } });
    const res = await api.handle(new Request(`${PROVIDERS_URL}?watch=true`));
    expect(res.status).toBe(500);
    expect(api.faults.activeWatches()).toBe(0);
    api.faults.clear();
    const ok = await api.handle(new Request(`${PROVIDERS_URL}?watch=true`));
    expect((await readEvents(ok.body!, 1)).map((e) => e.type)).toEqual(['ADDED']);
  });
});

describe('latency fault with a body rate', () => {
  it('accepts bytesPerSecond and trickles a body out at that rate', async () => {
    const { FaultInjector, throttledBody } = await import('./faults');
    const faults = new FaultInjector();
    faults.set({ latency: { ms: 0, bytesPerSecond: 1000 }, inventory: true });
    expect(faults.bytesPerSecond()).toBe(1000);
    expect(() => faults.set({ latency: { ms: 0, bytesPerSecond: 0 } })).toThrow(/bytesPerSecond/);
    const body = new Response(new Uint8Array(250)).body!;
    const started = Date.now();
    const out = new Uint8Array(await new Response(throttledBody(body, 1000)).arrayBuffer());
    expect(out.length).toBe(250);
    // 100 bytes per 100 ms: three slices.
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});
