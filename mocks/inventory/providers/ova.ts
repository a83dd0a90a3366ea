/** The OVA provider inventory over a generated NFS share of appliances. */
import { asItems, createIndex, unique } from '../collections';
import type { OvaInventory, OvaVm } from '../generators/ova';
import type { InventoryItem, ProviderInventory, VmFacts } from '../types';

export function createOvaProviderInventory(inv: OvaInventory): ProviderInventory {
  const collections: Record<string, readonly InventoryItem[]> = {
    vms: asItems(inv.vms),
    networks: asItems(inv.networks),
    disks: asItems(inv.disks),
    storages: asItems(inv.storages),
    workloads: asItems(inv.vms),
  };
  const vmIndex = createIndex(() => inv.vms);
  const netIndex = createIndex(() => inv.networks);
  const storageIndex = createIndex(() => inv.storages);
  const cache = new Map<string, VmFacts>();
  const factsOf = (vm: OvaVm): VmFacts => {
    let f = cache.get(vm.id);
    if (!f) {
      f = {
        id: vm.id,
        name: vm.name,
        poweredOn: false,
        cpuCores: vm.cpuCount,
        memoryMiB: vm.memoryMB,
        firmware: vm.firmware,
        networkIds: unique(vm.networks.map((n) => n.ID)),
        usesPodNetwork: false,
        storageIds: unique(vm.disks.map((d) => d.storage)),
        disks: vm.disks.map((d) => ({ capacityBytes: d.capacity, storageId: d.storage })),
        concerns: vm.concerns,
      };
      cache.set(vm.id, f);
    }
    return f;
  };
  let all: VmFacts[] | undefined;
  return {
    type: 'ova',
    collectionNames: Object.keys(collections),
    collection: (name) => collections[name],
    counts: () => ({ vmCount: inv.vms.length, networkCount: inv.networks.length, diskCount: inv.disks.length, storageCount: inv.storages.length }),
    vms: () => (all ??= inv.vms.map(factsOf)),
    findVm: (ref) => {
      const vm = vmIndex.find(ref);
      return vm ? factsOf(vm) : undefined;
    },
    findNetwork: (ref) => netIndex.find(ref) as InventoryItem | undefined,
    findStorage: (ref) => storageIndex.find(ref) as InventoryItem | undefined,
    version: () => 0,
  };
}
