/**
 * Which source networks and storages the selected VMs use, per provider type,
 * read from the inventory's VM objects and a few small helper collections
 * (oVirt NIC profiles and disks, OpenStack volumes and volume types, ...).
 * The wizard pre-fills the maps with exactly these, and the PVC name preview
 * uses each VM's disks.
 */
import type { ProviderType } from '../../k8s/types';

/** A source network or storage the VMs use, with how many of them use it. */
export interface UsedSource {
  id: string;
  name: string;
  vmCount: number;
}

/** The helper collections a provider type needs to resolve VM references (by collection name). */
export const HELPER_COLLECTIONS: Readonly<Record<ProviderType, { network: string[]; storage: string[] }>> = {
  vsphere: { network: ['networks'], storage: ['datastores'] },
  ovirt: { network: ['networks', 'nicprofiles'], storage: ['storagedomains', 'disks'] },
  openstack: { network: ['networks'], storage: ['volumetypes', 'volumes'] },
  ova: { network: ['networks'], storage: ['storages'] },
  openshift: { network: [], storage: [] },
};

export type Collections = Readonly<Record<string, readonly Record<string, unknown>[] | undefined>>;

type Obj = Record<string, unknown>;
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const byKey = (items: readonly Obj[] | undefined, key: string) => new Map((items ?? []).map((i) => [str(i[key]), i]));

interface Ref {
  id: string;
  name?: string;
}

/** The network references of one VM. */
const vmNetworks = (type: ProviderType, vm: Obj, c: Collections): Ref[] => {
  switch (type) {
    case 'vsphere':
      return arr(vm.networks).map((n) => ({ id: str(n.id) }));
    case 'ova':
      return arr(vm.networks).map((n) => ({ id: str(n.ID), name: str(n.Name) || undefined }));
    case 'ovirt': {
      const profiles = byKey(c.nicprofiles, 'id');
      return arr(vm.nics).map((nic) => ({ id: str(profiles.get(str(nic.profile))?.network) })).filter((r) => r.id);
    }
    case 'openstack': {
      const networks = byKey(c.networks, 'name');
      const addresses = vm.addresses && typeof vm.addresses === 'object' ? Object.keys(vm.addresses as object) : [];
      return addresses.map((name) => ({ id: str(networks.get(name)?.id) || name, name }));
    }
    case 'openshift': {
      const template = ((vm.object as Obj | undefined)?.spec as Obj | undefined)?.template as Obj | undefined;
      const namespace = str(vm.namespace);
      return arr((template?.spec as Obj | undefined)?.networks).map((n) => {
        if (n.pod) return { id: 'pod', name: 'Pod network' };
        const name = str((n.multus as Obj | undefined)?.networkName);
        const full = name.includes('/') ? name : `${namespace}/${name}`;
        return { id: full, name: full };
      });
    }
  }
};

/** The storage references of one VM, one per disk (so disk counts and indices line up). */
const vmStorage = (type: ProviderType, vm: Obj, c: Collections): Ref[] => {
  switch (type) {
    case 'vsphere':
      return arr(vm.disks).map((d) => ({ id: str((d.datastore as Obj | undefined)?.id) }));
    case 'ova':
      return arr(vm.disks).map((d) => ({ id: str(d.storage) || str(d.ID) }));
    case 'ovirt': {
      const disks = byKey(c.disks, 'id');
      return arr(vm.diskAttachments).map((a) => ({ id: str(disks.get(str(a.disk))?.storageDomain) }));
    }
    case 'openstack': {
      const volumes = byKey(c.volumes, 'id');
      const types = byKey(c.volumetypes, 'name');
      return arr(vm.attachedVolumes).map((a) => {
        const volumeType = str(volumes.get(str(a.ID))?.volumeType);
        return { id: str(types.get(volumeType)?.id) || volumeType, name: volumeType || undefined };
      });
    }
    case 'openshift': {
      const spec = (vm.object as Obj | undefined)?.spec as Obj | undefined;
      return arr(spec?.dataVolumeTemplates).map((t) => {
        const storage = (t.spec as Obj | undefined)?.storage as Obj | undefined;
        const pvc = (t.spec as Obj | undefined)?.pvc as Obj | undefined;
        const cls = str(storage?.storageClassName) || str(pvc?.storageClassName);
        return { id: cls, name: cls };
      });
    }
  }
};

/** Names of source objects from the helper collections (by id). */
const namesFrom = (items: readonly Obj[] | undefined): Map<string, string> => new Map((items ?? []).map((i) => [str(i.id), str(i.name)]));

const tally = (perVm: Ref[][], names: Map<string, string>): UsedSource[] => {
  const used = new Map<string, UsedSource>();
  for (const refs of perVm) {
    const seen = new Set<string>();
    for (const ref of refs) {
      if (!ref.id || seen.has(ref.id)) continue;
      seen.add(ref.id);
      const entry = used.get(ref.id) ?? { id: ref.id, name: names.get(ref.id) || ref.name || ref.id, vmCount: 0 };
      entry.vmCount++;
      used.set(ref.id, entry);
    }
  }
  return [...used.values()].sort((a, b) => a.name.localeCompare(b.name));
};

export const usedNetworks = (type: ProviderType, vms: readonly Obj[], c: Collections): UsedSource[] =>
  tally(
    vms.map((vm) => vmNetworks(type, vm, c)),
    namesFrom(c.networks),
  );

export const usedStorage = (type: ProviderType, vms: readonly Obj[], c: Collections): UsedSource[] => {
  const nameSource = type === 'vsphere' ? c.datastores : type === 'ovirt' ? c.storagedomains : type === 'openstack' ? c.volumetypes : c.storages;
  return tally(
    vms.map((vm) => vmStorage(type, vm, c)),
    namesFrom(nameSource),
  );
};

/** A VM's disks for the PVC name preview: index, shared flag and source file name when the inventory has them. */
export const vmDisks = (type: ProviderType, vm: Obj, c: Collections): { index: number; shared?: boolean; fileName?: string }[] =>
  vmStorage(type, vm, c).map((_, index) => {
    const disk = type === 'vsphere' || type === 'ova' ? arr(vm.disks)[index] : undefined;
    const file = str(disk?.file);
    return { index, shared: disk?.shared === true, ...(file ? { fileName: file.replace(/^\[[^\]]*\]\s*/, '').split('/').pop() } : {}) };
  });
