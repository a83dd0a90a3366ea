// @vitest-environment jsdom
/**
 * The details page renders its header, actions and each tab for a provider
 * from the demo world (the host's HorizontalNav stands in as "render every tab").
 */
import * as React from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedCluster } from '../../mocks/cluster';

const cluster = createSimulatedCluster({ world: true, vmsPerProvider: 3 });
const store = (plural: string, group = 'forklift.konveyor.io', version = 'v1beta1') => cluster.store.list({ group, version, plural });

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  useModal: () => () => {},
  useK8sWatchResource: (res: { groupVersionKind?: { kind: string }; name?: string; namespace?: string } | null) => {
    if (!res) return [undefined, true, undefined];
    const kind = res.groupVersionKind?.kind;
    const items = kind === 'Provider' ? store('providers') : kind === 'Secret' ? store('secrets', '', 'v1') : [];
    return [items.find((p) => p.metadata.name === res.name && p.metadata.namespace === res.namespace), true, undefined];
  },
  useK8sWatchResources: () => ({
    plans: { data: store('plans'), loaded: true },
    networkMaps: { data: store('networkmaps'), loaded: true },
    storageMaps: { data: store('storagemaps'), loaded: true },
  }),
  consoleFetchJSON: async () => ({ vsphere: [], ovirt: [], openstack: [], openshift: [], ova: [] }),
  HorizontalNav: ({ pages, resource }: { pages: { name: string; component: React.FC<{ obj: unknown }> }[]; resource: unknown }) => (
    <>
      {pages.map((p) => (
        <section key={p.name} aria-label={`tab ${p.name}`}>
          <p.component obj={resource} />
        </section>
      ))}
    </>
  ),
  ResourceLink: ({ name }: { name: string }) => <a href="#">{name}</a>,
  useAccessReview: () => [true, false],
  // The console's editor: here the text it would show, and whether it can be saved.
  ResourceYAMLEditor: ({ initialResource, readOnly }: { initialResource: { kind: string }; readOnly?: boolean }) => (
    <pre data-readonly={String(!!readOnly)}>{`kind: ${initialResource.kind}`}</pre>
  ),
  Timestamp: ({ timestamp }: { timestamp: string }) => <span>{timestamp}</span>,
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { default: ProviderDetailsPage } = await import('./ProviderDetailsPage');

afterEach(cleanup);

const renderAt = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/k8s/ns/:ns/forklift.konveyor.io~v1beta1~Provider/:name/*" element={<ProviderDetailsPage />} />
      </Routes>
    </MemoryRouter>,
  );

describe('ProviderDetailsPage', () => {
  it('shows every tab of a provider used by plans and maps', async () => {
    renderAt('/k8s/ns/openshift-mtv/forklift.konveyor.io~v1beta1~Provider/vcenter-prod');
    expect(screen.getByRole('heading', { name: 'vcenter-prod', level: 1 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit provider' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete provider' })).toBeTruthy();
    // Every condition the provider has right now (the simulated controller may not have reached Ready yet).
    const conditions = (store('providers').find((p) => p.metadata.name === 'vcenter-prod') as { status?: { conditions?: { type: string }[] } }).status?.conditions ?? [];
    expect(conditions.length).toBeGreaterThan(0);
    const table = within(screen.getByLabelText('tab Details')).getByRole('grid', { name: 'Conditions' }).textContent;
    for (const c of conditions) expect(table).toContain(c.type);
    expect(screen.getByLabelText('Credentials', { selector: 'dl' }).textContent).toContain('********');
    expect(screen.getByRole('list', { name: 'Plans and maps using vcenter-prod' }).textContent).toMatch(/Plan/);
    expect(screen.getByRole('link', { name: 'Browse the inventory of vcenter-prod' }).getAttribute('href')).toBe('/mtv/inventory?provider=openshift-mtv%2Fvcenter-prod&kind=vms');
    const yaml = screen.getByRole('region', { name: 'YAML of Provider/vcenter-prod' });
    expect(yaml.textContent).toContain('kind: Provider');
    expect(yaml.querySelector('pre')?.getAttribute('data-readonly')).toBe('false');
  });

  it('opens the edit form at .../edit with the stored values and no password', async () => {
    renderAt('/k8s/ns/openshift-mtv/forklift.konveyor.io~v1beta1~Provider/vcenter-prod/edit');
    expect(screen.getByRole('heading', { name: 'Edit provider vcenter-prod' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'URL' }) as HTMLInputElement).value).toBe('https://vcenter.prod.example.com/sdk');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
