/**
 * Sources and VM counts for every provider type, read through the simulated
 * inventory service (the same REST shapes as Forklift's) and checked against
 * the simulator's own record of which VM uses which network and storage.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createSimulatedCluster, INVENTORY_PREFIX } from '../../../mocks/cluster';
import { markReady } from '../../../mocks/controller/testing/world';
import type { ProviderType } from '../../k8s/types';
import { fetchSources } from './fetchSources';
import { POD_SOURCE_ID, toSources } from './sourceResources';

// The SDK only runs inside the console; this test passes its own fetch.
vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({ consoleFetchJSON: vi.fn() }));

const cluster = createSimulatedCluster({ seed: 7, vmsPerProvider: 30, clockSpeed: 0.0001 });
afterAll(() => cluster.stop());

const fetchFromSim = async <T,>(path: string): Promise<T> => {
  const res = await cluster.handle(new Request(`http://sim${INVENTORY_PREFIX}/${path}`));
  if (!res.ok) throw new Error(`${res.status} ${path}`);
  return (await res.json()) as T;
};

const PROVIDERS: [ProviderType, string][] = [
  ['vsphere', 'vcenter-prod'],
  ['ovirt', 'rhv-datacenter'],
  ['openstack', 'openstack-east'],
  ['ova', 'ova-nfs-share'],
  ['openshift', 'ocp-edge'],
];

describe('fetchSources against the simulated inventory', () => {
  for (const [type, name] of PROVIDERS) {
    it(`${type}: every network and storage, with the number of VMs using it`, async () => {
      const provider = markReady(cluster.store, name);
      const facts = cluster.inventory.forProvider(provider)!.vms();
      for (const kind of ['network', 'storage'] as const) {
        const sources = await fetchSources(type, provider.metadata.uid!, kind, fetchFromSim);
        expect(sources.length).toBeGreaterThan(0);
        const expected = new Map<string, number>();
        for (const vm of facts) {
          const ids = kind === 'network' ? [...vm.networkIds, ...(vm.usesPodNetwork ? [POD_SOURCE_ID] : [])] : vm.storageIds;
          for (const id of new Set(ids)) expected.set(id, (expected.get(id) ?? 0) + 1);
        }
        for (const s of sources) expect([s.name, s.vmCount]).toEqual([s.name, expected.get(s.id) ?? 0]);
        // Every id a VM uses is a listed source.
        expect([...expected.keys()].filter((id) => !sources.some((s) => s.id === id))).toEqual([]);
        expect(sources.some((s) => (s.vmCount ?? 0) > 0)).toBe(true);
      }
    });
  }
});

describe('toSources', () => {
  it('names OpenShift NADs namespace/name and lists the pod network first, as kubectl-mtv names them', () => {
    const sources = toSources('openshift', 'network', {
      resources: [{ id: 'u1', name: 'b-net', namespace: 'ns' }],
      vms: [
        { object: { metadata: { namespace: 'ns' }, spec: { template: { spec: { networks: [{ pod: {} }, { multus: { networkName: 'b-net' } }] } } } } },
        { object: { metadata: { namespace: 'x' }, spec: { template: { spec: { networks: [{ multus: { networkName: 'ns/b-net' } }] } } } } },
      ],
      helpers: {},
    });
    expect(sources).toEqual([
      { id: 'pod', name: 'default', type: 'pod', vmCount: 1 },
      { id: 'u1', name: 'ns/b-net', namespace: 'ns', vmCount: 2 },
    ]);
  });
  it('labels vSphere networks with variant and VLAN and sorts by name', () => {
    const sources = toSources('vsphere', 'network', {
      resources: [{ id: 'n2', name: 'b', variant: 'Standard', vlanId: '110' }, { id: 'n1', name: 'a' }],
      vms: [{ networks: [{ id: 'n2' }], nics: [{ network: { id: 'n2' } }] }],
      helpers: {},
    });
    expect(sources).toEqual([
      { id: 'n1', name: 'a', vmCount: 0 },
      { id: 'n2', name: 'b', label: 'Standard · VLAN 110', vmCount: 1 },
    ]);
  });
});

