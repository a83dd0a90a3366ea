/**
 * The resource types the simulated API server knows: what discovery lists,
 * what the router accepts, and how names appear in messages.
 */
import type { ResourceRef } from './contract';

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface ResourceDef {
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  listKind: string;
  shortNames: string[];
  namespaced: boolean;
  verbs: Verb[];
  /** True when `/status` is a subresource (writes to the main resource ignore .status). */
  statusSubresource: boolean;
  categories?: string[];
}

const ALL_VERBS: Verb[] = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function def(
  group: string,
  version: string,
  kind: string,
  plural: string,
  opts: { namespaced?: boolean; shortNames?: string[]; status?: boolean; verbs?: Verb[]; categories?: string[] } = {},
): ResourceDef {
  return {
    group,
    version,
    plural,
    singular: kind.toLowerCase(),
    kind,
    listKind: `${kind}List`,
    shortNames: opts.shortNames ?? [],
    namespaced: opts.namespaced ?? true,
    verbs: opts.verbs ?? ALL_VERBS,
    statusSubresource: opts.status ?? false,
    categories: opts.categories,
  };
}

export const FORKLIFT_GROUP = 'forklift.konveyor.io';
const F = FORKLIFT_GROUP;
const FV = 'v1beta1';
const forklift = { status: true, categories: ['forklift'] };

export const RESOURCES: readonly ResourceDef[] = [
  def(F, FV, 'Provider', 'providers', { ...forklift }),
  def(F, FV, 'NetworkMap', 'networkmaps', { ...forklift }),
  def(F, FV, 'StorageMap', 'storagemaps', { ...forklift }),
  def(F, FV, 'Plan', 'plans', { ...forklift }),
  def(F, FV, 'Migration', 'migrations', { ...forklift }),
  def(F, FV, 'Hook', 'hooks', { ...forklift }),
  def(F, FV, 'Host', 'hosts', { ...forklift }),
  def(F, FV, 'ForkliftController', 'forkliftcontrollers', { ...forklift }),
  def('', 'v1', 'Namespace', 'namespaces', { namespaced: false, shortNames: ['ns'], status: true }),
  def('', 'v1', 'Secret', 'secrets'),
  def('', 'v1', 'ConfigMap', 'configmaps', { shortNames: ['cm'] }),
  def('', 'v1', 'Pod', 'pods', { shortNames: ['po'], status: true }),
  def('', 'v1', 'Event', 'events', { shortNames: ['ev'] }),
  def('batch', 'v1', 'Job', 'jobs', { status: true }),
  def('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', { shortNames: ['pvc'], status: true }),
  def('storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', { namespaced: false, shortNames: ['sc'] }),
  def('k8s.cni.cncf.io', 'v1', 'NetworkAttachmentDefinition', 'network-attachment-definitions', {
    shortNames: ['net-attach-def'],
  }),
  def('kubevirt.io', 'v1', 'VirtualMachine', 'virtualmachines', { shortNames: ['vm', 'vms'], status: true }),
  def('cdi.kubevirt.io', 'v1beta1', 'DataVolume', 'datavolumes', { shortNames: ['dv', 'dvs'], status: true }),
  def('authorization.k8s.io', 'v1', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews', {
    namespaced: false,
    verbs: ['create'],
  }),
];

export function groupVersion(def: { group: string; version: string }): string {
  return def.group ? `${def.group}/${def.version}` : def.version;
}

export function refOf(def: ResourceDef): ResourceRef {
  return { group: def.group, version: def.version, plural: def.plural };
}

export class ResourceRegistry {
  private readonly byKey = new Map<string, ResourceDef>();
  private readonly byKind = new Map<string, ResourceDef>();

  constructor(readonly resources: readonly ResourceDef[] = RESOURCES) {
    for (const r of resources) {
      this.byKey.set(`${r.group}/${r.version}/${r.plural}`, r);
      this.byKind.set(`${groupVersion(r)}/${r.kind}`, r);
    }
  }

  find(ref: ResourceRef): ResourceDef | undefined {
    return this.byKey.get(`${ref.group}/${ref.version}/${ref.plural}`);
  }

  /** By apiVersion ("forklift.konveyor.io/v1beta1") and kind. */
  findByKind(apiVersion: string, kind: string): ResourceDef | undefined {
    return this.byKind.get(`${apiVersion}/${kind}`);
  }

  /** Group/versions in discovery order (core "v1" excluded: it lives under /api). */
  groupVersions(): { group: string; version: string }[] {
    const seen = new Map<string, { group: string; version: string }>();
    for (const r of this.resources) {
      if (!r.group) continue;
      const key = groupVersion(r);
      if (!seen.has(key)) seen.set(key, { group: r.group, version: r.version });
    }
    return [...seen.values()];
  }

  inGroupVersion(group: string, version: string): ResourceDef[] {
    return this.resources.filter((r) => r.group === group && r.version === version);
  }
}

export const defaultRegistry = new ResourceRegistry();
