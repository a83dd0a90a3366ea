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

export interface MappingPair {
  sourceId: string;
  targetId: string;
  /** Storage only. */
  volumeMode?: VolumeMode;
  /** Storage only. */
  accessMode?: AccessMode;
}

export const isMultusTarget = (targetId: string): boolean => targetId.includes('/');
