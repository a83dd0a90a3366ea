/**
 * Pure builders for the Migration side of plan actions: what Start and Restart
 * create, and the JSON patches for cutover and cancel. A running plan is driven
 * only through its Migration (spec.cutover, spec.cancel), never through the Plan.
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import { isConditionTrue } from '../../k8s/conditions';
import { FORKLIFT_GROUP, FORKLIFT_VERSION } from '../../k8s/models';
import type { V1beta1Migration, V1beta1Plan } from '../../k8s/types';

/** The Migration that starts (or restarts) a plan: owned by the plan so deleting the plan removes it. */
export const buildMigration = (plan: V1beta1Plan, opts: { cutover?: string } = {}): V1beta1Migration => {
  const name = plan.metadata?.name ?? '';
  const namespace = plan.metadata?.namespace;
  return {
    apiVersion: `${FORKLIFT_GROUP}/${FORKLIFT_VERSION}`,
    kind: 'Migration',
    metadata: {
      generateName: `${name}-`,
      namespace,
      labels: { plan: plan.metadata?.uid ?? '' },
      ...(plan.metadata?.uid
        ? { ownerReferences: [{ apiVersion: `${FORKLIFT_GROUP}/${FORKLIFT_VERSION}`, kind: 'Plan', name, uid: plan.metadata.uid }] }
        : {}),
    },
    spec: {
      plan: { name, namespace, ...(plan.metadata?.uid ? { uid: plan.metadata.uid } : {}) },
      ...(opts.cutover ? { cutover: opts.cutover } : {}),
    },
  };
};

/** Whether a Migration belongs to a plan (by name and namespace; by uid too when both carry one). */
export const isMigrationOf = (migration: V1beta1Migration, plan: V1beta1Plan): boolean => {
  const ref = migration.spec?.plan;
  if (!ref?.name || ref.name !== plan.metadata?.name) return false;
  if ((ref.namespace || migration.metadata?.namespace) !== plan.metadata?.namespace) return false;
  return !ref.uid || !plan.metadata?.uid || ref.uid === plan.metadata.uid;
};

const FINISHED = ['Succeeded', 'Failed', 'Canceled'];
export const isMigrationFinished = (migration: V1beta1Migration): boolean =>
  FINISHED.some((type) => isConditionTrue(migration.status?.conditions, type));

/** Every Migration of a plan, oldest first (creation time, then name). */
export const migrationsOf = (plan: V1beta1Plan, migrations: readonly V1beta1Migration[]): V1beta1Migration[] =>
  migrations
    .filter((m) => isMigrationOf(m, plan))
    .sort(
      (a, b) =>
        (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? '') ||
        (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''),
    );

/**
 * The Migration the plan's status points at (the last entry of its history),
 * else the newest one: the one cutover and cancel act on.
 */
export const latestMigration = (plan: V1beta1Plan, migrations: readonly V1beta1Migration[]): V1beta1Migration | undefined => {
  const own = migrationsOf(plan, migrations);
  const history = plan.status?.migration?.history ?? [];
  const lastUid = history[history.length - 1]?.migration?.uid;
  return (lastUid && own.find((m) => m.metadata?.uid === lastUid)) || own[own.length - 1];
};

/** Sets, moves or clears (`at` undefined) the warm cutover of a running Migration. */
export const cutoverPatch = (migration: V1beta1Migration, at: Date | undefined): Patch[] => {
  const has = !!migration.spec?.cutover;
  if (!at) return has ? [{ op: 'remove', path: '/spec/cutover' }] : [];
  return [{ op: has ? 'replace' : 'add', path: '/spec/cutover', value: at.toISOString() }];
};

export interface VmRef {
  id?: string;
  name?: string;
  namespace?: string;
}

/** Adds VMs to the Migration's cancel list, keeping those already there and skipping duplicates. */
export const cancelVmsPatch = (migration: V1beta1Migration, vms: readonly VmRef[]): Patch[] => {
  const current = (migration.spec?.cancel ?? []) as VmRef[];
  const same = (a: VmRef, b: VmRef) => (a.id && b.id ? a.id === b.id : a.name === b.name);
  const added = vms.filter((vm, i) => !current.some((c) => same(c, vm)) && vms.findIndex((o) => same(o, vm)) === i);
  if (added.length === 0) return [];
  const refs = added.map((vm) => ({ ...(vm.id ? { id: vm.id } : {}), ...(vm.name ? { name: vm.name } : {}), ...(vm.namespace ? { namespace: vm.namespace } : {}) }));
  if (!migration.spec?.cancel) return [{ op: 'add', path: '/spec/cancel', value: refs }];
  return refs.map((value) => ({ op: 'add', path: '/spec/cancel/-', value }));
};
