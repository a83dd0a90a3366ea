/**
 * Runs Migrations: builds each VM's pipeline when a Migration starts its plan,
 * advances them on a simulated-clock tick (a few VMs in flight at a time),
 * honours cancel and cutover from the Migration spec, creates the target
 * VirtualMachine when a VM succeeds, and writes the Migration status once per
 * tick. The plan's run conditions and `status.migration` are handed to the
 * plan reconciler through `planRunStatus`, so one writer owns Plan status.
 */
import type { K8sObject, ObjectStore, SimClock } from '../core/contract';
import type { Inventory } from '../inventory/index';
import { buildKubevirtVm } from '../inventory/kubevirt';
import { condition, hasCondition, type Condition } from './conditions';
import { createHookJobs } from './hookJobs';
import { plannedFailure } from './failures';
import { advanceVm, buildPipeline, cancelVm, newVmRun, scaledCutoverAt, startVm, stepNames, vmStatus, type PipelineTiming, type VmRun } from './pipeline';
import { planType, targetNameOf, type PlanVmSpec } from './planValidation';
import type { ControllerLimits } from './forkliftSettings';
import { RES, getRef, iso, keyOf } from './resources';
import type { RunContext, TargetSide } from './targetSide';

export interface RunnerOptions {
  timing: PipelineTiming;
  /** Simulated ms between ticks; each tick writes status once. */
  tickMs: number;
  maxInFlight: number;
  failureRate: number;
  /** Limits in force now (read from the ForkliftController each tick); default: maxInFlight and timing. */
  limits?: () => ControllerLimits;
}

/**
 * Simulator-only annotations on a Plan, for tests and benchmarks: run this
 * plan's migrations N times faster than the simulated clock (steps, transfers,
 * precopy intervals, and the wait until a scheduled cutover, counted from when
 * the schedule is first seen), and with more VMs in flight. Real Forklift
 * ignores them.
 */
export const TIME_SCALE_ANNOTATION = 'forklift-console.sim/time-scale';
export const MAX_IN_FLIGHT_ANNOTATION = 'forklift-console.sim/max-in-flight';
/** Comma-separated VM ids that fail on their first attempt (at a step and with a reason chosen as usual). */
export const FAIL_VMS_ANNOTATION = 'forklift-console.sim/fail-vms';

const annotationNumber = (plan: K8sObject, key: string, min: number, max: number): number | undefined => {
  const raw = Number(plan.metadata.annotations?.[key]);
  return Number.isFinite(raw) && raw >= min ? Math.min(raw, max) : undefined;
};

export function scaleTiming(timing: PipelineTiming, scale: number): PipelineTiming {
  if (scale === 1) return timing;
  return {
    simpleStepMs: Object.fromEntries(Object.entries(timing.simpleStepMs).map(([k, v]) => [k, v / scale])),
    transferMBps: timing.transferMBps * scale,
    precopyIntervalMs: timing.precopyIntervalMs / scale,
    deltaCopyMs: timing.deltaCopyMs / scale,
  };
}

interface Run {
  timing: PipelineTiming;
  tickMs: number;
  scale: number;
  /** From the plan's annotation; else the ForkliftController's setting applies. */
  maxInFlight?: number;
  migrationUid: string;
  migrationKey: string;
  planKey: string;
  started: number;
  completed?: number;
  vms: VmRun[];
  outcome?: 'Succeeded' | 'Failed' | 'Canceled';
  cancelTimer?: () => void;
  lastTick: number;
  /** Each cutover value in force ('' for the plan's, else the VM id) and when this run first saw it. */
  cutoverSeen: Map<string, { value: string; at: number }>;
}

export interface PlanRunStatus {
  conditions: Condition[];
  migration: Record<string, unknown>;
}

const FINISHED = ['Succeeded', 'Failed', 'Canceled'];

export function isMigrationFinished(migration: K8sObject): boolean {
  return FINISHED.some((t) => hasCondition(migration, t));
}

export function createRunner(store: ObjectStore, clock: SimClock, inventory: Inventory, opts: RunnerOptions, requeuePlan: (planKey: string) => void, target: TargetSide) {
  const runs = new Map<string, Run>();
  const byPlan = new Map<string, Run>();
  const hookJobs = createHookJobs(store, clock);

  const migrationOf = (run: Run) => store.list(RES.migrations).find((m) => m.metadata.uid === run.migrationUid);
  const planOf = (migration: K8sObject) => getRef(store, RES.plans, migration.spec?.plan as { name?: string; namespace?: string }, migration.metadata.namespace);

  const writeMigration = (migration: K8sObject, status: Record<string, unknown>) => {
    store.updateStatus(RES.migrations, { ...migration, metadata: { ...migration.metadata, resourceVersion: undefined }, status });
  };

  const runConditions = (run: Run, at: number): Condition[] => {
    if (!run.outcome) return [condition({ type: 'Executing', reason: 'Started', category: 'Advisory', message: 'The plan is EXECUTING.' }, run.started)];
    return [condition({ type: run.outcome, reason: 'Completed', category: 'Advisory', message: `The plan execution has ${run.outcome.toUpperCase()}.`, durable: true }, at)];
  };

  const migrationStatus = (run: Run): Record<string, unknown> => ({
    started: iso(run.started),
    ...(run.completed !== undefined ? { completed: iso(run.completed) } : {}),
    conditions: run.outcome
      ? [condition({ type: run.outcome, reason: 'Completed', category: 'Advisory', message: `The migration has ${run.outcome.toUpperCase()}.`, durable: true }, run.completed!)]
      : [condition({ type: 'Running', reason: 'Started', category: 'Advisory', message: 'The migration is RUNNING.' }, run.started)],
    vms: run.vms.map(vmStatus),
  });

  const storageClassResolver = (plan: K8sObject) => {
    const storageMap = getRef(store, RES.storageMaps, (plan.spec?.map as { storage?: { name?: string; namespace?: string } } | undefined)?.storage, plan.metadata.namespace);
    const pairs = (storageMap?.spec?.map ?? []) as { source?: { id?: string }; destination?: { storageClass?: string } }[];
    return (storageId: string) => pairs.find((p) => p.source?.id === storageId)?.destination?.storageClass ?? pairs[0]?.destination?.storageClass ?? 'standard-csi';
  };

  const contextOf = (plan: K8sObject, migration: K8sObject): RunContext => ({
    plan,
    migration: { name: migration.metadata.name ?? '', uid: migration.metadata.uid ?? '' },
    targetNamespace: String(plan.spec?.targetNamespace ?? ''),
    storageClassFor: storageClassResolver(plan),
  });

  const createTargetVm = (plan: K8sObject, run: Run, vm: VmRun) => {
    const ns = String(plan.spec?.targetNamespace ?? '');
    if (!ns || store.get(RES.virtualMachines, ns, vm.targetName)) return;
    const vmSpec = ((plan.spec?.vms ?? []) as (PlanVmSpec & { targetPowerState?: string })[]).find((v) => v.id === vm.id);
    const power = String(vmSpec?.targetPowerState ?? plan.spec?.targetPowerState ?? 'auto');
    const classFor = storageClassResolver(plan);
    const running = power === 'on' || (power === 'auto' && vm.facts.poweredOn);
    const obj = buildKubevirtVm({
      name: vm.targetName,
      namespace: ns,
      running,
      cpuCores: vm.facts.cpuCores,
      memoryMiB: vm.facts.memoryMiB,
      firmware: vm.facts.firmware,
      disks: vm.facts.disks.map((d) => ({ capacityBytes: d.capacityBytes, storageClass: classFor(d.storageId) })),
      networks: vm.facts.usesPodNetwork || vm.facts.networkIds.length === 0 ? ['pod'] : vm.facts.networkIds.map(() => 'pod'),
      labels: { ...(plan.spec?.targetLabels as Record<string, string> | undefined), migration: run.migrationUid, plan: plan.metadata.uid ?? '', vmID: vm.id },
      nodeSelector: plan.spec?.targetNodeSelector as Record<string, string> | undefined,
      affinity: plan.spec?.targetAffinity as Record<string, unknown> | undefined,
    });
    delete obj.status;
    try {
      target.vmCreated(store.create(RES.virtualMachines, obj), running);
    } catch {
      // The namespace may have gone away: the VM still counts as migrated, as upstream reports it.
    }
  };

  const tick = (run: Run) => {
    run.cancelTimer = undefined;
    const migration = migrationOf(run);
    const plan = migration && planOf(migration);
    if (!migration || !plan) {
      stop(run);
      return;
    }
    const now = clock.now();
    const dt = Math.max(0, now - run.lastTick);
    run.lastTick = now;
    const cancel = (migration.spec?.cancel ?? []) as { id?: string; name?: string }[];
    // A schedule is due when the plan's own clock reaches it: with a time scale, its wait is shortened.
    const dueAt = (key: string, value: unknown): number | undefined => {
      const at = typeof value === 'string' ? Date.parse(value) : NaN;
      if (!Number.isFinite(at)) {
        run.cutoverSeen.delete(key);
        return undefined;
      }
      const known = run.cutoverSeen.get(key);
      const seen = known && known.value === value ? known : { value: String(value), at: now };
      run.cutoverSeen.set(key, seen);
      return scaledCutoverAt(at, seen.at, run.scale);
    };
    const cutover = dueAt('', migration.spec?.cutover);
    const vmCutover = (migration.spec?.vmCutover ?? []) as { id: string; cutover?: string }[];
    const ctx = contextOf(plan, migration);
    const hookClocks = { stepMs: (step: string) => run.timing.simpleStepMs[step] ?? 10_000, scale: run.scale };
    for (const vm of run.vms) {
      if (!vm.outcome && cancel.some((c) => (c.id && c.id === vm.id) || (!c.id && c.name === vm.name))) {
        cancelVm(vm, now);
        target.sync(ctx, vm);
        hookJobs.sync(ctx, vm, hookClocks);
      }
    }
    const limits = opts.limits?.() ?? { maxInFlight: opts.maxInFlight, precopyIntervalMs: opts.timing.precopyIntervalMs };
    // A plan's simulator annotations win over the ForkliftController settings.
    const maxInFlight = run.maxInFlight ?? limits.maxInFlight;
    const timing = limits.precopyIntervalMs === opts.timing.precopyIntervalMs ? run.timing : { ...run.timing, precopyIntervalMs: limits.precopyIntervalMs / run.scale };
    let inFlight = run.vms.filter((v) => v.current >= 0 && !v.outcome).length;
    for (const vm of run.vms) {
      if (vm.outcome) {
        target.sync(ctx, vm);
        hookJobs.sync(ctx, vm, hookClocks);
        continue;
      }
      if (vm.current < 0) {
        if (inFlight >= maxInFlight) continue;
        startVm(vm, now);
        target.sync(ctx, vm);
        inFlight++;
        continue;
      }
      const own = vmCutover.find((c) => c.id === vm.id)?.cutover;
      const before = vm.outcome;
      advanceVm(vm, dt, now, timing, own ? dueAt(vm.id, own) : cutover);
      if (!before && vm.outcome === 'Succeeded') createTargetVm(plan, run, vm);
      target.sync(ctx, vm);
      hookJobs.sync(ctx, vm, hookClocks);
    }
    if (run.vms.every((v) => v.outcome)) {
      // Upstream rule: Failed if any VM failed, else Succeeded if any succeeded, else Canceled.
      run.outcome = run.vms.some((v) => v.outcome === 'Failed') ? 'Failed' : run.vms.some((v) => v.outcome === 'Succeeded') ? 'Succeeded' : 'Canceled';
      run.completed = now;
      const counts = (o: string) => run.vms.filter((v) => v.outcome === o).length;
      target.planEvent(plan, run.outcome === 'Failed' ? 'Warning' : 'Normal', run.outcome, `Migration ${migration.metadata.name} ${run.outcome.toLowerCase()}: ${counts('Succeeded')} succeeded, ${counts('Failed')} failed, ${counts('Canceled')} canceled.`);
    }
    writeMigration(migration, migrationStatus(run));
    requeuePlan(run.planKey);
    if (!run.outcome) run.cancelTimer = clock.setTimeout(() => tick(run), run.tickMs);
    else byPlan.delete(run.planKey);
  };

  const stop = (run: Run) => {
    run.cancelTimer?.();
    runs.delete(run.migrationUid);
    if (byPlan.get(run.planKey) === run) byPlan.delete(run.planKey);
  };

  const start = (migration: K8sObject, plan: K8sObject) => {
    const source = getRef(store, RES.providers, (plan.spec?.provider as { source?: { name?: string; namespace?: string } })?.source, plan.metadata.namespace);
    const inv = source ? inventory.forProvider(source) : undefined;
    if (!source || !inv) return false;
    const type = planType(plan);
    const sourceType = String(source.spec?.type);
    const now = clock.now();
    const vms: VmRun[] = [];
    // Restart: VMs that succeeded in an earlier run of this plan are kept as they are, the rest run again.
    type PriorVm = { id?: string; phase?: string; started?: string; completed?: string; pipeline?: VmRun['pipeline']; conditions?: { type?: string }[] };
    const prior = new Map(((plan.status?.migration as { vms?: PriorVm[] } | undefined)?.vms ?? []).map((v) => [v.id, v]));
    for (const spec of (plan.spec?.vms ?? []) as PlanVmSpec[]) {
      const facts = inv.findVm(spec);
      if (!facts) continue;
      const hooks = { pre: !!spec.hooks?.some((h) => h.step === 'PreHook'), post: !!spec.hooks?.some((h) => h.step === 'PostHook') };
      const names = stepNames(type, sourceType, hooks);
      const before = prior.get(facts.id);
      const succeeded = before?.phase === 'Completed' && !!before.conditions?.some((c) => c.type === 'Succeeded');
      // A planned failure strikes the first attempt only: a retry after fixing the cause goes through.
      const forced = String(plan.metadata.annotations?.[FAIL_VMS_ANNOTATION] ?? '').split(',').map((x) => x.trim()).includes(facts.id);
      const failure = before ? undefined : plannedFailure(facts, names, forced ? 1 : opts.failureRate);
      const vm = newVmRun({ id: facts.id, name: facts.name, namespace: facts.namespace, facts, targetName: targetNameOf(spec, facts), pipeline: buildPipeline(names, facts), warm: type === 'warm', failure });
      if (succeeded && before?.pipeline) {
        Object.assign(vm, { pipeline: structuredClone(before.pipeline), phase: 'Completed', started: before.started, completed: before.completed, outcome: 'Succeeded', current: before.pipeline.length - 1 });
        delete vm.warm;
      }
      vms.push(vm);
    }
    const scale = annotationNumber(plan, TIME_SCALE_ANNOTATION, 1, 10_000) ?? 1;
    const run: Run = {
      timing: scaleTiming(opts.timing, scale),
      tickMs: Math.max(opts.tickMs / scale, 200),
      scale,
      maxInFlight: annotationNumber(plan, MAX_IN_FLIGHT_ANNOTATION, 1, 10_000),
      migrationUid: migration.metadata.uid ?? '', migrationKey: keyOf(migration), planKey: keyOf(plan), started: now, vms, lastTick: now,
      cutoverSeen: new Map() };
    runs.set(run.migrationUid, run);
    byPlan.set(run.planKey, run);
    writeMigration(migration, migrationStatus(run));
    const rerun = vms.filter((v) => !v.outcome).length;
    target.planEvent(plan, 'Normal', 'Executing', prior.size ? `Migration ${migration.metadata.name} restarted the plan: ${rerun} VMs to migrate, ${vms.length - rerun} already done.` : `Migration ${migration.metadata.name} started: ${vms.length} VMs to migrate.`);
    requeuePlan(run.planKey);
    run.cancelTimer = clock.setTimeout(() => tick(run), run.tickMs);
    return true;
  };

  return {
    /** Starts the Migration if its plan is Ready and idle; otherwise says why it waits. */
    reconcileMigration(migration: K8sObject): void {
      const uid = migration.metadata.uid ?? '';
      if (runs.has(uid) || isMigrationFinished(migration)) return;
      const plan = planOf(migration);
      const now = clock.now();
      const waiting = (type: string, message: string) =>
        writeMigration(migration, { ...(migration.status ?? {}), conditions: [condition({ type, status: 'True', reason: 'NotReady', category: 'Critical', message }, now)] });
      if (!plan) return waiting('PlanNotValid', 'The migration plan was not found.');
      if (plan.spec?.archived === true) return waiting('PlanNotValid', 'The migration plan is archived.');
      if (!hasCondition(plan, 'Ready')) return waiting('PlanNotReady', 'The migration plan is not ready.');
      const active = byPlan.get(keyOf(plan));
      if (active && active.migrationUid !== uid) return waiting('PlanNotReady', 'Another migration of this plan is running.');
      start(migration, plan);
    },
    forgetMigration(migration: K8sObject): void {
      const run = runs.get(migration.metadata.uid ?? '');
      target.forget(migration.metadata.uid ?? '');
      hookJobs.forget(migration.metadata.uid ?? '');
      if (run) {
        stop(run);
        requeuePlan(run.planKey);
      }
    },
    /** Archiving a running plan cancels what is still moving (the console does not offer it, kubectl can). */
    cancelPlan(planKey: string): void {
      const run = byPlan.get(planKey);
      if (!run) return;
      const now = clock.now();
      for (const vm of run.vms) if (!vm.outcome) cancelVm(vm, now);
    },
    /** The run the plan's status should show: the active one, or the last one finished while we ran. */
    planRunStatus(plan: K8sObject): PlanRunStatus | undefined {
      const key = keyOf(plan);
      const candidates = [...runs.values()].filter((r) => r.planKey === key);
      const run = byPlan.get(key) ?? candidates.sort((a, b) => (b.completed ?? 0) - (a.completed ?? 0))[0];
      if (!run) return undefined;
      const migration = migrationOf(run);
      const previous = ((plan.status?.migration as { history?: Record<string, unknown>[] } | undefined)?.history ?? []).filter(
        (h) => (h.migration as { uid?: string } | undefined)?.uid !== run.migrationUid,
      );
      const conditions = runConditions(run, run.completed ?? run.started);
      const history = [
        ...previous,
        {
          conditions,
          migration: { name: migration?.metadata.name, namespace: migration?.metadata.namespace, uid: run.migrationUid },
          plan: { name: plan.metadata.name, namespace: plan.metadata.namespace, uid: plan.metadata.uid },
          provider: plan.spec?.provider,
          map: plan.spec?.map,
        },
      ];
      return {
        conditions,
        migration: { started: iso(run.started), ...(run.completed !== undefined ? { completed: iso(run.completed) } : {}), history, vms: run.vms.map(vmStatus) },
      };
    },
    stop(): void {
      for (const run of [...runs.values()]) run.cancelTimer?.();
      runs.clear();
      byPlan.clear();
    },
  };
}

export type Runner = ReturnType<typeof createRunner>;
