/**
 * The hook runner: what Forklift does for a VM's PreHook / PostHook step.
 * Facts from upstream (pkg/controller/plan/hook.go): a ConfigMap holding
 * `playbook.yml` (the Hook's base64 playbook, decoded), `plan.yml` and
 * `workload.yml`, and a batch/v1 Job (backoffLimit 1, container `hook` with
 * the Hook's image running `ansible-runner` on `/tmp/hook/playbook.yml` when
 * there is a playbook, the Hook's deadline as activeDeadlineSeconds, its
 * service account, the ForkliftController's `hooks_container_*` resources), both in the **plan's** namespace, named
 * `<plan>-<vm id>-<step>-` + suffix (lowercased), labelled `plan`, `migration`
 * (uids), `vmID`, `step`, `hook` (the Hook's uid) and `resource: hook-config`;
 * the Job owned by the Plan, the ConfigMap by the Job. The step fails with the
 * message of the Job's `Failed` condition. The step status does not name the
 * Job: a client finds it by those labels.
 *
 * Here the Job's pod "runs" the playbook over the step's simulated time
 * (`hookPlaybook.ts`): its log grows task by task and is served at
 * `pods/{name}/log`. A failing playbook fails the first pod half-way through
 * the step, a second pod (the one retry backoffLimit 1 allows) fails at its
 * end, and the Job turns Failed (BackoffLimitExceeded), failing the step. A
 * canceled VM's hook Jobs are deleted, as upstream's cleanup does. A Hook's
 * `deadline` shorter than its playbook's run stops each pod there (kubelet's
 * `DeadlineExceeded`, the log cut short), so the Job fails the same way.
 */
import type { K8sObject, ObjectStore, SimClock } from '../core/contract';
import { podLogsOf } from '../core/podLogs';
import { hookResources } from './forkliftSettings';
import { analysePlaybook, decodePlaybook, renderHookLog, type PlaybookRun } from './hookPlaybook';
import type { VmRun } from './pipeline';
import type { PlanVmSpec } from './planValidation';
import { RES, getRef, iso } from './resources';
import type { RunContext } from './targetSide';

export const JOBS = { group: 'batch', version: 'v1', plural: 'jobs' };

/** The run's clocks: a hook step's simulated length and the plan's time scale. */
export interface HookClocks {
  stepMs: (step: string) => number;
  scale: number;
}
const CONFIGMAPS = { group: '', version: 'v1', plural: 'configmaps' };
export const HOOK_STEPS = new Set(['PreHook', 'PostHook']);
/** The Job controller's condition message once the retry is spent; upstream puts it in the step error. */
export const BACKOFF_LIMIT_MESSAGE = 'Job has reached the specified backoff limit';

interface HookTrack {
  namespace: string;
  job: string;
  pods: string[];
  run: PlaybookRun;
  failing: boolean;
  /** Simulated ms one pod runs before it ends (the playbook's length, or the deadline when that is shorter). */
  attemptMs: number;
  /** Simulated ms the whole playbook takes (a succeeding run: the step; a failing one: half of it). */
  playbookMs: number;
  /** The pods are stopped by the Hook's deadline, not by the playbook. */
  deadlineExceeded: boolean;
  done: boolean;
}

/** The kubelet's reason and message for a pod stopped at its activeDeadlineSeconds. */
export const DEADLINE_REASON = 'DeadlineExceeded';
const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';

const owner = (o: K8sObject, kind: string, apiVersion: string, controller = true) => ({
  apiVersion,
  kind,
  name: o.metadata.name ?? '',
  uid: o.metadata.uid ?? '',
  ...(controller ? { controller: true, blockOwnerDeletion: true } : {}),
});

export function createHookJobs(store: ObjectStore, clock: SimClock) {
  const tracks = new Map<string, HookTrack>();
  const logs = podLogsOf(store);

  const setPodPhase = (t: HookTrack, pod: string, phase: 'Running' | 'Succeeded' | 'Failed', exitCode?: number) => {
    const current = store.get(RES.pods, t.namespace, pod);
    if (!current) return;
    const now = iso(clock.now());
    const killed = phase === 'Failed' && t.deadlineExceeded;
    const state =
      phase === 'Running'
        ? { running: { startedAt: now } }
        : { terminated: { exitCode: killed ? 137 : exitCode, reason: phase === 'Succeeded' ? 'Completed' : 'Error', startedAt: current.status?.startTime, finishedAt: now } };
    store.updateStatus(RES.pods, {
      ...current,
      metadata: { ...current.metadata, resourceVersion: undefined },
      status: { ...(current.status ?? {}), phase, ...(killed ? { reason: DEADLINE_REASON, message: DEADLINE_MESSAGE } : {}), containerStatuses: [{ name: 'hook', ready: phase === 'Running', restartCount: 0, image: (current.spec?.containers as { image?: string }[])[0]?.image, state }] },
    });
  };

  const createPod = (t: HookTrack, job: K8sObject) => {
    const template = (job.spec?.template ?? {}) as { spec?: Record<string, unknown> };
    const jobLabels = { 'batch.kubernetes.io/controller-uid': job.metadata.uid ?? '', 'batch.kubernetes.io/job-name': t.job, 'controller-uid': job.metadata.uid ?? '', 'job-name': t.job };
    const pod = store.create(RES.pods, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { generateName: `${t.job}-`, namespace: t.namespace, labels: jobLabels, ownerReferences: [owner(job, 'Job', 'batch/v1')] },
      spec: template.spec ?? {},
    });
    t.pods.push(pod.metadata.name!);
    store.updateStatus(RES.pods, { ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, status: { phase: 'Running', startTime: iso(clock.now()) } });
    setPodPhase(t, pod.metadata.name!, 'Running');
    logs.set(t.namespace, pod.metadata.name!, 'hook', '');
  };

  const writeJobStatus = (t: HookTrack, status: Record<string, unknown>) => {
    const job = store.get(JOBS, t.namespace, t.job);
    if (!job) return;
    store.updateStatus(JOBS, { ...job, metadata: { ...job.metadata, resourceVersion: undefined }, status: { ...(job.status ?? {}), ...status } });
  };

  /** Creates the ConfigMap, Job and first pod for a hook step that just started; undefined if its Hook is gone. */
  const start = (ctx: RunContext, vm: VmRun, stepName: string, clocks: HookClocks): HookTrack | undefined => {
    const plan = ctx.plan;
    const spec = ((plan.spec?.vms ?? []) as PlanVmSpec[]).find((v) => v.id === vm.id);
    const ref = spec?.hooks?.find((h) => h.step === stepName)?.hook;
    const hook = getRef(store, RES.hooks, ref, plan.metadata.namespace);
    if (!hook) return undefined;
    const namespace = plan.metadata.namespace ?? '';
    const labels = { plan: plan.metadata.uid ?? '', migration: ctx.migration.uid, vmID: vm.id, step: stepName, hook: hook.metadata.uid ?? '', resource: 'hook-config' };
    const generateName = `${plan.metadata.name}-${vm.id}-${stepName}-`.toLowerCase();
    const hookSpec = (hook.spec ?? {}) as { image?: string; playbook?: string; serviceAccount?: string; deadline?: number };
    const playbook = decodePlaybook(hookSpec.playbook);
    const run: PlaybookRun = hookSpec.playbook ? (playbook === undefined ? { plays: [], tasks: [], exitCode: 4, error: 'ERROR! the playbook could not be decoded from base64' } : analysePlaybook(playbook)) : { plays: [], tasks: [], exitCode: 0 };
    const serviceAccount = hookSpec.serviceAccount || (plan.spec?.serviceAccount as string | undefined);
    const job = store.create(JOBS, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { generateName, namespace, labels, ownerReferences: [owner(plan, 'Plan', 'forklift.konveyor.io/v1beta1')] },
      spec: {
        backoffLimit: 1,
        template: {
          spec: {
            restartPolicy: 'Never',
            ...(hookSpec.deadline && hookSpec.deadline > 0 ? { activeDeadlineSeconds: hookSpec.deadline } : {}),
            ...(serviceAccount ? { serviceAccountName: serviceAccount } : {}),
            containers: [
              {
                name: 'hook',
                image: hookSpec.image,
                ...(hookSpec.playbook ? { command: ['/bin/entrypoint', 'ansible-runner', 'run', '/tmp/runner', '-p', '/tmp/hook/playbook.yml'] } : {}),
                resources: hookResources(store),
                volumeMounts: [{ name: 'hook', mountPath: '/tmp/hook' }],
              },
            ],
            volumes: [{ name: 'hook', configMap: { name: '' } }],
          },
        },
      },
    });
    const configMap = store.create(CONFIGMAPS, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { generateName, namespace, labels, ownerReferences: [owner(job, 'Job', 'batch/v1', false)] },
      data: { 'playbook.yml': playbook ?? '', 'plan.yml': JSON.stringify(plan.spec ?? {}, null, 2), 'workload.yml': `vm:\n  id: ${vm.id}\n  name: ${vm.name}\n` },
    });
    const template = structuredClone(job.spec!.template) as { spec: { volumes: { configMap: { name: string } }[] } };
    template.spec.volumes[0].configMap.name = configMap.metadata.name!;
    const withVolume = store.update(JOBS, { ...job, metadata: { ...job.metadata, resourceVersion: undefined }, spec: { ...job.spec, template } });
    const stepMs = Math.max(1, clocks.stepMs(stepName));
    // A failing playbook fails half-way through the step, so that its retry ends with the step.
    const playbookMs = run.exitCode !== 0 ? stepMs / 2 : stepMs;
    // The deadline is in the pod's seconds: a sped-up plan shortens it like every other wait.
    const deadlineMs = hookSpec.deadline && hookSpec.deadline > 0 ? (hookSpec.deadline * 1000) / clocks.scale : Infinity;
    const deadlineExceeded = deadlineMs < playbookMs;
    const t: HookTrack = {
      namespace,
      job: job.metadata.name!,
      pods: [],
      run,
      failing: run.exitCode !== 0 || deadlineExceeded,
      attemptMs: Math.min(playbookMs, deadlineMs),
      playbookMs,
      deadlineExceeded,
      done: false,
    };
    createPod(t, withVolume);
    writeJobStatus(t, { startTime: iso(clock.now()), active: 1 });
    // The step fails when the Job does (after both attempts), with the Job's Failed condition message.
    if (t.failing) vm.failure = { step: stepName, at: Math.min(1, (2 * t.attemptMs) / stepMs), reason: BACKOFF_LIMIT_MESSAGE };
    return t;
  };

  /** How far through the playbook a pod that ran its whole attempt got: all of it, or up to the deadline. */
  const endOfAttempt = (t: HookTrack) => (t.deadlineExceeded ? Math.min(0.99, t.attemptMs / t.playbookMs) : 1);

  /** A failing run's first pod fails and the one retry backoffLimit 1 allows starts. */
  const retry = (t: HookTrack) => {
    logs.set(t.namespace, t.pods[0], 'hook', renderHookLog(t.run, endOfAttempt(t)));
    setPodPhase(t, t.pods[0], 'Failed', t.run.exitCode);
    const job = store.get(JOBS, t.namespace, t.job);
    if (job) createPod(t, job);
    writeJobStatus(t, { active: 1, failed: 1 });
  };

  const finish = (t: HookTrack) => {
    t.done = true;
    // A step shorter than a tick still shows both attempts.
    if (t.failing && t.pods.length === 1) retry(t);
    const pod = t.pods[t.pods.length - 1];
    logs.set(t.namespace, pod, 'hook', renderHookLog(t.run, endOfAttempt(t)));
    setPodPhase(t, pod, t.failing ? 'Failed' : 'Succeeded', t.run.exitCode);
    const now = iso(clock.now());
    if (t.failing) {
      writeJobStatus(t, {
        active: 0,
        failed: t.pods.length,
        conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: BACKOFF_LIMIT_MESSAGE, lastProbeTime: now, lastTransitionTime: now }],
      });
    } else {
      writeJobStatus(t, { active: 0, succeeded: 1, completionTime: now, conditions: [{ type: 'Complete', status: 'True', lastProbeTime: now, lastTransitionTime: now }] });
    }
  };

  return {
    /**
     * Follows the VM's hook steps after the runner advanced it; `clocks` are the simulated length of a
     * hook step for this run and its time scale (so the log grows with the step's own clock).
     */
    sync(ctx: RunContext, vm: VmRun, clocks: HookClocks): void {
      for (const step of vm.pipeline) {
        if (!HOOK_STEPS.has(step.name) || step.phase === 'Pending') continue;
        const key = `${ctx.migration.uid}/${vm.id}/${step.name}`;
        let t = tracks.get(key);
        if (!t) {
          // A step already over when first seen (a VM kept from an earlier run) has its Job from then.
          if (step.phase !== 'Running') continue;
          t = start(ctx, vm, step.name, clocks);
          if (!t) continue;
          tracks.set(key, t);
        }
        if (t.done) continue;
        if (step.reason === 'Canceled') {
          t.done = true;
          for (const pod of t.pods) logs.delete(t.namespace, pod);
          if (store.get(JOBS, t.namespace, t.job)) store.delete(JOBS, t.namespace, t.job);
          continue;
        }
        if (step.phase === 'Completed' || vm.outcome) {
          finish(t);
          continue;
        }
        // A failing run: the first pod ends after one attempt, the one retry (backoffLimit 1) runs the next.
        if (t.failing && vm.elapsed >= t.attemptMs && t.pods.length === 1) retry(t);
        const inAttempt = vm.elapsed - (t.pods.length - 1) * t.attemptMs;
        logs.set(t.namespace, t.pods[t.pods.length - 1], 'hook', renderHookLog(t.run, Math.min(inAttempt / t.playbookMs, endOfAttempt(t), 0.99)));
      }
    },
    /** Drops what the simulator tracks for a migration that is gone (its objects go with the plan). */
    forget(migrationUid: string): void {
      for (const key of [...tracks.keys()]) if (key.startsWith(`${migrationUid}/`)) tracks.delete(key);
    },
  };
}

export type HookJobs = ReturnType<typeof createHookJobs>;
