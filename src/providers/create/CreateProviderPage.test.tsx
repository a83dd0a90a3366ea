// @vitest-environment jsdom
/**
 * The create page's wiring: type cards, checks at the field (a taken name
 * before submit), and a submit that writes Secret + Provider into the
 * simulated cluster through the host's own SDK calls, or keeps the form and
 * removes the Secret when the Provider is refused.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedCluster, type SimulatedCluster } from '../../../mocks/cluster';

let cluster: SimulatedCluster;
const PROVIDERS = { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'providers' };
const SECRETS = { group: '', version: 'v1', plural: 'secrets' };

vi.mock('@openshift-console/dynamic-plugin-sdk', async () => {
  const crud = await import('../../../host/src/sdk/k8s-crud');
  const fetching = await import('../../../host/src/sdk/console-fetch');
  return {
    ...crud,
    ...fetching,
    useActiveNamespace: () => ['openshift-mtv', () => {}],
    // A snapshot of the store stands in for the watch.
    useK8sWatchResource: (res: { kind?: string; groupVersionKind?: { kind: string }; name?: string; namespace?: string; isList?: boolean } | null) => {
      if (!res) return [undefined, true, undefined];
      const kind = res.groupVersionKind?.kind;
      if (kind !== 'Provider') return [res.isList ? [] : undefined, true, undefined];
      const items = cluster.store.list(PROVIDERS).filter((p) => !res.namespace || p.metadata.namespace === res.namespace);
      return res.isList ? [items, true, undefined] : [items.find((p) => p.metadata.name === res.name), true, undefined];
    },
    Timestamp: ({ timestamp }: { timestamp: string }) => <span>{timestamp}</span>,
  };
});

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { default: CreateProviderPage } = await import('./CreateProviderPage');

beforeEach(() => {
  cluster = createSimulatedCluster({ world: true, vmsPerProvider: 3 });
  // Only method, headers and body (jsdom's AbortSignal is not one Node's Request takes), and the API
  // prefix stripped here: re-wrapping a Request under jsdom loses its method.
  vi.stubGlobal('fetch', (input: string, init: RequestInit = {}) =>
    cluster.handle(new Request(`http://localhost${String(input).replace(/^\/api\/kubernetes/, '')}`, { method: init.method ?? 'GET', headers: init.headers, body: init.body })),
  );
});
afterEach(() => {
  cleanup();
  cluster.stop();
  vi.unstubAllGlobals();
});

const renderPage = () =>
  render(
    <MemoryRouter initialEntries={['/k8s/ns/openshift-mtv/forklift.konveyor.io~v1beta1~Provider/~new']}>
      <Routes>
        <Route path="/k8s/ns/:ns/forklift.konveyor.io~v1beta1~Provider/~new" element={<CreateProviderPage />} />
      </Routes>
    </MemoryRouter>,
  );

const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

describe('CreateProviderPage', () => {
  it('refuses a taken name at the field before writing anything', async () => {
    renderPage();
    fireEvent.click(screen.getByRole('radio', { name: 'Open Virtual Appliance (OVA)' }));
    type('Provider name', 'vcenter-prod');
    type('NFS share', 'nfs.example.com:/ova');
    fireEvent.click(screen.getByRole('button', { name: 'Create provider' }));
    expect(await screen.findByText('A provider with this name already exists in this project.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(cluster.store.list(SECRETS).filter((s) => s.metadata.name?.startsWith('vcenter-prod-') && s.metadata.name !== 'vcenter-prod-secret')).toEqual([]);
  });

  it('creates the Secret and the Provider, then follows the provider', async () => {
    renderPage();
    fireEvent.click(screen.getByRole('radio', { name: 'Open Virtual Appliance (OVA)' }));
    type('Provider name', 'ova-unit');
    type('NFS share', 'nfs.example.com:/ova');
    fireEvent.click(screen.getByRole('button', { name: 'Create provider' }));
    expect(await screen.findByRole('heading', { name: 'Provider ova-unit' }, { timeout: 10_000 })).toBeTruthy();
    const provider = cluster.store.get(PROVIDERS, 'openshift-mtv', 'ova-unit')!;
    const secret = cluster.store.get(SECRETS, 'openshift-mtv', (provider.spec as { secret: { name: string } }).secret.name)!;
    expect(secret.metadata.ownerReferences?.[0]?.uid).toBe(provider.metadata.uid);
    expect(atob((secret.data as Record<string, string>).url)).toBe('nfs.example.com:/ova');
  });

  it('keeps the form and removes the Secret when the Provider is refused', async () => {
    const real = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) =>
      String(input).endsWith('/providers') && init?.method === 'POST'
        ? Promise.resolve(new Response(JSON.stringify({ kind: 'Status', code: 422, reason: 'Invalid', message: 'Provider "ova-bad" is invalid', details: { causes: [{ field: 'spec.url', message: 'Invalid value: the share is read-only' }] } }), { status: 422 }))
        : real(input, init),
    );
    renderPage();
    fireEvent.click(screen.getByRole('radio', { name: 'Open Virtual Appliance (OVA)' }));
    type('Provider name', 'ova-bad');
    type('NFS share', 'nfs.example.com:/ova');
    fireEvent.click(screen.getByRole('button', { name: 'Create provider' }));
    // The 422 cause lands at its field; the form keeps what was typed; the Secret that was created is gone again.
    expect(await screen.findByText('Invalid value: the share is read-only', {}, { timeout: 10_000 })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'NFS share' }) as HTMLInputElement).value).toBe('nfs.example.com:/ova');
    expect(screen.getByText(/Removed again: Secret ova-bad-/)).toBeTruthy();
    await waitFor(() => expect(cluster.store.list(SECRETS).filter((s) => s.metadata.name?.startsWith('ova-bad-'))).toEqual([]));
  });
});
