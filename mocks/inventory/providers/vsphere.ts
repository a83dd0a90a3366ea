/** The vSphere provider inventory: collections, trees and VM facts over a generated estate. */
import { asItems, createIndex, unique } from '../collections';
import type { VsphereInventory, VsphereVm } from '../generators/vsphere';
import type { InventoryItem, ProviderInventory, VmFacts } from '../types';

interface TreeNode {
  kind: string;
  object: { id: string; name: string };
  children: TreeNode[];
}

function facts(vm: VsphereVm): VmFacts {
  return {
    id: vm.id,
    name: vm.name,
    poweredOn: vm.powerState === 'poweredOn',
    cpuCores: vm.cpuCount,
    memoryMiB: vm.memoryMB,
    firmware: vm.firmware,
    networkIds: vm.networks.map((n) => n.id),
    usesPodNetwork: false,
    storageIds: unique(vm.disks.map((d) => d.datastore.id)),
    disks: vm.disks.map((d) => ({ capacityBytes: d.capacity, storageId: d.datastore.id })),
    concerns: vm.concerns,
  };
}

export function createVsphereProviderInventory(inv: VsphereInventory): ProviderInventory {
  const collections: Record<string, readonly InventoryItem[]> = {
    datacenters: asItems(inv.datacenters),
    clusters: asItems(inv.clusters),
    hosts: asItems(inv.hosts),
    folders: asItems(inv.folders),
    networks: asItems(inv.networks),
    datastores: asItems(inv.datastores),
    vms: asItems(inv.vms),
    workloads: asItems(inv.vms),
  };
  const vmIndex = createIndex(() => inv.vms);
  const netIndex = createIndex(() => inv.networks);
  const dsIndex = createIndex(() => inv.datastores);
  const factCache = new Map<string, VmFacts>();
  const factsOf = (vm: VsphereVm) => {
    let f = factCache.get(vm.id);
    if (!f) factCache.set(vm.id, (f = facts(vm)));
    return f;
  };
  let allFacts: VmFacts[] | undefined;
  const trees = new Map<string, TreeNode[]>();

  /** tree/host: datacenter → cluster → host → VM, the way the vSphere client's "Hosts and Clusters" view nests them. */
  const hostTree = (): TreeNode[] => {
    const vmsByHost = new Map<string, TreeNode[]>();
    for (const vm of inv.vms) {
      const list = vmsByHost.get(vm.host) ?? [];
      list.push({ kind: 'VM', object: { id: vm.id, name: vm.name }, children: [] });
      vmsByHost.set(vm.host, list);
    }
    return inv.datacenters.map((dc) => ({
      kind: 'Datacenter',
      object: { id: dc.id, name: dc.name },
      children: inv.clusters
        .filter((c) => c.datacenter === dc.id)
        .map((c) => ({
          kind: 'Cluster',
          object: { id: c.id, name: c.name },
          children: inv.hosts
            .filter((h) => h.cluster === c.id)
            .map((h) => ({ kind: 'Host', object: { id: h.id, name: h.name }, children: vmsByHost.get(h.id) ?? [] })),
        })),
    }));
  };
  /** tree/vm: datacenter → folders → VMs ("VMs and Templates"). */
  const vmTree = (): TreeNode[] => {
    const folderNode = (id: string): TreeNode => {
      const f = inv.folders.find((x) => x.id === id)!;
      return {
        kind: 'Folder',
        object: { id: f.id, name: f.name },
        children: f.children.map((c) => (c.kind === 'Folder' ? folderNode(c.id) : { kind: 'VM', object: { id: c.id, name: vmIndex.byId(c.id)?.name ?? c.id }, children: [] })),
      };
    };
    return inv.datacenters.map((dc) => ({ kind: 'Datacenter', object: { id: dc.id, name: dc.name }, children: [folderNode(dc.vms.id)] }));
  };

  return {
    type: 'vsphere',
    collectionNames: Object.keys(collections),
    collection: (name) => collections[name],
    counts: () => ({
      datacenterCount: inv.datacenters.length,
      clusterCount: inv.clusters.length,
      hostCount: inv.hosts.length,
      vmCount: inv.vms.length,
      networkCount: inv.networks.length,
      datastoreCount: inv.datastores.length,
    }),
    vms: () => (allFacts ??= inv.vms.map(factsOf)),
    findVm: (ref) => {
      const vm = vmIndex.find(ref);
      return vm ? factsOf(vm) : undefined;
    },
    findNetwork: (ref) => netIndex.find(ref) as InventoryItem | undefined,
    findStorage: (ref) => dsIndex.find(ref) as InventoryItem | undefined,
    version: () => 0,
    view: (path) => {
      if (path !== 'tree/host' && path !== 'tree/vm') return undefined;
      let tree = trees.get(path);
      if (!tree) trees.set(path, (tree = path === 'tree/host' ? hostTree() : vmTree()));
      return tree;
    },
  };
}

