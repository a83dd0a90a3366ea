/**
 * The plan actions as calls to the cluster, through the console SDK. Each
 * resolves with what the server returned and rejects with the SDK's error
 * (its Status message is what the UI shows); no React here.
 */
import { k8sCreate, k8sDelete, k8sGet, k8sPatch, type Patch } from '@openshift-console/dynamic-plugin-sdk';
import { MigrationModel, PlanModel } from '../../k8s/models';
import type { V1beta1Migration, V1beta1Plan } from '../../k8s/types';
import { errorCode } from '../../utils/errors';
import { buildMigration, cancelVmsPatch, cutoverPatch, type VmRef } from './migrationBuilders';
import { archivePatch, duplicatePlan, guarded } from './planBuilders';

/** Start (or restart: the controller re-runs the VMs that did not succeed) = create a Migration. */
export const startPlan = (plan: V1beta1Plan, opts: { cutover?: Date } = {}): Promise<V1beta1Migration> =>
  k8sCreate<V1beta1Migration>({ model: MigrationModel, data: buildMigration(plan, { cutover: opts.cutover?.toISOString() }) });

/** Cut over now (`at` = now), at a time, or clear the schedule (`at` undefined). */
export const setCutover = async (migration: V1beta1Migration, at: Date | undefined): Promise<V1beta1Migration> => {
  const ops = cutoverPatch(migration, at);
  return ops.length ? k8sPatch<V1beta1Migration>({ model: MigrationModel, resource: migration, data: ops }) : migration;
};

export const cancelVms = async (migration: V1beta1Migration, vms: readonly VmRef[]): Promise<V1beta1Migration> => {
  const ops = cancelVmsPatch(migration, vms);
  return ops.length ? k8sPatch<V1beta1Migration>({ model: MigrationModel, resource: migration, data: ops }) : migration;
};

export const setArchived = (plan: V1beta1Plan, archived: boolean): Promise<V1beta1Plan> =>
  k8sPatch<V1beta1Plan>({ model: PlanModel, resource: plan, data: archivePatch(plan, archived) });

export const createDuplicate = (plan: V1beta1Plan, name: string): Promise<V1beta1Plan> =>
  k8sCreate<V1beta1Plan>({ model: PlanModel, data: duplicatePlan(plan, name) });

export const deletePlan = (plan: V1beta1Plan): Promise<unknown> => k8sDelete({ model: PlanModel, resource: plan });

export interface EditResult {
  plan: V1beta1Plan;
  /** True when the first attempt met a 409 and the edit was re-applied on the fresh plan. */
  retried: boolean;
}

/**
 * Applies an edit made against `plan`, guarded by its resourceVersion. On 409
 * (someone changed the plan meanwhile) it reads the fresh plan and applies the
 * same edit to it once more, so the edit lands on what is there now; a second
 * conflict, or any other failure, is thrown for the UI to show.
 */
export const editPlan = async (plan: V1beta1Plan, edit: (current: V1beta1Plan) => Patch[]): Promise<EditResult> => {
  try {
    return { plan: await k8sPatch<V1beta1Plan>({ model: PlanModel, resource: plan, data: guarded(plan, edit(plan)) }), retried: false };
  } catch (err) {
    if (errorCode(err) !== 409) throw err;
    const fresh = await k8sGet<V1beta1Plan>({ model: PlanModel, name: plan.metadata?.name, ns: plan.metadata?.namespace });
    return { plan: await k8sPatch<V1beta1Plan>({ model: PlanModel, resource: fresh, data: guarded(fresh, edit(fresh)) }), retried: true };
  }
};
