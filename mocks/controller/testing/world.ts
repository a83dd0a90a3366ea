/**
 * Test helpers: a real in-memory object store with the namespaces and
 * resource refs the controller tests need.
 */
import type { K8sObject, ObjectStore, ResourceRef } from '../../core/contract';
import { createObjectStore } from '../../core/store';
import { RES } from '../resources';
import { TARGET } from '../targetSide';

// The controller's own refs under the short names the tests use.
export const R = {
  namespaces: RES.namespaces,
  secrets: RES.secrets,
  storageclasses: RES.storageClasses,
  nads: RES.nads,
  vms: RES.virtualMachines,
  providers: RES.providers,
  networkmaps: RES.networkMaps,
  storagemaps: RES.storageMaps,
  plans: RES.plans,
  migrations: RES.migrations,
  hooks: RES.hooks,
  dvs: TARGET.dataVolumes,
  pvcs: TARGET.pvcs,
  pods: TARGET.pods,
  events: TARGET.events,
} satisfies Record<string, ResourceRef>;

export function testStore(namespaces: string[] = ['openshift-mtv', 'demo-migrations', 'default']): ObjectStore {
  const store = createObjectStore({ seed: 1 });
  for (const name of namespaces) store.create(R.namespaces, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  return store;
}

export function provider(name: string, type: string, url: string, secret?: string): K8sObject {
  return {
    apiVersion: 'forklift.konveyor.io/v1beta1',
    kind: 'Provider',
    metadata: { name, namespace: 'openshift-mtv' },
    spec: { type, url, ...(secret ? { secret: { name: secret, namespace: 'openshift-mtv' } } : {}) },
  };
}

export function secret(name: string, data: Record<string, string>): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace: 'openshift-mtv' },
    type: 'Opaque',
    stringData: data,
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
  };
}

/** Marks a provider Ready by hand, for inventory tests that run without the controller. */
export function markReady(store: ObjectStore, name: string): K8sObject {
  const p = store.get(R.providers, 'openshift-mtv', name)!;
  return store.updateStatus(R.providers, { ...p, status: { phase: 'Ready', conditions: [{ type: 'Ready', status: 'True', category: 'Required', reason: 'Ready', message: 'The provider is ready.' }] } });
}
