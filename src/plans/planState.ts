/**
 * What state a plan is in, as a person would say it, derived from the
 * Forklift conditions: run conditions (Executing, Succeeded, Failed,
 * Canceled) win over validation ones (Ready, blocking conditions), and
 * Archived wins over everything.
 */
import { blockingConditions, isConditionTrue } from '../k8s/conditions';
import type { PlanVmStatus, V1beta1Plan } from '../k8s/types';

export type PlanState = 'Archived' | 'Running' | 'Succeeded' | 'Failed' | 'Canceled' | 'Ready' | 'NotReady' | 'Validating';

export const PLAN_STATES: readonly PlanState[] = ['Running', 'Ready', 'NotReady', 'Validating', 'Succeeded', 'Failed', 'Canceled', 'Archived'];

export const planState = (plan: V1beta1Plan): PlanState => {
  const conditions = plan.status?.conditions;
  if (plan.spec?.archived || isConditionTrue(conditions, 'Archived')) return 'Archived';
  if (isConditionTrue(conditions, 'Executing')) return 'Running';
  if (isConditionTrue(conditions, 'Failed')) return 'Failed';
  if (isConditionTrue(conditions, 'Succeeded')) return 'Succeeded';
  if (isConditionTrue(conditions, 'Canceled')) return 'Canceled';
  if (blockingConditions(conditions).length > 0) return 'NotReady';
  if (isConditionTrue(conditions, 'Ready')) return 'Ready';
  return 'Validating';
};

const FINISHED_VM_PHASES = new Set(['Completed', 'Failed', 'Canceled']);

export const isVmFinished = (vm: PlanVmStatus): boolean =>
  FINISHED_VM_PHASES.has(vm.phase ?? '') || !!vm.completed;

export interface PlanProgress {
  /** VMs in the plan's spec. */
  total: number;
  /** VMs whose migration has ended, whatever the outcome. */
  finished: number;
  failed: number;
  /** Disk data moved so far and in all, in MB, over every disk-transfer step. */
  diskCompletedMb: number;
  diskTotalMb: number;
}

const DISK_STEPS = new Set(['DiskTransfer', 'DiskTransferV2v']);

export const planProgress = (plan: V1beta1Plan): PlanProgress => {
  const vms = plan.status?.migration?.vms ?? [];
  let diskCompletedMb = 0;
  let diskTotalMb = 0;
  for (const vm of vms) {
    for (const step of vm.pipeline ?? []) {
      if (!DISK_STEPS.has(step.name) || !step.progress) continue;
      diskCompletedMb += step.progress.completed;
      diskTotalMb += step.progress.total;
    }
  }
  return {
    total: plan.spec?.vms?.length ?? vms.length,
    finished: vms.filter(isVmFinished).length,
    failed: vms.filter((vm) => vm.phase === 'Failed' || !!vm.error).length,
    diskCompletedMb,
    diskTotalMb,
  };
};

export const countBy = <T, K extends string>(items: readonly T[], key: (item: T) => K): Partial<Record<K, number>> => {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
};
