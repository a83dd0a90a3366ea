import { describe, expect, it, vi } from 'vitest';
import { R, markReady, provider, secret, testStore } from '../controller/testing/world';
import { createInventory } from './index';

const get = async (inv: ReturnType<typeof createInventory>, path: string) => {
  const res = await inv.handler(new Request(`http://inventory${path}`));
  return { status: res.status, reason: res.headers.get('X-Reason'), body: res.status === 404 ? undefined : await res.json() };
};

function world(vms = 40) {
  const store = testStore();
  store.create(R.secrets, secret('vc', { user: 'u', password: 'p' }));
  store.create(R.providers, provider('vcenter', 'vsphere', 'https://vcenter.example.com/sdk', 'vc'));
  store.create(R.providers, provider('rhv', 'ovirt', 'https://rhv.example.com/ovirt-engine/api', 'vc'));
  store.create(R.providers, provider('host', 'openshift', ''));
  store.create(R.storageclasses, { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard-csi' }, provisioner: 'csi.example.com' });
  const inventory = createInventory(store, { seed: 5, vmsPerProvider: vms });
  return { store, inventory };
}

describe('inventory service', () => {
  it('lists providers grouped by type, with counts only once Ready', async () => {
    const { store, inventory } = world();
    const before = await get(inventory, '/providers?detail=1');
    expect(Object.keys(before.body).sort()).toEqual(['openshift', 'openstack', 'ova', 'ovirt', 'vsphere']);
    expect(before.body.vsphere).toHaveLength(1);
    expect(before.body.vsphere[0].vmCount).toBeUndefined();
    markReady(store, 'vcenter');
    const after = await get(inventory, '/providers?detail=1');
    const vc = after.body.vsphere[0];
    expect(vc).toMatchObject({ name: 'vcenter', namespace: 'openshift-mtv', type: 'vsphere', vmCount: 40 });
    expect(vc.uid).toBe(vc.id);
    expect(vc.object.kind).toBe('Provider');
    expect(vc.networkCount).toBeGreaterThan(0);
    expect(vc.datastoreCount).toBeGreaterThan(0);
    expect(vc.hostCount).toBeGreaterThan(0);
    expect(vc.clusterCount).toBeGreaterThan(0);
    const summary = await get(inventory, '/providers');
    expect(summary.body.vsphere[0].object).toBeUndefined();
    expect(summary.body.vsphere[0].selfLink).toBe(`providers/vsphere/${vc.uid}`);
  });

  it('serves collections at detail levels with limit and offset, and single objects', async () => {
    const { store, inventory } = world();
    const uid = markReady(store, 'vcenter').metadata.uid!;
    const thin = await get(inventory, `/providers/vsphere/${uid}/vms`);
    expect(thin.body).toHaveLength(40);
    expect(Object.keys(thin.body[0]).sort()).toEqual(['id', 'name', 'parent', 'path', 'selfLink']);
    const full = await get(inventory, `/providers/vsphere/${uid}/vms?detail=4`);
    expect(full.body[0].disks.length).toBeGreaterThan(0);
    expect(full.body[0].selfLink).toBe(`providers/vsphere/${uid}/vms/${full.body[0].id}`);
    const page = await get(inventory, `/providers/vsphere/${uid}/vms?detail=1&limit=5&offset=10`);
    expect(page.body.map((v: { id: string }) => v.id)).toEqual(full.body.slice(10, 15).map((v: { id: string }) => v.id));
    const one = await get(inventory, `/providers/vsphere/${uid}/vms/${full.body[3].id}`);
    expect(one.body).toEqual(full.body[3]);
    const byName = await get(inventory, `/providers/vsphere/${uid}/vms?name=${full.body[7].name}`);
    expect(byName.body).toHaveLength(1);
    for (const c of ['folders', 'datacenters', 'clusters', 'hosts', 'networks', 'datastores', 'workloads']) {
      expect((await get(inventory, `/providers/vsphere/${uid}/${c}`)).status).toBe(200);
    }
    const tree = await get(inventory, `/providers/vsphere/${uid}/tree/host`);
    expect(tree.body[0].kind).toBe('Datacenter');
    const missing = await get(inventory, `/providers/vsphere/${uid}/vms/vm-nope`);
    expect(missing.status).toBe(404);
  });

  it('answers 404 ProviderNotFound for unknown providers and 206 while not Ready', async () => {
    const { store, inventory } = world();
    const nf = await get(inventory, '/providers/vsphere/00000000-0000-0000-0000-000000000000/vms');
    expect(nf).toMatchObject({ status: 404, reason: 'ProviderNotFound' });
    const uid = store.get(R.providers, 'openshift-mtv', 'rhv')!.metadata.uid!;
    const partial = await get(inventory, `/providers/ovirt/${uid}/vms`);
    expect(partial.status).toBe(206);
    markReady(store, 'rhv');
    for (const c of ['datacenters', 'clusters', 'hosts', 'networks', 'nicprofiles', 'diskprofiles', 'storagedomains', 'disks', 'vms', 'workloads']) {
      const r = await get(inventory, `/providers/ovirt/${uid}/${c}?detail=1`);
      expect(r.status).toBe(200);
      expect(r.body.length).toBeGreaterThan(0);
    }
  });

  it('serves the host cluster from the store and follows its changes', async () => {
    const { store, inventory } = world();
    const uid = markReady(store, 'host').metadata.uid!;
    const scs = await get(inventory, `/providers/openshift/${uid}/storageclasses?detail=1`);
    expect(scs.body.map((s: { name: string }) => s.name)).toEqual(['standard-csi']);
    expect(scs.body[0].object.kind).toBe('StorageClass');
    store.create(R.nads, { apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition', metadata: { name: 'vlan-10', namespace: 'default' }, spec: { config: '{}' } });
    const nads = await get(inventory, `/providers/openshift/${uid}/networkattachmentdefinitions`);
    expect(nads.body).toHaveLength(1);
    expect(nads.body[0]).toMatchObject({ name: 'vlan-10', namespace: 'default' });
    const ns = await get(inventory, `/providers/openshift/${uid}/namespaces`);
    expect(ns.body.map((n: { name: string }) => n.name)).toContain('demo-migrations');
  });

  it('gives providers with the same type and URL the same inventory, and others a different one', () => {
    const { store, inventory } = world();
    const vc = store.get(R.providers, 'openshift-mtv', 'vcenter')!;
    const twin = { ...vc, metadata: { ...vc.metadata, uid: 'other' } };
    const elsewhere = { ...vc, spec: { ...vc.spec, url: 'https://vcenter2.example.com/sdk' } };
    expect(inventory.forProvider(twin)!.vms()[0].name).toBe(inventory.forProvider(vc)!.vms()[0].name);
    expect(inventory.forProvider(elsewhere)!.vms().map((v) => v.name)).not.toEqual(inventory.forProvider(vc)!.vms().map((v) => v.name));
  });

  it('caches serialised collections so repeated large lists are cheap', async () => {
    const { store, inventory } = world(30_000);
    const uid = markReady(store, 'vcenter').metadata.uid!;
    // The cache is observed through JSON.stringify calls, not timings
    // (timed tests are flaky on a shared machine; bench/sim measures speed).
    const stringify = vi.spyOn(JSON, 'stringify');
    const fetchBody = async () => {
      const res = await inventory.handler(new Request(`http://inventory/providers/vsphere/${uid}/vms?detail=4`));
      return new Uint8Array(await res.arrayBuffer());
    };
    const first = await fetchBody();
    const callsAfterFirst = stringify.mock.calls.length;
    const second = await fetchBody();
    const callsForSecond = stringify.mock.calls.length - callsAfterFirst;
    stringify.mockRestore();
    expect(first.byteLength).toBeGreaterThan(10_000_000);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(callsAfterFirst).toBeGreaterThan(0);
    expect(callsForSecond).toBe(0);
  });
});
