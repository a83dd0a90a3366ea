/**
 * The target cluster's networks and storage classes as editor targets. Pure:
 * the hook feeds it watched objects (host cluster) or inventory items (a
 * remote OpenShift provider), both reduced to namespace/name/annotations.
 */
import { IGNORED_TARGET, POD_TARGET, type MappingTarget } from '../editor/types';

export interface TargetObject {
  name: string;
  namespace?: string;
  annotations?: Record<string, string>;
  provisioner?: string;
}

const DEFAULT_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];

/** Pod network first, NADs by namespace/name, Ignored last. The labels are the UI's (translated). */
export function networkTargets(nads: TargetObject[], labels: { pod: string; ignored: string }): MappingTarget[] {
  const list = nads
    .filter((n) => n.namespace)
    .map((n) => ({ id: `${n.namespace}/${n.name}`, name: `${n.namespace}/${n.name}`, label: 'Multus' }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return [{ id: POD_TARGET, name: labels.pod }, ...list, { id: IGNORED_TARGET, name: labels.ignored }];
}

export const isDefaultClass = (sc: TargetObject): boolean => DEFAULT_ANNOTATIONS.some((a) => sc.annotations?.[a] === 'true');

/** Storage classes by name, the default one flagged. */
export function storageTargets(classes: TargetObject[]): MappingTarget[] {
  return classes
    .map((sc) => ({ id: sc.name, name: sc.name, ...(sc.provisioner ? { label: sc.provisioner } : {}), ...(isDefaultClass(sc) ? { isDefault: true } : {}) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The inventory's envelope `{namespace, name, object}` or a Kubernetes object, as a TargetObject. */
export function toTargetObject(item: Record<string, unknown>): TargetObject {
  const obj = (item.object ?? item) as { metadata?: { name?: string; namespace?: string; annotations?: Record<string, string> }; provisioner?: string };
  return {
    name: obj.metadata?.name ?? String(item.name ?? ''),
    namespace: obj.metadata?.namespace ?? (typeof item.namespace === 'string' && item.namespace ? item.namespace : undefined),
    annotations: obj.metadata?.annotations,
    provisioner: obj.provisioner,
  };
}
