/**
 * What the rest of the simulated cluster sees of an inventory: the served
 * collections, plus normalised VM facts the controller validates plans and
 * drives pipelines with, whatever the provider type.
 */
import type { Concern } from './concerns';

export type ProviderType = 'vsphere' | 'ovirt' | 'openstack' | 'openshift' | 'ova';
export const PROVIDER_TYPES: readonly ProviderType[] = ['openshift', 'vsphere', 'ovirt', 'openstack', 'ova'];

/** Any object the inventory serves: it has an id and a name; the rest is type-specific. */
export interface InventoryItem {
  id: string;
  name: string;
  [key: string]: unknown;
}

export interface VmDiskFacts {
  capacityBytes: number;
  /** The id a StorageMap source uses for this disk's storage (datastore, storage domain, volume type...). */
  storageId: string;
}

/** A source VM reduced to what validation and the migration pipeline need. */
export interface VmFacts {
  id: string;
  name: string;
  /** OpenShift VMs only. */
  namespace?: string;
  poweredOn: boolean;
  cpuCores: number;
  memoryMiB: number;
  firmware: 'bios' | 'efi';
  /** Ids a NetworkMap source uses (port groups, logical networks, NAD uids...). */
  networkIds: string[];
  /** OpenShift VMs on the pod network need a `{type: pod}` source in the map. */
  usesPodNetwork: boolean;
  /** Distinct storage ids the disks use. */
  storageIds: string[];
  disks: VmDiskFacts[];
  concerns: Concern[];
}

export interface InventoryRef {
  id?: string;
  name?: string;
  namespace?: string;
  type?: string;
}

export interface ProviderInventory {
  readonly type: ProviderType;
  /** Collection names served under `/providers/<type>/<uid>/`. */
  readonly collectionNames: readonly string[];
  collection(name: string): readonly InventoryItem[] | undefined;
  /** `vmCount`, `networkCount`, ... as the `/providers` listing reports them. */
  counts(): Record<string, number>;
  vms(): readonly VmFacts[];
  findVm(ref: InventoryRef): VmFacts | undefined;
  findNetwork(ref: InventoryRef): InventoryItem | undefined;
  findStorage(ref: InventoryRef): InventoryItem | undefined;
  /** Changes whenever the content changes (only the host OpenShift inventory ever does): keys response caches. */
  version(): number;
  /** Extra read-only views such as vSphere `tree/host`; undefined when the path is not one. */
  view?(path: string): unknown;
}
