/**
 * The health of the Forklift installation: keeps the status of the Forklift
 * pods (phase, readiness, restarts) and of the ForkliftController (conditions)
 * the way kubelet and the operator would. A `crashLoop` fault makes one
 * component's pod crash-loop: not ready, restarts growing with kubelet's
 * back-off (10 s doubling up to 5 min), the ForkliftController `Degraded`.
 * Clearing the fault lets the container start and stay up again; the restart
 * count stays, as it does on a real pod.
 */
import type { K8sObject, ObjectStore, SimClock } from '../core/contract';
import { mergeConditions, type Condition } from './conditions';
import { RES, iso } from './resources';

export interface HealthOptions {
  /** Simulated ms between status passes. */
  intervalMs: number;
  /** Which component crash-loops now, if any (read on every pass). */
  crashLooping: () => string | undefined;
}

interface CrashState {
  restarts: number;
  nextRestartAt: number;
}

const BACKOFF_START_MS = 10_000;
const BACKOFF_MAX_MS = 300_000;

const componentOf = (pod: K8sObject) => pod.metadata.labels?.service ?? '';

type PodCondition = { type: string; status: 'True' | 'False'; reason?: string; message?: string; lastTransitionTime: string };

function podStatus(pod: K8sObject, now: number, crash: CrashState | undefined): Record<string, unknown> {
  const previous = (pod.status ?? {}) as { startTime?: string; containerStatuses?: { name: string; restartCount?: number; state?: { running?: { startedAt?: string } } }[]; conditions?: PodCondition[] };
  const startTime = previous.startTime ?? pod.metadata.creationTimestamp ?? iso(now);
  const containers = ((pod.spec?.containers ?? []) as { name: string; image: string }[]).map((c, i) => {
    const before = previous.containerStatuses?.find((s) => s.name === c.name);
    const restartCount = before?.restartCount ?? 0;
    const base = { name: c.name, image: c.image, imageID: `${c.image.split(':')[0]}@sha256:${'0'.repeat(63)}${i}` };
    if (crash && i === 0) {
      return {
        ...base,
        ready: false,
        started: false,
        restartCount: crash.restarts,
        state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off restarting failed container ${c.name} in pod ${pod.metadata.name}` } },
        lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: iso(now) } },
      };
    }
    const startedAt = before?.state?.running?.startedAt ?? startTime;
    return { ...base, ready: true, started: true, restartCount, state: { running: { startedAt } } };
  });
  const ready = containers.every((c) => c.ready);
  const conditionAt = (type: string, status: 'True' | 'False', extra: Partial<PodCondition> = {}): PodCondition => {
    const old = previous.conditions?.find((c) => c.type === type);
    return { type, status, ...extra, lastTransitionTime: old && old.status === status ? old.lastTransitionTime : iso(now) };
  };
  const notReady = ready ? {} : { reason: 'ContainersNotReady', message: `containers with unready status: [${containers.filter((c) => !c.ready).map((c) => c.name).join(' ')}]` };
  return {
    phase: 'Running',
    startTime,
    hostIP: '10.0.0.10',
    podIP: `10.128.0.${10 + ((pod.metadata.name ?? '').length % 200)}`,
    conditions: [
      conditionAt('PodScheduled', 'True'),
      conditionAt('Initialized', 'True'),
      conditionAt('ContainersReady', ready ? 'True' : 'False', notReady),
      conditionAt('Ready', ready ? 'True' : 'False', notReady),
    ],
    containerStatuses: containers,
  };
}

export function startForkliftHealth(store: ObjectStore, clock: SimClock, opts: HealthOptions): () => void {
  const crashes = new Map<string, CrashState>();
  let cancel: (() => void) | undefined;
  let stopped = false;

  const write = (resource: typeof RES.pods, obj: K8sObject, status: Record<string, unknown>) => {
    if (JSON.stringify(obj.status ?? {}) === JSON.stringify(status)) return;
    store.updateStatus(resource, { ...obj, metadata: { ...obj.metadata, resourceVersion: undefined }, status });
  };

  const pass = () => {
    const now = clock.now();
    const failing = opts.crashLooping();
    for (const controller of store.list(RES.forkliftControllers)) {
      const ns = controller.metadata.namespace;
      const pods = store.list(RES.pods, ns).filter((p) => p.metadata.labels?.app === 'forklift');
      const degraded: string[] = [];
      for (const pod of pods) {
        const key = `${ns}/${pod.metadata.name}`;
        let crash = crashes.get(key);
        if (failing && componentOf(pod) === failing) {
          const restartsBefore = ((pod.status?.containerStatuses ?? []) as { restartCount?: number }[])[0]?.restartCount ?? 0;
          if (!crash) {
            crash = { restarts: restartsBefore + 1, nextRestartAt: now + BACKOFF_START_MS };
            crashes.set(key, crash);
          } else if (now >= crash.nextRestartAt) {
            // Each failed restart doubles kubelet's back-off.
            const attempt = crash.restarts - restartsBefore + 1;
            crash.restarts++;
            crash.nextRestartAt = now + Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** attempt);
          }
          degraded.push(`${componentOf(pod)}: pod ${pod.metadata.name} is crash-looping (back-off restarting failed container, ${crash.restarts} restarts)`);
        } else if (crash) {
          crashes.delete(key);
          crash = undefined;
        }
        write(RES.pods, pod, podStatus(pod, now, crash));
      }
      const at = iso(now);
      const next: Condition[] = [
        { type: 'Running', status: 'True', reason: 'Running', category: 'Advisory', message: 'Running reconciliation', lastTransitionTime: at },
        { type: 'Successful', status: 'True', reason: 'Successful', category: 'Advisory', message: 'Last reconciliation succeeded', lastTransitionTime: at },
        degraded.length
          ? { type: 'Degraded', status: 'True', reason: 'CrashLoopBackOff', category: 'Critical', message: degraded.join('; '), lastTransitionTime: at }
          : { type: 'Degraded', status: 'False', reason: 'AsExpected', category: 'Advisory', message: 'All Forklift components are ready.', lastTransitionTime: at },
      ];
      const previous = (controller.status?.conditions ?? []) as Condition[];
      // The message carries the restart count: keep the transition time while the type/status/reason stay.
      const conditions = mergeConditions(previous, next).map((c) => {
        const old = previous.find((p) => p.type === c.type);
        return old && old.status === c.status && old.reason === c.reason ? { ...c, lastTransitionTime: old.lastTransitionTime } : c;
      });
      write(RES.forkliftControllers, controller, { ...(controller.status ?? {}), observedGeneration: controller.metadata.generation ?? 1, conditions });
    }
    if (!stopped) cancel = clock.setTimeout(pass, opts.intervalMs);
  };

  cancel = clock.setTimeout(pass, 0);
  return () => {
    stopped = true;
    cancel?.();
  };
}
