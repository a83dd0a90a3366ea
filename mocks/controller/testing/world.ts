/**
 * Test helpers: a real in-memory object store with the namespaces and
 * resource refs the controller tests need.
 */
import type { K8sObject, ObjectStore, ResourceRef } from '../../core/contract';
import { createObjectStore } from '../../core/store';

export const R = {
  namespaces: { group: '', version: 'v1', plural: 'namespaces' },
  secrets: { group: '', version: 'v1', plural: 'secrets' },
  storageclasses: { group: 'storage.k8s.io', version: 'v1', plural: 'storageclasses' },
  nads: { group: 'k8s.cni.cncf.io', version: 'v1', plural: 'network-attachment-definitions' },
  vms: { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' },
  providers: { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'providers' },
  networkmaps: { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'networkmaps' },
  storagemaps: { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'storagemaps' },
  plans: { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'plans' },
  migrations: { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'migrations' },
  hooks: { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'hooks' },
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
