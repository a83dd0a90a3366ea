/**
 * The OpenShift provider inventory. For the host provider (empty URL) the
 * objects come from the object store and the inventory follows every write;
 * for a remote cluster they come from the generator.
 */
import type { K8sObject, ObjectStore, ResourceRef } from '../../core/contract';
import { createIndex, unique } from '../collections';
import type { OpenshiftInventory } from '../generators/openshift';
import { kubevirtVmDisks, kubevirtVmNetworks } from '../kubevirt';
import type { InventoryItem, ProviderInventory, VmFacts } from '../types';

/** Store resources behind each served collection. */
export const OPENSHIFT_RESOURCES: Record<keyof OpenshiftInventory, ResourceRef> = {
  namespaces: { group: '', version: 'v1', plural: 'namespaces' },
  storageclasses: { group: 'storage.k8s.io', version: 'v1', plural: 'storageclasses' },
  networkattachmentdefinitions: { group: 'k8s.cni.cncf.io', version: 'v1', plural: 'network-attachment-definitions' },
  persistentvolumeclaims: { group: '', version: 'v1', plural: 'persistentvolumeclaims' },
  datavolumes: { group: 'cdi.kubevirt.io', version: 'v1beta1', plural: 'datavolumes' },
  vms: { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' },
};
const COLLECTIONS = Object.keys(OPENSHIFT_RESOURCES) as (keyof OpenshiftInventory)[];

/** The inventory's envelope around a Kubernetes object. */
export interface OpenshiftItem extends InventoryItem {
  uid: string;
  version: string;
  namespace: string;
  object: K8sObject;
}

function toItem(obj: K8sObject): OpenshiftItem {
  const uid = obj.metadata.uid ?? `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
  return { uid, version: obj.metadata.resourceVersion ?? '', namespace: obj.metadata.namespace ?? '', name: obj.metadata.name ?? '', id: uid, object: obj };
}

function createFromSource(source: () => OpenshiftInventory, version: () => number): ProviderInventory {
  let builtAt = -1;
  let items: Record<string, OpenshiftItem[]> = {};
  let facts: VmFacts[] = [];
  const current = () => {
    if (builtAt === version()) return;
    builtAt = version();
    const src = source();
    items = {};
    for (const name of COLLECTIONS) items[name] = src[name].map(toItem);
    const nads = createIndex(() => items.networkattachmentdefinitions);
    const classes = createIndex(() => items.storageclasses);
    facts = items.vms.map((item) => {
      const vm = item.object;
      const nets = kubevirtVmNetworks(vm);
      const disks = kubevirtVmDisks(vm).map((d) => ({ capacityBytes: d.capacityBytes, storageId: classes.byName(d.storageClass)?.id ?? d.storageClass }));
      const spec = (vm.spec ?? {}) as { running?: boolean; runStrategy?: string; template?: { spec?: { domain?: { cpu?: { cores?: number }; memory?: { guest?: string }; firmware?: { bootloader?: { efi?: object } } } } } };
      const domain = spec.template?.spec?.domain;
      return {
        id: item.id,
        name: item.name,
        namespace: item.namespace,
        poweredOn: spec.running === true || spec.runStrategy === 'Always',
        cpuCores: domain?.cpu?.cores ?? 1,
        memoryMiB: parseInt(domain?.memory?.guest ?? '1024', 10) * (domain?.memory?.guest?.endsWith('Gi') ? 1024 : 1),
        firmware: domain?.firmware?.bootloader?.efi ? 'efi' : 'bios',
        networkIds: unique(nets.filter((n) => n !== 'pod').map((n) => nads.byName(n)?.id ?? n)),
        usesPodNetwork: nets.includes('pod'),
        storageIds: unique(disks.map((d) => d.storageId)),
        disks,
        concerns: [],
      } satisfies VmFacts;
    });
  };
  const lookups = () => {
    current();
    return items;
  };
  // Indexes are rebuilt with the content: cheap enough for a host cluster's objects.
  const findIn = (collection: string, ref: { id?: string; name?: string; namespace?: string }) => {
    const list = lookups()[collection] ?? [];
    return list.find((i) => (ref.id && i.id === ref.id) || (!ref.id && ref.name && i.name === ref.name && (!ref.namespace || i.namespace === ref.namespace)));
  };
  let indexVersion = -1;
  let index = createIndex(() => facts);
  return {
    type: 'openshift',
    collectionNames: COLLECTIONS,
    collection: (name) => lookups()[name],
    counts: () => {
      const all = lookups();
      return {
        vmCount: all.vms.length,
        namespaceCount: all.namespaces.length,
        storageClassCount: all.storageclasses.length,
        networkCount: all.networkattachmentdefinitions.length,
        persistentVolumeClaimCount: all.persistentvolumeclaims.length,
        dataVolumeCount: all.datavolumes.length,
      };
    },
    vms: () => (current(), facts),
    findVm: (ref) => {
      current();
      if (indexVersion !== builtAt) {
        indexVersion = builtAt;
        index = createIndex(() => facts);
      }
      return index.find(ref);
    },
    findNetwork: (ref) => findIn('networkattachmentdefinitions', ref),
    findStorage: (ref) => findIn('storageclasses', ref),
    version,
  };
}

export function createGeneratedOpenshiftInventory(inv: OpenshiftInventory): ProviderInventory {
  return createFromSource(() => inv, () => 0);
}

/** The host cluster's inventory, read from the store; one instance serves every host provider. */
export function createStoreOpenshiftInventory(store: ObjectStore): ProviderInventory & { dispose(): void } {
  let version = 0;
  const watched = new Set(Object.values(OPENSHIFT_RESOURCES).map((r) => `${r.group}/${r.plural}`));
  const unsubscribe = store.subscribe((event) => {
    if (watched.has(`${event.resource.group}/${event.resource.plural}`)) version++;
  });
  const source = (): OpenshiftInventory => {
    const out = {} as OpenshiftInventory;
    for (const name of COLLECTIONS) out[name] = store.list(OPENSHIFT_RESOURCES[name]);
    return out;
  };
  return { ...createFromSource(source, () => version), dispose: unsubscribe };
}
