/**
 * Pipeline math for the progress views, in plain TS: a VM's outcome, counts by
 * outcome over a plan, per-disk transfer (MB, rate, ETA) and the warm precopy
 * timeline. `now` is always passed in so the results are testable.
 */
import type { PipelineStep, PlanVmStatus, V1beta1Plan } from '../../k8s/types';

export type VmOutcome = 'succeeded' | 'failed' | 'canceled' | 'waitingCutover' | 'running' | 'pending';

export const VM_OUTCOMES: readonly VmOutcome[] = ['succeeded', 'failed', 'running', 'waitingCutover', 'canceled', 'pending'];

const hasCondition = (vm: PlanVmStatus, type: string) => !!vm.conditions?.some((c) => c.type === type && c.status === 'True');

export const vmOutcome = (vm: PlanVmStatus): VmOutcome => {
  if (vm.phase === 'Failed' || hasCondition(vm, 'Failed') || (vm.error && vm.completed)) return 'failed';
  if (vm.phase === 'Canceled' || hasCondition(vm, 'Canceled')) return 'canceled';
  if (vm.phase === 'Completed' || hasCondition(vm, 'Succeeded')) return 'succeeded';
  if (!vm.started || vm.phase === 'Pending') return 'pending';
  // Warm: precopies done, copying paused until the cutover.
  if (vm.phase === 'CopyingPaused') return 'waitingCutover';
  return 'running';
};

export type OutcomeCounts = Record<VmOutcome, number> & { total: number };

/** VMs of the plan by outcome; VMs the controller has not reported yet count as pending. */
export const countByOutcome = (plan: V1beta1Plan): OutcomeCounts => {
  const counts: OutcomeCounts = { succeeded: 0, failed: 0, canceled: 0, waitingCutover: 0, running: 0, pending: 0, total: 0 };
  const vms = plan.status?.migration?.vms ?? [];
  for (const vm of vms) counts[vmOutcome(vm)]++;
  counts.total = Math.max(plan.spec?.vms?.length ?? 0, vms.length);
  counts.pending += counts.total - vms.length;
  return counts;
};

/** Share of the plan's VMs that have ended (any outcome), 0..100. */
export const percentDone = (c: OutcomeCounts): number => (c.total ? Math.round((100 * (c.succeeded + c.failed + c.canceled)) / c.total) : 0);

export interface DiskTransfer {
  name: string;
  completedMb: number;
  totalMb: number;
  percent: number;
  /** MB per second since the task started; undefined before it moved. */
  rateMbps?: number;
  /** Seconds left at that rate; 0 when done; undefined when unknown. */
  etaSeconds?: number;
  phase: string;
}

const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : NaN);

export const diskTransfer = (task: PipelineStep, now: number): DiskTransfer => {
  const completedMb = task.progress?.completed ?? 0;
  const totalMb = task.progress?.total ?? 0;
  const done = task.phase === 'Completed' || (totalMb > 0 && completedMb >= totalMb);
  const start = ms(task.started);
  const end = done ? ms(task.completed) : now;
  const seconds = (end - start) / 1000;
  const rateMbps = Number.isFinite(seconds) && seconds > 0 && completedMb > 0 ? completedMb / seconds : undefined;
  return {
    name: task.name,
    completedMb,
    totalMb,
    percent: totalMb ? Math.min(100, Math.round((100 * completedMb) / totalMb)) : done ? 100 : 0,
    rateMbps,
    etaSeconds: done ? 0 : rateMbps ? Math.ceil((totalMb - completedMb) / rateMbps) : undefined,
    phase: task.phase ?? 'Pending',
  };
};

/** The disks of a step that moves data (one task per disk), or of the step itself when it has no tasks. */
export const stepDisks = (step: PipelineStep, now: number): DiskTransfer[] =>
  step.annotations?.unit === 'MB' ? (step.tasks?.length ? step.tasks : [step]).map((t) => diskTransfer(t, now)) : [];

export const stepPercent = (step: PipelineStep): number => {
  if (step.phase === 'Completed') return 100;
  const p = step.progress;
  return p && p.total ? Math.min(100, Math.round((100 * p.completed) / p.total)) : 0;
};

/** The step a VM is on (running, or the one that failed), else the last completed one. */
export const currentStep = (vm: PlanVmStatus): PipelineStep | undefined => {
  const steps = vm.pipeline ?? [];
  return steps.find((s) => s.error) ?? steps.find((s) => s.phase === 'Running') ?? [...steps].reverse().find((s) => s.phase === 'Completed');
};

export interface PrecopyRow {
  index: number;
  start?: string;
  end?: string;
  durationSeconds?: number;
  /** Deltas copied (one per disk). */
  deltas: number;
}

export interface WarmTimeline {
  precopies: PrecopyRow[];
  nextPrecopyAt?: string;
  cutover?: string;
  successes: number;
  failures: number;
}

export const warmTimeline = (vm: PlanVmStatus, cutover: string | undefined): WarmTimeline | undefined => {
  if (!vm.warm) return undefined;
  return {
    precopies: (vm.warm.precopies ?? []).map((p, i) => {
      const d = (ms(p.end) - ms(p.start)) / 1000;
      return { index: i + 1, start: p.start, end: p.end, durationSeconds: Number.isFinite(d) ? d : undefined, deltas: p.deltas?.length ?? 0 };
    }),
    nextPrecopyAt: vm.warm.nextPrecopyAt,
    cutover,
    successes: vm.warm.successes ?? 0,
    failures: vm.warm.failures ?? 0,
  };
};

/** "1 h 4 min", "3 min 20 s", "12 s": durations for people. */
export const formatDuration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h} h${m ? ` ${m} min` : ''}`;
};
