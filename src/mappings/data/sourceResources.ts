/**
 * A source provider's networks or storage, as the mapping editor lists them,
 * with how many VMs use each. Pure: the inventory responses come in, the
 * editor's sources come out, so every provider type is unit-tested without a
 * server. Collections and VM fields follow the Forklift inventory:
 *
 *   type       networks                      storage          VM → network / storage
 *   vsphere    networks                      datastores       networks[].id / disks[].datastore.id
 *   ovirt      networks                      storagedomains   nics[].profile → nicprofiles.network /
 *                                                             diskAttachments[].disk → disks.storageDomain
 *   openstack  networks                      volumetypes      addresses{name} → networks by name /
 *                                                             attachedVolumes[].ID → volumes.volumeType (name)
 *   openshift  pod + networkattachmentdefs   storageclasses   template networks (pod | multus ns/name) /
 *                                                             dataVolumeTemplates storageClassName
 *   ova        networks                      storages         networks[].ID / disks[].storage
 */
import type { ProviderType } from '../../k8s/types';
import type { MappingKind, MappingSource } from '../editor/types';

type Item = Record<string, unknown> & { id?: string; name?: string };

/** A source as the editor shows it, plus what a map's `spec.map[].source` needs. */
export interface SourceItem extends MappingSource {
  namespace?: string;
  /** An OpenShift source's pod network (written as `{type: pod}`). */
  type?: 'pod';
}

export const POD_SOURCE_ID = 'pod';

export const SOURCE_COLLECTION: Record<ProviderType, Record<MappingKind, string>> = {
  vsphere: { network: 'networks', storage: 'datastores' },
  ovirt: { network: 'networks', storage: 'storagedomains' },
  openstack: { network: 'networks', storage: 'volumetypes' },
  openshift: { network: 'networkattachmentdefinitions', storage: 'storageclasses' },
  ova: { network: 'networks', storage: 'storages' },
};

/** Extra collections needed to follow a VM to its networks or storage. */
export const HELPER_COLLECTIONS: Partial<Record<ProviderType, Partial<Record<MappingKind, string[]>>>> = {
  ovirt: { network: ['nicprofiles'], storage: ['disks'] },
  openstack: { storage: ['volumes'] },
};

export interface SourceInventory {
  resources: Item[];
  vms: Item[];
  helpers: Record<string, Item[]>;
}

const arr = <T = Item>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

const byId = (items: Item[]) => new Map(items.map((i) => [String(i.id), i]));
const idByName = (items: Item[]) => new Map(items.map((i) => [String(i.name), String(i.id)]));

/** The source ids one VM uses. */
function vmSourceIds(type: ProviderType, kind: MappingKind, vm: Item, inv: SourceInventory, idx: Indexes): string[] {
  if (type === 'vsphere') {
    if (kind === 'network') return [...arr(vm.networks).map((n) => str(n.id)), ...arr(vm.nics).map((n) => str(rec(n.network).id))].filter(isString);
    return arr(vm.disks).map((d) => str(rec(d.datastore).id)).filter(isString);
  }
  if (type === 'ovirt') {
    if (kind === 'network') return arr(vm.nics).map((n) => str(idx.helper('nicprofiles').get(String(n.profile))?.network)).filter(isString);
    return arr(vm.diskAttachments).map((a) => str(idx.helper('disks').get(String(a.disk))?.storageDomain)).filter(isString);
  }
  if (type === 'openstack') {
    if (kind === 'network') return Object.keys(rec(vm.addresses)).map((name) => idx.resourceIdByName.get(name)).filter(isString);
    return arr(vm.attachedVolumes)
      .map((v) => str(idx.helper('volumes').get(String(v.ID))?.volumeType))
      .map((name) => (name ? idx.resourceIdByName.get(name) : undefined))
      .filter(isString);
  }
  if (type === 'ova') {
    if (kind === 'network') return arr(vm.networks).map((n) => str(n.ID)).filter(isString);
    return arr(vm.disks).map((d) => str(d.storage)).filter(isString);
  }
  // openshift: the VM is a KubeVirt VirtualMachine inside the inventory's envelope.
  const obj = rec(vm.object);
  const ns = str(rec(obj.metadata).namespace) ?? str(vm.namespace) ?? 'default';
  const spec = rec(obj.spec);
  if (kind === 'network') {
    return arr(rec(rec(rec(spec.template).spec)).networks).map((n) => {
      const multus = str(rec(n.multus).networkName);
      if (!multus) return POD_SOURCE_ID;
      const full = multus.includes('/') ? multus : `${ns}/${multus}`;
      return idx.nadIdByFullName.get(full);
    }).filter(isString);
  }
  return arr(spec.dataVolumeTemplates)
    .map((t) => {
      const s = rec(t.spec);
      return str(rec(s.storage).storageClassName) ?? str(rec(s.pvc).storageClassName);
    })
    .map((name) => (name ? idx.resourceIdByName.get(name) : undefined))
    .filter(isString);
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

interface Indexes {
  helper: (name: string) => Map<string, Item>;
  resourceIdByName: Map<string, string>;
  nadIdByFullName: Map<string, string>;
}

/** How many VMs use each source id (a VM using a source twice counts once). */
export function vmUsage(type: ProviderType, kind: MappingKind, inv: SourceInventory): Map<string, number> {
  const helpers = new Map<string, Map<string, Item>>();
  const idx: Indexes = {
    helper: (name) => {
      if (!helpers.has(name)) helpers.set(name, byId(inv.helpers[name] ?? []));
      return helpers.get(name)!;
    },
    resourceIdByName: idByName(inv.resources),
    nadIdByFullName: new Map(inv.resources.map((r) => [`${String(r.namespace ?? '')}/${String(r.name)}`, String(r.id)])),
  };
  const counts = new Map<string, number>();
  for (const vm of inv.vms) {
    for (const id of new Set(vmSourceIds(type, kind, vm, inv, idx))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

const GiB = 1024 ** 3;

/** The extra label under a source's name. */
function labelOf(type: ProviderType, kind: MappingKind, r: Item): string | undefined {
  if (type === 'vsphere' && kind === 'network') return [str(r.variant), str(r.vlanId) && `VLAN ${String(r.vlanId)}`].filter(Boolean).join(' · ') || undefined;
  if (type === 'vsphere') {
    const free = typeof r.free === 'number' ? `${Math.round(r.free / GiB)} GiB free` : undefined;
    return [str(r.type), free].filter(Boolean).join(' · ') || undefined;
  }
  if (type === 'ovirt' && kind === 'storage') return [str(r.type), str(rec(r.storage).type)].filter(Boolean).join(' · ') || undefined;
  if (type === 'ovirt' && kind === 'network') return str(r.vlan) ? `VLAN ${String(r.vlan)}` : undefined;
  if (type === 'openstack') return str(r.description);
  if (type === 'openshift' && kind === 'storage') return str(rec(r.object).provisioner);
  return undefined;
}

/** The editor's sources, sorted by name; an OpenShift source's pod network first. */
export function toSources(type: ProviderType, kind: MappingKind, inv: SourceInventory): SourceItem[] {
  const usage = vmUsage(type, kind, inv);
  const items: SourceItem[] = inv.resources.map((r) => {
    const namespace = type === 'openshift' && kind === 'network' ? str(r.namespace) : undefined;
    const name = String(r.name ?? r.id);
    return {
      id: String(r.id),
      // A NAD is known by namespace/name, which is also how kubectl-mtv names it.
      name: namespace ? `${namespace}/${name}` : name,
      ...(namespace ? { namespace } : {}),
      ...(labelOf(type, kind, r) ? { label: labelOf(type, kind, r) } : {}),
      vmCount: usage.get(String(r.id)) ?? 0,
    };
  });
  items.sort((a, b) => a.name.localeCompare(b.name));
  if (type === 'openshift' && kind === 'network') {
    // Named as kubectl-mtv names it; the UI adds a translated label.
    items.unshift({ id: POD_SOURCE_ID, name: 'default', type: 'pod', vmCount: usage.get(POD_SOURCE_ID) ?? 0 });
  }
  return items;
}
