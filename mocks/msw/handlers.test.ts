import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKubeApi } from '../core/index';
import { clusterHandlers } from './handlers';

const api = createKubeApi();
const server = setupServer(
  ...clusterHandlers(api.handle, 'http://console.test/api/kubernetes'),
  ...clusterHandlers(api.handle, 'http://sim.test'),
);

const NAMESPACES = { group: '', version: 'v1', plural: 'namespaces' };
const PROVIDERS = { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'providers' };

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  api.store.create(NAMESPACES, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'openshift-mtv' } });
  for (const [name, type] of [
    ['vcenter', 'vsphere'],
    ['host', 'openshift'],
  ]) {
    api.store.create(PROVIDERS, {
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'Provider',
      metadata: { name, namespace: 'openshift-mtv' },
      spec: { type },
    });
  }
});
afterEach(() => api.faults.clear());
afterAll(() => server.close());

describe('msw cluster handlers', () => {
  it('lists Providers through fetch under the console base path', async () => {
    const response = await fetch('http://console.test/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/openshift-mtv/providers');
    expect(response.status).toBe(200);
    const list = await response.json();
    expect(list.kind).toBe('ProviderList');
    expect(list.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toEqual(['host', 'vcenter']);
    expect(Number(list.metadata.resourceVersion)).toBe(api.store.resourceVersion());
  });

  it('forwards request bodies (create through the console base path)', async () => {
    const response = await fetch('http://console.test/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/openshift-mtv/providers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'forklift.konveyor.io/v1beta1', kind: 'Provider', metadata: { name: 'ova' }, spec: { type: 'ova' } }),
    });
    expect(response.status).toBe(201);
    expect(api.store.get(PROVIDERS, 'openshift-mtv', 'ova')?.spec?.type).toBe('ova');
    api.store.delete(PROVIDERS, 'openshift-mtv', 'ova');
  });

  it('passes paths through untouched for an origin-only base', async () => {
    const response = await fetch('http://sim.test/apis/forklift.konveyor.io/v1beta1/providers?labelSelector=missing');
    expect((await response.json()).items).toEqual([]);
  });

  it('returns Kubernetes Status errors and honours faults', async () => {
    const missing = await fetch('http://sim.test/apis/forklift.konveyor.io/v1beta1/namespaces/openshift-mtv/providers/nope');
    expect(missing.status).toBe(404);
    expect((await missing.json()).reason).toBe('NotFound');
    api.faults.set({ errors: { list: { rate: 1, code: 503 } } });
    const failing = await fetch('http://sim.test/apis/forklift.konveyor.io/v1beta1/providers');
    expect(failing.status).toBe(503);
    expect((await failing.json()).reason).toBe('ServiceUnavailable');
  });

  it('streams a watch through msw', async () => {
    const controller = new AbortController();
    const response = await fetch('http://sim.test/apis/forklift.konveyor.io/v1beta1/providers?watch=true', { signal: controller.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while ((text.match(/\n/g) ?? []).length < 2) text += decoder.decode((await reader.read()).value, { stream: true });
    const events = text.trim().split('\n').map((line) => JSON.parse(line));
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'ADDED']);
    controller.abort();
  });
});
