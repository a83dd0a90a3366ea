/**
 * Per-VM migration pipelines and how they advance with simulated time: pure
 * data in, data out (mutating only the VmRun it is given), no clock, no store.
 */
import type { VmFacts } from '../inventory/types';
import type { PlannedFailure } from './failures';
import type { PlanType } from './planValidation';

export const MiB = 1024 * 1024;

export interface Progress {
  completed: number;
  total: number;
}

export interface Task {
  name: string;
  phase: 'Pending' | 'Running' | 'Completed';
  progress: Progress;
  annotations: { unit: 'MB' };
  started?: string;
  completed?: string;
}

export interface Step {
  name: string;
  description: string;
  phase: 'Pending' | 'Running' | 'Completed';
  reason?: string;
  started?: string;
  completed?: string;
  progress: Progress;
  annotations?: { unit: 'MB' };
  error?: { phase: string; reasons: string[] };
  tasks?: Task[];
}

export interface Precopy {
  start: string;
  end?: string;
  snapshot: string;
  deltas: { disk: string; deltaId: string }[];
}

export interface WarmStatus {
  successes: number;
  failures: number;
  consecutiveFailures: number;
  nextPrecopyAt?: string;
  precopies: Precopy[];
}

export type VmOutcome = 'Succeeded' | 'Failed' | 'Canceled';

export interface VmRun {
  id: string;
  name: string;
  namespace?: string;
  facts: VmFacts;
  targetName: string;
  phase: string;
  started?: string;
  completed?: string;
  pipeline: Step[];
  /** Index of the running step; -1 before start. */
  current: number;
  /** Simulated ms spent in the current simple step. */
  elapsed: number;
  warm?: WarmStatus & { state: 'copying' | 'paused' | 'delta'; deltaElapsed: number };
  failure?: PlannedFailure;
  outcome?: VmOutcome;
  error?: { phase: string; reasons: string[] };
}

export interface PipelineTiming {
  /** Simulated ms for steps without data: Initialize, hooks, conversion, VM creation... */
  simpleStepMs: Record<string, number>;
  /** Transfer rate per VM in MB per simulated second, shared by its disks. */
  transferMBps: number;
  /** Simulated ms between warm precopies. */
  precopyIntervalMs: number;
  /** Simulated ms a delta precopy takes. */
  deltaCopyMs: number;
}

export const DEFAULT_PIPELINE_TIMING: PipelineTiming = {
  simpleStepMs: {
    Initialize: 10_000,
    PreHook: 30_000,
    PostHook: 30_000,
    DiskAllocation: 20_000,
    Cutover: 60_000,
    ImageConversion: 90_000,
    VirtualMachineCreation: 15_000,
    PreflightInspection: 30_000,
    PrepareTarget: 20_000,
    Synchronization: 60_000,
  },
  transferMBps: 250,
  precopyIntervalMs: 15 * 60_000,
  deltaCopyMs: 45_000,
};

const DESCRIPTIONS: Record<string, string> = {
  Initialize: 'Initialize migration.',
  PreHook: 'Run pre-migration hook.',
  PreflightInspection: 'Run preflight inspection.',
  DiskAllocation: 'Allocate disks.',
  DiskTransfer: 'Transfer disks.',
  Cutover: 'Finalize disk transfer.',
  ImageConversion: 'Convert image to kubevirt.',
  DiskTransferV2v: 'Copy disks.',
  VirtualMachineCreation: 'Create VM.',
  PostHook: 'Run post-migration hook.',
  PrepareTarget: 'Prepare target namespace.',
  Synchronization: 'Synchronize source and target VMs.',
};

/** VM phase shown while a step runs (the controller's itinerary phase names). */
const PHASE_OF_STEP: Record<string, string> = {
  Initialize: 'Started',
  PreHook: 'PreHook',
  PreflightInspection: 'PreflightInspection',
  DiskAllocation: 'AllocateDisks',
  DiskTransfer: 'CopyDisks',
  Cutover: 'CreateFinalSnapshot',
  ImageConversion: 'ConvertGuest',
  DiskTransferV2v: 'CopyDisksVirtV2V',
  VirtualMachineCreation: 'CreateVM',
  PostHook: 'PostHook',
  PrepareTarget: 'CreateTarget',
  Synchronization: 'WaitForStateTransfer',
};

const DISK_STEPS = new Set(['DiskTransfer', 'DiskTransferV2v']);

/**
 * Step names per the reference: which path a VM takes depends on plan type and source. Conversion
 * only (vSphere) converts the guest in place: no disk allocation or transfer step.
 */
export function stepNames(type: PlanType, sourceType: string, hooks: { pre: boolean; post: boolean }): string[] {
  let core: string[];
  if (type === 'conversion') core = ['ImageConversion', 'VirtualMachineCreation'];
  // Live (OpenShift to OpenShift): Forklift prepares the target (blank volumes, the standby VM) and
  // KubeVirt moves the running VM's state; there is no cutover to trigger.
  else if (type === 'live') core = ['PrepareTarget', 'Synchronization'];
  else if (type === 'warm') core = ['DiskTransfer', 'Cutover', 'ImageConversion', 'VirtualMachineCreation'];
  else if (sourceType === 'vsphere') core = ['DiskAllocation', 'ImageConversion', 'DiskTransferV2v', 'VirtualMachineCreation'];
  // KubeVirt guests need no conversion.
  else if (sourceType === 'openshift') core = ['DiskTransfer', 'VirtualMachineCreation'];
  else core = ['DiskTransfer', 'ImageConversion', 'VirtualMachineCreation'];
  return ['Initialize', ...(hooks.pre ? ['PreHook'] : []), ...core, ...(hooks.post ? ['PostHook'] : [])];
}

export function buildPipeline(names: string[], facts: VmFacts): Step[] {
  return names.map((name) => {
    if (!DISK_STEPS.has(name)) return { name, description: DESCRIPTIONS[name] ?? name, phase: 'Pending', progress: { completed: 0, total: 1 } };
    const tasks: Task[] = facts.disks.map((d, i) => ({
      name: `disk-${i}`,
      phase: 'Pending',
      progress: { completed: 0, total: Math.max(1, Math.round(d.capacityBytes / MiB)) },
      annotations: { unit: 'MB' },
    }));
    return {
      name,
      description: DESCRIPTIONS[name] ?? name,
      phase: 'Pending',
      progress: { completed: 0, total: tasks.reduce((s, t) => s + t.progress.total, 0) },
      annotations: { unit: 'MB' },
      tasks,
    };
  });
}

export function newVmRun(init: { id: string; name: string; namespace?: string; facts: VmFacts; targetName: string; pipeline: Step[]; warm: boolean; failure?: PlannedFailure }): VmRun {
  return {
    id: init.id,
    name: init.name,
    ...(init.namespace ? { namespace: init.namespace } : {}),
    facts: init.facts,
    targetName: init.targetName,
    phase: 'Pending',
    pipeline: init.pipeline,
    current: -1,
    elapsed: 0,
    ...(init.warm ? { warm: { successes: 0, failures: 0, consecutiveFailures: 0, precopies: [], state: 'copying' as const, deltaElapsed: 0 } } : {}),
    ...(init.failure ? { failure: init.failure } : {}),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

function startStep(run: VmRun, index: number, now: number): void {
  run.current = index;
  run.elapsed = 0;
  const step = run.pipeline[index];
  step.phase = 'Running';
  step.started = iso(now);
  for (const t of step.tasks ?? []) {
    t.phase = 'Running';
    t.started = iso(now);
  }
  run.phase = PHASE_OF_STEP[step.name] ?? step.name;
}

function completeStep(run: VmRun, now: number): void {
  const step = run.pipeline[run.current];
  step.phase = 'Completed';
  step.completed = iso(now);
  step.progress.completed = step.progress.total;
  for (const t of step.tasks ?? []) {
    t.phase = 'Completed';
    t.completed ??= iso(now);
    t.progress.completed = t.progress.total;
  }
  if (run.current + 1 < run.pipeline.length) startStep(run, run.current + 1, now);
  else finish(run, 'Succeeded', now);
}

export function startVm(run: VmRun, now: number): void {
  run.started = iso(now);
  startStep(run, 0, now);
}

export function finish(run: VmRun, outcome: VmOutcome, now: number, error?: { phase: string; reasons: string[] }): void {
  run.outcome = outcome;
  run.completed = iso(now);
  run.phase = outcome === 'Succeeded' ? 'Completed' : outcome;
  if (error) run.error = error;
  if (run.warm) delete run.warm.nextPrecopyAt;
}

/** Fails the current step if its planned failure point has been reached. */
function maybeFail(run: VmRun, now: number): boolean {
  const step = run.pipeline[run.current];
  const f = run.failure;
  if (!f || f.step !== step.name) return false;
  const fraction = step.progress.total > 0 ? step.progress.completed / step.progress.total : 1;
  if (fraction < f.at) return false;
  const error = { phase: step.name, reasons: [f.reason] };
  step.error = error;
  step.reason = 'Error';
  step.phase = 'Completed';
  step.completed = iso(now);
  finish(run, 'Failed', now, error);
  return true;
}

/** Moves disk tasks forward; returns true when every task is done. */
function transfer(step: Step, dtMs: number, mbps: number, now: number): boolean {
  const tasks = (step.tasks ?? []).filter((t) => t.phase !== 'Completed');
  if (tasks.length === 0) return true;
  const share = (mbps * dtMs) / 1000 / tasks.length;
  for (const t of tasks) {
    t.progress.completed = Math.min(t.progress.total, Math.round(t.progress.completed + share));
    if (t.progress.completed >= t.progress.total) {
      t.phase = 'Completed';
      t.completed = iso(now);
    }
  }
  step.progress.completed = (step.tasks ?? []).reduce((s, t) => s + t.progress.completed, 0);
  return (step.tasks ?? []).every((t) => t.phase === 'Completed');
}

/**
 * Advances a running VM by dtMs of simulated time ending at `now`.
 * `cutoverAt` is the warm cutover instant (ms) if one is set.
 */
export function advanceVm(run: VmRun, dtMs: number, now: number, timing: PipelineTiming, cutoverAt?: number): void {
  if (run.outcome || run.current < 0) return;
  const step = run.pipeline[run.current];
  const warm = run.warm;
  if (warm && step.name === 'DiskTransfer') {
    advanceWarmTransfer(run, warm, step, dtMs, now, timing, cutoverAt);
    return;
  }
  if (DISK_STEPS.has(step.name)) {
    const done = transfer(step, dtMs, timing.transferMBps, now);
    if (maybeFail(run, now)) return;
    if (done) completeStep(run, now);
    return;
  }
  const duration = timing.simpleStepMs[step.name] ?? 10_000;
  run.elapsed += dtMs;
  step.progress.completed = run.elapsed >= duration ? 1 : 0;
  if (run.failure?.step === step.name && run.elapsed >= duration * run.failure.at) {
    step.progress.completed = step.progress.total;
    if (maybeFail(run, now)) return;
  }
  if (run.elapsed >= duration) completeStep(run, now);
}

function advanceWarmTransfer(run: VmRun, warm: NonNullable<VmRun['warm']>, step: Step, dtMs: number, now: number, timing: PipelineTiming, cutoverAt?: number): void {
  const cutoverDue = cutoverAt !== undefined && cutoverAt <= now;
  if (warm.state === 'copying') {
    if (warm.precopies.length === 0) warm.precopies.push({ start: iso(now - dtMs), snapshot: `snapshot-${run.id}-1`, deltas: [] });
    const done = transfer(step, dtMs, timing.transferMBps, now);
    if (maybeFail(run, now)) return;
    if (!done) return;
    endPrecopy(run, warm, now, timing);
  } else if (warm.state === 'delta') {
    warm.deltaElapsed += dtMs;
    if (warm.deltaElapsed < timing.deltaCopyMs) return;
    endPrecopy(run, warm, now, timing);
  } else if (!cutoverDue && warm.nextPrecopyAt && Date.parse(warm.nextPrecopyAt) <= now) {
    warm.state = 'delta';
    warm.deltaElapsed = 0;
    delete warm.nextPrecopyAt;
    run.phase = 'CopyDisks';
    warm.precopies.push({ start: iso(now), snapshot: `snapshot-${run.id}-${warm.precopies.length + 1}`, deltas: [] });
    return;
  }
  if (warm.state === 'paused' && cutoverDue) {
    delete warm.nextPrecopyAt;
    completeStep(run, now);
  }
}

function endPrecopy(run: VmRun, warm: NonNullable<VmRun['warm']>, now: number, timing: PipelineTiming): void {
  const last = warm.precopies[warm.precopies.length - 1];
  last.end = iso(now);
  last.deltas = run.facts.disks.map((_, i) => ({ disk: `disk-${i}`, deltaId: `${last.snapshot}-delta-${i}` }));
  warm.successes++;
  warm.consecutiveFailures = 0;
  warm.state = 'paused';
  run.phase = 'CopyingPaused';
  warm.nextPrecopyAt = iso(now + timing.precopyIntervalMs);
}

export function cancelVm(run: VmRun, now: number): void {
  if (run.outcome) return;
  const step = run.current >= 0 ? run.pipeline[run.current] : undefined;
  if (step) {
    step.reason = 'Canceled';
    step.completed = iso(now);
    step.phase = 'Completed';
  }
  finish(run, 'Canceled', now);
}

/** The VM status as Plan and Migration status carry it. */
export function vmStatus(run: VmRun): Record<string, unknown> {
  const conditions = run.outcome
    ? [{ type: run.outcome, status: 'True', category: 'Advisory', reason: run.outcome, message: `The VM migration has ${run.outcome.toUpperCase()}.`, lastTransitionTime: run.completed }]
    : [];
  const warm = run.warm ? { successes: run.warm.successes, failures: run.warm.failures, consecutiveFailures: run.warm.consecutiveFailures, ...(run.warm.nextPrecopyAt ? { nextPrecopyAt: run.warm.nextPrecopyAt } : {}), precopies: run.warm.precopies } : undefined;
  return {
    id: run.id,
    name: run.name,
    ...(run.namespace ? { namespace: run.namespace } : {}),
    phase: run.phase,
    ...(run.started ? { started: run.started } : {}),
    ...(run.completed ? { completed: run.completed } : {}),
    pipeline: run.pipeline,
    ...(run.error ? { error: run.error } : {}),
    ...(conditions.length ? { conditions } : {}),
    ...(warm ? { warm } : {}),
  };
}

/**
 * When a scheduled cutover falls due for a plan whose migration runs `scale` times faster (the
 * simulator's time-scale annotation): the wait from the moment the schedule was first seen is
 * shortened like every other wait of the run (precopy intervals, steps). A time already past is due
 * at once; at scale 1 this is the scheduled time itself.
 */
export function scaledCutoverAt(cutoverAt: number, seenAt: number, scale: number): number {
  return scale <= 1 || cutoverAt <= seenAt ? cutoverAt : seenAt + (cutoverAt - seenAt) / scale;
}
