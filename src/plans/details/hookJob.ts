/**
 * A hook step's Job as the pipeline shows it. Forklift's hook runner labels the
 * Job it creates for a PreHook/PostHook step with `plan` (plan uid), `vmID` and
 * `step` (and the migration's uid); the step status does not name the Job, so
 * it is found by those labels, newest first (a restarted plan has one per run).
 * Pure: no React, no SDK.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export interface JobCondition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}

export type HookJob = K8sResourceCommon & {
  status?: { active?: number; succeeded?: number; failed?: number; conditions?: JobCondition[]; startTime?: string; completionTime?: string };
};

export type HookPod = K8sResourceCommon & { status?: { phase?: string; reason?: string; message?: string } };

export const HOOK_STEPS: ReadonlySet<string> = new Set(['PreHook', 'PostHook']);

export const hookJobSelector = (planUid: string, vmId: string, step: string) => ({ matchLabels: { plan: planUid, vmID: vmId, step } });

const created = (o: K8sResourceCommon) => Date.parse(o.metadata?.creationTimestamp ?? '') || 0;

/** The newest object (by creationTimestamp, then name): the Job of the latest run, the pod of the latest attempt. */
export function newest<T extends K8sResourceCommon>(items: readonly T[] | undefined): T | undefined {
  return [...(items ?? [])].sort((a, b) => created(b) - created(a) || (b.metadata?.name ?? '').localeCompare(a.metadata?.name ?? ''))[0];
}

export interface JobState {
  state: 'Running' | 'Succeeded' | 'Failed';
  reason?: string;
  message?: string;
  /** Pods that failed so far (the hook runner allows one retry). */
  failedPods: number;
}

/** The Job's outcome from its conditions (Complete / Failed, as the Job controller writes them), else Running. */
export function jobState(job: HookJob): JobState {
  const conditions = (job.status?.conditions ?? []).filter((c) => c.status === 'True');
  const failedPods = job.status?.failed ?? 0;
  const failed = conditions.find((c) => c.type === 'Failed');
  if (failed) return { state: 'Failed', reason: failed.reason, message: failed.message, failedPods };
  if (conditions.some((c) => c.type === 'Complete') || (job.status?.succeeded ?? 0) > 0) return { state: 'Succeeded', failedPods };
  return { state: 'Running', failedPods };
}

/** Where the console's API proxy serves a container's log (the hook runner's container is `hook`). */
export const podLogUrl = (namespace: string, pod: string, container = 'hook') =>
  `/api/kubernetes/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log?container=${encodeURIComponent(container)}`;
