/**
 * Which lifecycle actions a plan offers right now, and why not when it does
 * not: one pure function the list rows, the details page and bulk actions share.
 */
import { isConditionTrue } from '../../k8s/conditions';
import type { PlanVmStatus, V1beta1Migration, V1beta1Plan } from '../../k8s/types';
import { planState, isVmFinished } from '../planState';
import { isMigrationFinished } from './migrationBuilders';

export type PlanAction = 'start' | 'restart' | 'cutover' | 'scheduleCutover' | 'clearCutover' | 'cancelVms' | 'archive' | 'unarchive' | 'duplicate' | 'delete' | 'edit';

/** Why an action is unavailable (a key the UI turns into words). */
export type Blocker = 'archived' | 'notReady' | 'running' | 'started' | 'notRunning' | 'notWarm' | 'noSchedule' | 'nothingToCancel' | 'notFinished' | 'notArchived';

export type Availability = Record<PlanAction, { enabled: boolean; reason?: Blocker }>;

const ok = { enabled: true } as const;
const no = (reason: Blocker) => ({ enabled: false, reason });

/**
 * Only a warm migration has a cutover (Migration.spec.cutover ends its precopy loop). A live
 * migration ends when KubeVirt has moved the VM's state: there is nothing to cut over.
 */
export const isWarmPlan = (plan: V1beta1Plan): boolean => plan.spec?.type === 'warm' || (!plan.spec?.type && !!plan.spec?.warm);

/** A plan has started once the controller recorded a migration for it. */
export const hasStarted = (plan: V1beta1Plan): boolean => !!plan.status?.migration?.started || (plan.status?.migration?.history?.length ?? 0) > 0;

/** VMs still moving (not finished), which is what cancel can act on. */
export const unfinishedVms = (plan: V1beta1Plan): PlanVmStatus[] => (plan.status?.migration?.vms ?? []).filter((vm) => !isVmFinished(vm));

export const planAvailability = (plan: V1beta1Plan, migration: V1beta1Migration | undefined): Availability => {
  const state = planState(plan);
  const archived = state === 'Archived';
  const ready = isConditionTrue(plan.status?.conditions, 'Ready');
  // A Migration just created counts as running before the plan's status says so: no double start.
  const running = !archived && (state === 'Running' || (!!migration && !isMigrationFinished(migration)));
  const warm = isWarmPlan(plan);
  const started = hasStarted(plan);

  const whenRunningWarm = (extra?: Blocker) => (archived ? no('archived') : !running || !migration ? no('notRunning') : !warm ? no('notWarm') : extra ? no(extra) : ok);

  return {
    start: archived ? no('archived') : running ? no('running') : started ? no('started') : !ready ? no('notReady') : ok,
    restart: archived ? no('archived') : running ? no('running') : state !== 'Failed' && state !== 'Canceled' ? no('notFinished') : !ready ? no('notReady') : ok,
    cutover: whenRunningWarm(),
    scheduleCutover: whenRunningWarm(),
    clearCutover: whenRunningWarm(migration?.spec?.cutover ? undefined : 'noSchedule'),
    cancelVms: archived ? no('archived') : !running || !migration ? no('notRunning') : unfinishedVms(plan).length === 0 ? no('nothingToCancel') : ok,
    archive: archived ? no('archived') : running ? no('running') : ok,
    unarchive: archived ? ok : no('notArchived'),
    duplicate: ok,
    delete: ok,
    edit: archived ? no('archived') : running ? no('running') : started ? no('started') : ok,
  };
};
