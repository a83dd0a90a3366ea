/**
 * The simulated Forklift inventory: one generated inventory per source
 * provider (lazily, cached), the host cluster's inventory read from the
 * store, and the REST service over both.
 *
 * Which inventory a provider sees is decided by the world seed plus the
 * provider's type and URL, not its uid: two providers pointing at the same
 * vCenter see the same VMs (as they would for real), and deleting and
 * re-creating a provider, or seeding objects in another order, does not
 * reshuffle the estate that tests and demos rely on.
 */
import type { FetchHandler, K8sObject, ObjectStore } from '../core/contract';
import { generateOpenshiftInventory } from './generators/openshift';
import { generateOpenstackInventory } from './generators/openstack';
import { generateOvaInventory } from './generators/ova';
import { generateOvirtInventory } from './generators/ovirt';
import { generateVsphereInventory } from './generators/vsphere';
import { deriveSeed } from './prng';
import { createStoreOpenshiftInventory, createGeneratedOpenshiftInventory } from './providers/openshift';
import { createOpenstackProviderInventory } from './providers/openstack';
import { createOvaProviderInventory } from './providers/ova';
import { createOvirtProviderInventory } from './providers/ovirt';
import { createVsphereProviderInventory } from './providers/vsphere';
import { createInventoryService } from './service';
import { PROVIDER_TYPES, type ProviderInventory, type ProviderType } from './types';

export type { ProviderInventory, ProviderType, VmFacts, InventoryItem, InventoryRef } from './types';
export { isProviderReady } from './service';

export interface InventoryOptions {
  seed: number;
  vmsPerProvider: number;
  /** See InventoryServiceDeps. */
  gzip?: (bytes: Uint8Array) => Uint8Array;
  now?: () => number;
}

export interface Inventory {
  handler: FetchHandler;
  /** The inventory a provider CR sees, Ready or not; undefined for an unsupported type. */
  forProvider(provider: K8sObject): ProviderInventory | undefined;
  /** Stops following the store. */
  dispose(): void;
}

const PROVIDERS = { group: 'forklift.konveyor.io', version: 'v1beta1', plural: 'providers' };

export function providerKey(provider: K8sObject): { type: string; url: string } {
  return { type: String(provider.spec?.type ?? ''), url: String(provider.spec?.url ?? '').trim() };
}

function generate(type: ProviderType, seed: number, vms: number): ProviderInventory {
  switch (type) {
    case 'vsphere':
      return createVsphereProviderInventory(generateVsphereInventory({ seed, vms }));
    case 'ovirt':
      return createOvirtProviderInventory(generateOvirtInventory({ seed, vms }));
    case 'openstack':
      return createOpenstackProviderInventory(generateOpenstackInventory({ seed, vms }));
    case 'ova':
      return createOvaProviderInventory(generateOvaInventory({ seed, vms }));
    case 'openshift':
      return createGeneratedOpenshiftInventory(generateOpenshiftInventory({ seed, vms }));
  }
}

export function createInventory(store: ObjectStore, opts: InventoryOptions): Inventory {
  const host = createStoreOpenshiftInventory(store);
  const generated = new Map<string, ProviderInventory>();

  const forProvider = (provider: K8sObject): ProviderInventory | undefined => {
    const { type, url } = providerKey(provider);
    if (!PROVIDER_TYPES.includes(type as ProviderType)) return undefined;
    if (type === 'openshift' && url === '') return host;
    const key = `${type}|${url}`;
    let inventory = generated.get(key);
    if (!inventory) generated.set(key, (inventory = generate(type as ProviderType, deriveSeed(opts.seed, key), opts.vmsPerProvider)));
    return inventory;
  };

  const handler = createInventoryService({ listProviders: () => store.list(PROVIDERS), forProvider, gzip: opts.gzip, now: opts.now });
  return { handler, forProvider, dispose: () => host.dispose() };
}
