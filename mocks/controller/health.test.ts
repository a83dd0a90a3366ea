import { describe, expect, it } from 'vitest';
import { createSimulatedCluster } from '../cluster';
import type { K8sObject } from '../core/contract';
import { createManualClock } from './clock';
import { RES } from './resources';

type ContainerStatus = { ready: boolean; restartCount: number; state: { waiting?: { reason: string } } };
const containerOf = (pod: K8sObject) => ((pod.status?.containerStatuses ?? []) as ContainerStatus[])[0];
const condition = (obj: K8sObject, type: string) => ((obj.status?.conditions ?? []) as { type: string; status: string; reason?: string; message?: string }[]).find((c) => c.type === type);

describe('Forklift health in the simulated cluster', () => {
  it('runs healthy pods, crash-loops one component on a fault, and recovers when it clears', () => {
    const clock = createManualClock();
    const cluster = createSimulatedCluster({ clock, seed: 1, vmsPerProvider: 10 });
    try {
      clock.advance(1_000);
      const pods = () => cluster.store.list(RES.pods, 'openshift-mtv');
      const pod = (service: string) => pods().find((p) => p.metadata.labels?.service === service)!;
      const fc = () => cluster.store.get(RES.forkliftControllers, 'openshift-mtv', 'forklift-controller')!;
      expect(pods().map((p) => p.metadata.labels?.service).sort()).toEqual([
        'forklift-api', 'forklift-controller', 'forklift-inventory', 'forklift-operator', 'forklift-ui-plugin', 'forklift-validation', 'forklift-volume-populator-controller',
      ]);
      expect(pods().every((p) => p.status?.phase === 'Running' && containerOf(p).ready && condition(p, 'Ready')?.status === 'True')).toBe(true);
      expect(condition(fc(), 'Degraded')?.status).toBe('False');

      cluster.faults.update({ crashLoop: { component: 'forklift-validation' } });
      clock.advance(3_000);
      const crashing = pod('forklift-validation');
      expect(containerOf(crashing)).toMatchObject({ ready: false, restartCount: 1, state: { waiting: { reason: 'CrashLoopBackOff' } } });
      expect(condition(crashing, 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady' });
      expect(condition(fc(), 'Degraded')).toMatchObject({ status: 'True', reason: 'CrashLoopBackOff' });
      expect(condition(fc(), 'Degraded')?.message).toContain('forklift-validation');
      expect(containerOf(pod('forklift-api')).ready).toBe(true);
      // Kubelet's back-off: 10 s, 20 s, 40 s... so restarts keep growing, ever slower.
      clock.advance(2 * 60_000);
      const restarts = containerOf(pod('forklift-validation')).restartCount;
      expect(restarts).toBeGreaterThanOrEqual(3);
      expect(restarts).toBeLessThan(10);

      cluster.faults.clear();
      clock.advance(3_000);
      expect(containerOf(pod('forklift-validation'))).toMatchObject({ ready: true, restartCount: restarts });
      expect(condition(fc(), 'Degraded')?.status).toBe('False');
    } finally {
      cluster.stop();
    }
  });

  it('rejects a crash-loop fault that is not a deployment name', () => {
    const cluster = createSimulatedCluster({ clock: createManualClock(), world: false });
    try {
      expect(() => cluster.faults.update({ crashLoop: { component: '../etc' } })).toThrow(/deployment name/);
    } finally {
      cluster.stop();
    }
  });
});
