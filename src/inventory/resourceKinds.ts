/**
 * The inventory collections a person can browse, per provider type. Paths are
 * the collection names under `/providers/<type>/<uid>/` in the Forklift
 * inventory service (see forklift-api.md "Inventory service").
 */
import type { ProviderType } from '../k8s/types';

export type ResourceKindId =
  | 'vms'
  | 'hosts'
  | 'clusters'
  | 'datacenters'
  | 'folders'
  | 'networks'
  | 'datastores'
  | 'storagedomains'
  | 'disks'
  | 'nicprofiles'
  | 'diskprofiles'
  | 'regions'
  | 'projects'
  | 'images'
  | 'flavors'
  | 'snapshots'
  | 'volumes'
  | 'volumetypes'
  | 'subnets'
  | 'namespaces'
  | 'storageclasses'
  | 'networkattachmentdefinitions'
  | 'persistentvolumeclaims'
  | 'datavolumes'
  | 'storages';

/** VMs first: that is what people come here for. */
export const RESOURCE_KINDS: Readonly<Record<ProviderType, readonly ResourceKindId[]>> = {
  vsphere: ['vms', 'hosts', 'clusters', 'datacenters', 'folders', 'networks', 'datastores'],
  ovirt: ['vms', 'hosts', 'clusters', 'datacenters', 'networks', 'storagedomains', 'disks', 'nicprofiles', 'diskprofiles'],
  openstack: ['vms', 'projects', 'regions', 'images', 'flavors', 'networks', 'subnets', 'volumes', 'volumetypes', 'snapshots'],
  openshift: ['vms', 'namespaces', 'storageclasses', 'networkattachmentdefinitions', 'persistentvolumeclaims', 'datavolumes'],
  ova: ['vms', 'networks', 'disks', 'storages'],
};

export const kindsFor = (type: ProviderType | undefined): readonly ResourceKindId[] => (type ? RESOURCE_KINDS[type] : []);

export const isKindOf = (type: ProviderType | undefined, kind: string | undefined): kind is ResourceKindId =>
  !!type && !!kind && (RESOURCE_KINDS[type] as readonly string[]).includes(kind);

/**
 * `detail=4` asks the inventory for whole objects (what `kubectl mtv get
 * inventory` uses); the default detail level leaves out the fields people query.
 */
export const collectionPath = (type: ProviderType, uid: string, kind: ResourceKindId): string =>
  `providers/${type}/${encodeURIComponent(uid)}/${kind}?detail=4`;
