/**
 * Field paths the Forklift inventory documents for each provider type's VMs
 * (forklift-api.md "VM shapes"). The editor offers these even when the
 * loaded rows happen not to have them (an empty provider, a field that is
 * missing on the first rows), so completion does not depend on luck.
 */
import type { ProviderType } from '../k8s/types';
import type { ResourceKindId } from './resourceKinds';

const CONCERNS = ['concerns', 'concerns[*].id', 'concerns[*].label', 'concerns[*].category', 'concerns[*].assessment'];

const VM_FIELDS: Readonly<Record<ProviderType, readonly string[]>> = {
  vsphere: [
    'id', 'name', 'path', 'parent.kind', 'parent.id', 'powerState', 'host', 'isTemplate', 'cpuCount', 'coresPerSocket',
    'memoryMB', 'guestId', 'guestName', 'firmware', 'ipAddress', 'hostName', 'storageUsed', 'uuid', 'connectionState',
    'changeTrackingEnabled', 'secureBoot', 'tpmEnabled', 'disks', 'disks[*].key', 'disks[*].file', 'disks[*].datastore.id',
    'disks[*].capacity', 'disks[*].shared', 'disks[*].rdm', 'disks[*].bus', 'disks[*].mode', 'nics', 'nics[*].mac',
    'nics[*].network.id', 'networks', 'networks[*].id', ...CONCERNS,
  ],
  ovirt: [
    'id', 'name', 'path', 'cluster', 'host', 'status', 'cpuSockets', 'cpuCores', 'cpuThreads', 'memory', 'osType',
    'guestName', 'nics', 'nics[*].id', 'nics[*].name', 'nics[*].interface', 'nics[*].ipAddress', 'nics[*].profile',
    'nics[*].mac', 'diskAttachments', 'diskAttachments[*].id', 'diskAttachments[*].interface', 'diskAttachments[*].disk',
    'diskAttachments[*].bootable', ...CONCERNS,
  ],
  openstack: ['id', 'name', 'tenantID', 'status', 'hostID', 'imageID', 'flavorID', 'addresses', 'attachedVolumes', 'attachedVolumes[*].ID', ...CONCERNS],
  openshift: ['uid', 'version', 'namespace', 'name', 'id', 'object.metadata.labels', 'object.spec.runStrategy', 'object.status.printableStatus'],
  ova: ['id', 'name', 'ovfPath', 'osType', 'firmware', 'cpuCount', 'coresPerSocket', 'memoryMB', 'nics', 'disks', 'networks', ...CONCERNS],
};

const KIND_FIELDS: Partial<Record<ResourceKindId, readonly string[]>> = {
  datastores: ['id', 'name', 'type', 'capacity', 'free', 'maintenance'],
  networks: ['id', 'name', 'variant', 'vlanId'],
};

export const knownFields = (type: ProviderType, kind: ResourceKindId): readonly string[] =>
  (kind === 'vms' ? VM_FIELDS[type] : KIND_FIELDS[kind]) ?? ['id', 'name'];
