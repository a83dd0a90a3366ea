/** The OpenStack provider inventory over a generated cloud. Storage maps map volume types. */
import { asItems, createIndex, unique } from '../collections';
import type { OpenstackInventory, OpenstackVm } from '../generators/openstack';
import { GiB } from '../names';
import type { InventoryItem, ProviderInventory, VmFacts } from '../types';

export function createOpenstackProviderInventory(inv: OpenstackInventory): ProviderInventory {
  const collections: Record<string, readonly InventoryItem[]> = {
    regions: asItems(inv.regions),
    projects: asItems(inv.projects),
    images: asItems(inv.images),
    flavors: asItems(inv.flavors),
    vms: asItems(inv.vms),
    snapshots: asItems(inv.snapshots),
    volumes: asItems(inv.volumes),
    volumetypes: asItems(inv.volumetypes),
    networks: asItems(inv.networks),
    subnets: asItems(inv.subnets),
    workloads: asItems(inv.vms),
  };
  const vmIndex = createIndex(() => inv.vms);
  const netIndex = createIndex(() => inv.networks);
  const typeIndex = createIndex(() => inv.volumetypes);
  const volumeIndex = createIndex(() => inv.volumes);
  const flavorIndex = createIndex(() => inv.flavors);
  const cache = new Map<string, VmFacts>();
  const factsOf = (vm: OpenstackVm): VmFacts => {
    let f = cache.get(vm.id);
    if (f) return f;
    const volumes = vm.attachedVolumes.map((v) => volumeIndex.byId(v.ID)).filter((v) => v !== undefined);
    const disks = volumes.map((v) => ({ capacityBytes: v.size * GiB, storageId: typeIndex.byName(v.volumeType)?.id ?? '' }));
    const flavor = flavorIndex.byId(vm.flavorID);
    f = {
      id: vm.id,
      name: vm.name,
      poweredOn: vm.status === 'ACTIVE',
      cpuCores: flavor?.vcpus ?? 1,
      memoryMiB: flavor?.ram ?? 1024,
      firmware: 'bios',
      networkIds: unique(Object.keys(vm.addresses).map((name) => netIndex.byName(name)?.id ?? '').filter(Boolean)),
      usesPodNetwork: false,
      storageIds: unique(disks.map((d) => d.storageId).filter(Boolean)),
      disks,
      concerns: vm.concerns,
    };
    cache.set(vm.id, f);
    return f;
  };
  let all: VmFacts[] | undefined;
  return {
    type: 'openstack',
    collectionNames: Object.keys(collections),
    collection: (name) => collections[name],
    counts: () => ({
      regionCount: inv.regions.length,
      projectCount: inv.projects.length,
      vmCount: inv.vms.length,
      imageCount: inv.images.length,
      volumeCount: inv.volumes.length,
      volumeTypeCount: inv.volumetypes.length,
      networkCount: inv.networks.length,
    }),
    vms: () => (all ??= inv.vms.map(factsOf)),
    findVm: (ref) => {
      const vm = vmIndex.find(ref);
      return vm ? factsOf(vm) : undefined;
    },
    findNetwork: (ref) => netIndex.find(ref) as InventoryItem | undefined,
    findStorage: (ref) => typeIndex.find(ref) as InventoryItem | undefined,
    version: () => 0,
  };
}
