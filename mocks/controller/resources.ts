/** Resource refs the controller reads and writes. */
import type { K8sObject, ObjectStore, ResourceRef } from '../core/contract';

const forklift = (plural: string): ResourceRef => ({ group: 'forklift.konveyor.io', version: 'v1beta1', plural });

export const RES = {
  providers: forklift('providers'),
  networkMaps: forklift('networkmaps'),
  storageMaps: forklift('storagemaps'),
  plans: forklift('plans'),
  migrations: forklift('migrations'),
  hooks: forklift('hooks'),
  forkliftControllers: forklift('forkliftcontrollers'),
  pods: { group: '', version: 'v1', plural: 'pods' },
  secrets: { group: '', version: 'v1', plural: 'secrets' },
  namespaces: { group: '', version: 'v1', plural: 'namespaces' },
  storageClasses: { group: 'storage.k8s.io', version: 'v1', plural: 'storageclasses' },
  nads: { group: 'k8s.cni.cncf.io', version: 'v1', plural: 'network-attachment-definitions' },
  virtualMachines: { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' },
} satisfies Record<string, ResourceRef>;

export interface ObjectRef {
  name?: string;
  namespace?: string;
}

export function sameResource(a: ResourceRef, b: ResourceRef): boolean {
  return a.group === b.group && a.plural === b.plural;
}

/** Gets the object an ObjectReference names, defaulting the namespace to the referrer's. */
export function getRef(store: ObjectStore, resource: ResourceRef, ref: ObjectRef | undefined, defaultNamespace?: string): K8sObject | undefined {
  if (!ref?.name) return undefined;
  return store.get(resource, ref.namespace || defaultNamespace, ref.name);
}

export function keyOf(obj: K8sObject): string {
  return `${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`;
}

export const iso = (ms: number) => new Date(ms).toISOString();
