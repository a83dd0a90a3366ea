/**
 * Migration concerns as the Forklift validation service reports them on each
 * source VM: `{id, label, category, assessment}`. The catalogue below follows
 * the wording of the upstream validation policies closely enough that the
 * console's concern badges and filters see realistic data.
 */
export type ConcernCategory = 'Critical' | 'Warning' | 'Information';

export interface Concern {
  id: string;
  label: string;
  category: ConcernCategory;
  assessment: string;
}

function concern(id: string, label: string, category: ConcernCategory, assessment: string): Concern {
  return { id, label, category, assessment };
}

export const CONCERNS = {
  cbtDisabled: concern(
    'vmware.changeTrackingEnabled.false',
    'Changed Block Tracking (CBT) not enabled',
    'Warning',
    'Changed Block Tracking (CBT) has not been enabled on this VM. This feature is a prerequisite for VM warm migration.',
  ),
  sharedDisk: concern(
    'vmware.disk.shared.detected',
    'Shared disk detected',
    'Warning',
    'Shared disks are only supported by certain OpenShift Virtualization storage configurations. Ensure that the correct storage is selected for the disk.',
  ),
  rdmDisk: concern(
    'vmware.disk.rdm.detected',
    'VM has RDM disk',
    'Critical',
    'RDM disks are not currently supported by OpenShift Virtualization. The VM cannot be migrated unless the RDM disks are removed. You can reattach them to the VM after migration.',
  ),
  secureBoot: concern(
    'vmware.secureboot.enabled',
    'UEFI secure boot enabled',
    'Warning',
    'UEFI secure boot is enabled on the VM. The guest may fail to boot after conversion unless secure boot is also enabled on the target VM.',
  ),
  independentDisk: concern(
    'vmware.disk.mode.independent',
    'Independent disk',
    'Critical',
    'Independent disks cannot be transferred using recent versions of VDDK. The VM cannot be migrated unless the disks are removed or their mode is changed to dependent.',
  ),
  snapshot: concern(
    'vmware.snapshot.detected',
    'VM snapshot detected',
    'Information',
    'Online snapshots are not currently supported by OpenShift Virtualization. Snapshots are not migrated.',
  ),
  passthrough: concern(
    'vmware.passthrough_device.detected',
    'Passthrough device detected',
    'Critical',
    'SCSI or PCI passthrough devices are not supported by the migration. The VM cannot be migrated unless the device is removed.',
  ),
  cpuHotplug: concern(
    'vmware.cpu.hotplug.enabled',
    'CPU hot plug detected',
    'Warning',
    'Hot-plugging CPUs is not currently supported by OpenShift Virtualization. The setting is dropped during migration.',
  ),
  memoryHotplug: concern(
    'vmware.memory.hotplug.enabled',
    'Memory hot plug detected',
    'Warning',
    'Hot-plugging memory is not currently supported by OpenShift Virtualization. The setting is dropped during migration.',
  ),
  tpm: concern(
    'vmware.tpm.detected',
    'TPM detected',
    'Warning',
    'The VM is configured with a TPM device. TPM data is not transferred during the migration.',
  ),
  drs: concern(
    'vmware.drs.enabled',
    'VM running in a DRS-enabled cluster',
    'Information',
    'Distributed resource scheduling is not currently supported by OpenShift Virtualization. The VM can be migrated but it will not have this feature in the target environment.',
  ),
  noGuestIp: concern(
    'vmware.guestIp.notFound',
    'VM IP address not detected',
    'Warning',
    'The guest tools did not report an IP address. Static IP preservation is not possible for this VM.',
  ),
  unsupportedOs: concern(
    'os.unsupported',
    'Unsupported operating system detected',
    'Warning',
    'The guest operating system is not supported by OpenShift Virtualization. The VM may not boot or run correctly after migration.',
  ),
  ovirtIllegalImages: concern(
    'ovirt.disk.illegal_images',
    'Illegal disk images detected',
    'Critical',
    'The VM has one or more snapshots with disks in ILLEGAL state. The VM cannot be migrated until the disks are fixed.',
  ),
  ovirtHa: concern(
    'ovirt.ha.enabled',
    'VM configured as HA',
    'Warning',
    'High availability is not currently supported by OpenShift Virtualization. The VM can be migrated but it will not have this feature.',
  ),
  ovirtUsbEnabled: concern(
    'ovirt.usb.enabled',
    'USB support enabled',
    'Warning',
    'USB support is not currently supported by OpenShift Virtualization. The setting is dropped during migration.',
  ),
  openstackShelved: concern(
    'openstack.status.shelved',
    'VM is shelved',
    'Warning',
    'The VM is shelved; it must be unshelved before its volumes can be copied.',
  ),
  ovaMissingDisk: concern(
    'ova.disk.missing',
    'OVF references a missing disk',
    'Critical',
    'The OVF descriptor references a disk file that is not present in the OVA archive.',
  ),
} as const satisfies Record<string, Concern>;
