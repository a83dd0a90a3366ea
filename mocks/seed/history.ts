/**
 * Builds the status of a plan that ran in the past by replaying the same
 * pipeline code the controller uses, from a start time in the past, so
 * seeded Succeeded / Failed / Canceled plans look exactly like live ones.
 */
import type { VmFacts } from '../inventory/types';
import { condition } from '../controller/conditions';
import { plannedFailure } from '../controller/failures';
import { DEFAULT_PIPELINE_TIMING, advanceVm, buildPipeline, cancelVm, newVmRun, startVm, stepNames, vmStatus, type VmRun } from '../controller/pipeline';
import { targetNameOf, type PlanType } from '../controller/planValidation';

export interface PastRunVm {
  facts: VmFacts;
  /** Make this VM fail (at a deterministic step with a realistic reason). */
  fail?: boolean;
  /** Cancel this VM this many simulated ms after the run started. */
  cancelAfterMs?: number;
}

export interface PastRun {
  started: number;
  completed: number;
  outcome: 'Succeeded' | 'Failed' | 'Canceled';
  vms: Record<string, unknown>[];
  runs: VmRun[];
}

export function replayRun(type: PlanType, sourceType: string, vms: PastRunVm[], started: number): PastRun {
  const runs = vms.map((v) => {
    const names = stepNames(type, sourceType, { pre: false, post: false });
    const run = newVmRun({ id: v.facts.id, name: v.facts.name, namespace: v.facts.namespace, facts: v.facts, targetName: targetNameOf({}, v.facts), pipeline: buildPipeline(names, v.facts), warm: false, failure: v.fail ? plannedFailure({ id: v.facts.id, name: v.facts.name }, names, 1) : undefined });
    startVm(run, started);
    return { run, cancelAfterMs: v.cancelAfterMs };
  });
  const tick = 5_000;
  let now = started;
  // Runs everything in parallel; 48 simulated hours is far beyond any seeded VM.
  while (runs.some((r) => !r.run.outcome) && now < started + 48 * 3_600_000) {
    now += tick;
    for (const r of runs) {
      if (r.cancelAfterMs !== undefined && now - started >= r.cancelAfterMs) cancelVm(r.run, now);
      advanceVm(r.run, tick, now, DEFAULT_PIPELINE_TIMING);
    }
  }
  const all = runs.map((r) => r.run);
  const outcome = all.some((r) => r.outcome === 'Failed') ? 'Failed' : all.some((r) => r.outcome === 'Succeeded') ? 'Succeeded' : 'Canceled';
  return { started, completed: now, outcome, vms: all.map(vmStatus), runs: all };
}

/** The Plan and Migration status blocks for a past run. */
export function pastStatuses(run: PastRun, refs: { migration: { name: string; namespace: string; uid: string }; plan: { name: string; namespace: string; uid: string }; provider: unknown; map: unknown }) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const planCondition = condition({ type: run.outcome, reason: 'Completed', category: 'Advisory', message: `The plan execution has ${run.outcome.toUpperCase()}.`, durable: true }, run.completed);
  const migrationCondition = condition({ type: run.outcome, reason: 'Completed', category: 'Advisory', message: `The migration has ${run.outcome.toUpperCase()}.`, durable: true }, run.completed);
  return {
    plan: {
      conditions: [planCondition],
      migration: { started: iso(run.started), completed: iso(run.completed), history: [{ conditions: [planCondition], ...refs }], vms: run.vms },
    },
    migration: { started: iso(run.started), completed: iso(run.completed), conditions: [migrationCondition], vms: run.vms },
  };
}
