/**
 * The mapping editor's model, shared by network and storage maps so one
 * component, one set of checks and one pair syntax serve both.
 *
 * A pair's target is a string id:
 *  - network: `pod` (the pod network), `ignored`, or `namespace/name` of a
 *    Multus NetworkAttachmentDefinition (a NAD id always holds a `/`, so it
 *    never collides with the two keywords);
 *  - storage: the StorageClass name.
 */
export type MappingKind = 'network' | 'storage';

export const POD_TARGET = 'pod';
export const IGNORED_TARGET = 'ignored';

export const VOLUME_MODES = ['Filesystem', 'Block'] as const;
export const ACCESS_MODES = ['ReadWriteOnce', 'ReadWriteMany', 'ReadOnlyMany'] as const;
export type VolumeMode = (typeof VOLUME_MODES)[number];
export type AccessMode = (typeof ACCESS_MODES)[number];

/** A source network or storage (datastore, storage domain, volume type, ...) of the source provider. */
export interface MappingSource {
  /** Inventory id; what the map's `source.id` holds. */
  id: string;
  name: string;
  /** A short extra label shown under the name (e.g. VLAN, datastore type, namespace). */
  label?: string;
  /** How many source VMs use it; undefined when unknown. */
  vmCount?: number;
}

/** A target the user can map to. */
export interface MappingTarget {
  /** `pod`, `ignored`, `namespace/name` (network) or the StorageClass name (storage). */
  id: string;
  /** What the user reads (the NAD's `namespace/name`, the class name, "Pod network"). */
  name: string;
  label?: string;
  /** The cluster's default StorageClass. */
  isDefault?: boolean;
}

/** Storage array products Forklift's vSphere XCOPY copy offload knows (StorageVendorProduct). */
export const OFFLOAD_VENDORS = ['flashsystem', 'vantara', 'ontap', 'primera3par', 'pureFlashArray', 'powerflex', 'powermax', 'powerstore', 'infinibox'] as const;
export type OffloadVendor = (typeof OFFLOAD_VENDORS)[number];

/**
 * Storage copy offload of a pair: the disks are copied by the storage array
 * (vSphere XCOPY) instead of over the network. Forklift's
 * `offloadPlugin.vsphereXcopyConfig`; `kubectl mtv` writes it as
 * `offloadPlugin=vsphere;offloadVendor=…;offloadSecret=…[;offloadMigrationHosts=a+b]`.
 */
export interface StorageOffload {
  vendor: OffloadVendor;
  /** Secret with the storage array's credentials, in the source provider's namespace. */
  secret: string;
  /** ESXi host ids to run the copies on instead of each VM's own host. */
  migrationHosts?: string[];
}

export interface MappingPair {
  sourceId: string;
  targetId: string;
  /** Storage only. */
  volumeMode?: VolumeMode;
  /** Storage only. */
  accessMode?: AccessMode;
  /** Storage only. */
  offload?: StorageOffload;
  /**
   * Storage only: an offload plugin of the map that the editor does not edit
   * (e.g. `csiVolumeImport`), carried unchanged so an edit does not drop it.
   */
  otherOffload?: Record<string, unknown>;
}

export const isMultusTarget = (targetId: string): boolean => targetId.includes('/');
