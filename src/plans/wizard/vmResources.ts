/**
 * The selected VMs' disks, per provider type, for the PVC name preview:
 * index, whether the disk is shared and its source file name where the
 * inventory has them. (Which networks and storage the VMs use comes from the
 * mapping editor's data layer, src/mappings/data.)
 */
import type { ProviderType } from '../../k8s/types';

type Obj = Record<string, unknown>;
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

const disksOf = (type: ProviderType, vm: Obj): Obj[] => {
  switch (type) {
    case 'vsphere':
    case 'ova':
      return arr(vm.disks);
    case 'ovirt':
      return arr(vm.diskAttachments);
    case 'openstack':
      return arr(vm.attachedVolumes);
    case 'openshift':
      return arr(((vm.object as Obj | undefined)?.spec as Obj | undefined)?.dataVolumeTemplates);
  }
};

export const vmDisks = (type: ProviderType, vm: Obj): { index: number; shared?: boolean; fileName?: string }[] =>
  disksOf(type, vm).map((disk, index) => {
    const file = typeof disk.file === 'string' ? disk.file : '';
    return { index, shared: disk.shared === true, ...(file ? { fileName: file.replace(/^\[[^\]]*\]\s*/, '').split('/').pop() } : {}) };
  });
