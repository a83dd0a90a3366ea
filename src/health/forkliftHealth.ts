/**
 * Forklift's own health, from the ForkliftController and the pods of its
 * deployments: pure functions, no React.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { Condition } from '../k8s/types';

export interface V1beta1ForkliftController extends K8sResourceCommon {
  spec?: Record<string, unknown>;
  status?: { conditions?: Condition[]; observedGeneration?: number };
}

interface ContainerStatus {
  name: string;
  ready?: boolean;
  restartCount?: number;
  image?: string;
  state?: { waiting?: { reason?: string; message?: string }; running?: { startedAt?: string }; terminated?: { reason?: string; exitCode?: number } };
}

export interface Pod extends K8sResourceCommon {
  spec?: { containers?: { name: string; image?: string }[] };
  status?: { phase?: string; conditions?: { type: string; status: string; reason?: string; message?: string }[]; containerStatuses?: ContainerStatus[]; startTime?: string };
}

export interface PodRow {
  name: string;
  namespace: string;
  /** The deployment the pod belongs to (label `service`, else the name without its hashes). */
  component: string;
  phase: string;
  readyContainers: number;
  containers: number;
  ready: boolean;
  restarts: number;
  created?: string;
  /** Why the pod is not healthy, when it is not (e.g. `CrashLoopBackOff: back-off restarting ...`). */
  problem?: string;
}

/** `forklift-controller-7d9f8b6c4d-x2x9z` → `forklift-controller`. */
export const componentOf = (pod: Pod): string =>
  pod.metadata?.labels?.service ?? (pod.metadata?.name ?? '').replace(/-[a-z0-9]{8,10}-[a-z0-9]{5}$/, '');

export function podRow(pod: Pod): PodRow {
  const statuses = pod.status?.containerStatuses ?? [];
  const containers = pod.spec?.containers?.length ?? statuses.length;
  const readyContainers = statuses.filter((c) => c.ready).length;
  const phase = pod.status?.phase ?? 'Pending';
  const readyCondition = pod.status?.conditions?.find((c) => c.type === 'Ready');
  const ready = phase === 'Running' && (readyCondition ? readyCondition.status === 'True' : readyContainers === containers && containers > 0);
  const waiting = statuses.find((c) => c.state?.waiting?.reason);
  const terminated = statuses.find((c) => c.state?.terminated?.reason);
  let problem: string | undefined;
  if (!ready || phase !== 'Running') {
    if (waiting) problem = [waiting.state!.waiting!.reason, waiting.state!.waiting!.message].filter(Boolean).join(': ');
    else if (terminated) problem = `${terminated.state!.terminated!.reason} (exit code ${terminated.state!.terminated!.exitCode ?? '?'})`;
    else problem = readyCondition?.message || readyCondition?.reason || phase;
  }
  return {
    name: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace ?? '',
    component: componentOf(pod),
    phase,
    readyContainers,
    containers,
    ready,
    restarts: statuses.reduce((sum, c) => sum + (c.restartCount ?? 0), 0),
    created: pod.metadata?.creationTimestamp,
    ...(problem ? { problem } : {}),
  };
}

export interface DegradedComponent {
  component: string;
  reason: string;
}

/**
 * What is wrong with Forklift right now: each pod that is not ready, and a
 * ForkliftController condition that reports trouble (Degraded or Failure True,
 * Successful False) when no pod explains it already.
 */
export function degradedComponents(controller: V1beta1ForkliftController | undefined, pods: readonly Pod[]): DegradedComponent[] {
  const out: DegradedComponent[] = pods
    .map(podRow)
    .filter((r) => !r.ready)
    .map((r) => ({ component: r.component, reason: `${r.name}: ${r.problem ?? r.phase}${r.restarts ? ` (${r.restarts} restarts)` : ''}` }));
  const conditions = controller?.status?.conditions ?? [];
  const bad = conditions.filter((c) => ((c.type === 'Degraded' || c.type === 'Failure') && c.status === 'True') || (c.type === 'Successful' && c.status === 'False'));
  if (out.length === 0) {
    for (const c of bad) out.push({ component: controller?.metadata?.name ?? 'forklift-controller', reason: [c.reason, c.message].filter(Boolean).join(': ') });
  }
  return out;
}

/** The installed version: the operator pod's `app.kubernetes.io/version` label, else its image tag. */
export function operatorVersion(pods: readonly Pod[]): string | undefined {
  const operator = pods.find((p) => componentOf(p) === 'forklift-operator' || p.metadata?.labels?.name === 'forklift-operator');
  if (!operator) return undefined;
  const label = operator.metadata?.labels?.['app.kubernetes.io/version'];
  if (label) return label;
  const image = operator.spec?.containers?.[0]?.image ?? '';
  const tag = /:([^:/@]+)$/.exec(image.split('@')[0])?.[1];
  return tag;
}
