/** The oVirt provider inventory over a generated RHV estate. */
import { asItems, createIndex, unique } from '../collections';
import type { OvirtInventory, OvirtVm } from '../generators/ovirt';
import { MiB } from '../names';
import type { InventoryItem, ProviderInventory, VmFacts } from '../types';

export function createOvirtProviderInventory(inv: OvirtInventory): ProviderInventory {
  const collections: Record<string, readonly InventoryItem[]> = {
    datacenters: asItems(inv.datacenters),
    clusters: asItems(inv.clusters),
    hosts: asItems(inv.hosts),
    networks: asItems(inv.networks),
    nicprofiles: asItems(inv.nicprofiles),
    diskprofiles: asItems(inv.diskprofiles),
    storagedomains: asItems(inv.storagedomains),
    disks: asItems(inv.disks),
    vms: asItems(inv.vms),
    workloads: asItems(inv.vms),
  };
  const vmIndex = createIndex(() => inv.vms);
  const netIndex = createIndex(() => inv.networks);
  const sdIndex = createIndex(() => inv.storagedomains);
  const profileIndex = createIndex(() => inv.nicprofiles);
  const diskIndex = createIndex(() => inv.disks);
  const cache = new Map<string, VmFacts>();
  const factsOf = (vm: OvirtVm): VmFacts => {
    let f = cache.get(vm.id);
    if (f) return f;
    const disks = vm.diskAttachments.map((a) => diskIndex.byId(a.disk)).filter((d) => d !== undefined);
    f = {
      id: vm.id,
      name: vm.name,
      poweredOn: vm.status === 'up',
      cpuCores: vm.cpuSockets * vm.cpuCores * vm.cpuThreads,
      memoryMiB: Math.round(vm.memory / MiB),
      firmware: vm.bios.includes('ovmf') ? 'efi' : 'bios',
      networkIds: unique(vm.nics.map((n) => profileIndex.byId(n.profile)?.network ?? '').filter(Boolean)),
      usesPodNetwork: false,
      storageIds: unique(disks.map((d) => d.storageDomain)),
      disks: disks.map((d) => ({ capacityBytes: d.provisionedSize, storageId: d.storageDomain })),
      concerns: vm.concerns,
    };
    cache.set(vm.id, f);
    return f;
  };
  let all: VmFacts[] | undefined;
  return {
    type: 'ovirt',
    collectionNames: Object.keys(collections),
    collection: (name) => collections[name],
    counts: () => ({
      datacenterCount: inv.datacenters.length,
      clusterCount: inv.clusters.length,
      hostCount: inv.hosts.length,
      vmCount: inv.vms.length,
      networkCount: inv.networks.length,
      storageDomainCount: inv.storagedomains.length,
    }),
    vms: () => (all ??= inv.vms.map(factsOf)),
    findVm: (ref) => {
      const vm = vmIndex.find(ref);
      return vm ? factsOf(vm) : undefined;
    },
    findNetwork: (ref) => netIndex.find(ref) as InventoryItem | undefined,
    findStorage: (ref) => sdIndex.find(ref) as InventoryItem | undefined,
    version: () => 0,
  };
}
