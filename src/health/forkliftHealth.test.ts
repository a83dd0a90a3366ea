import { describe, expect, it } from 'vitest';
import { degradedComponents, operatorVersion, podRow, type Pod } from './forkliftHealth';

const pod = (name: string, service: string, ready: boolean, extra: Partial<NonNullable<Pod['status']>> = {}): Pod => ({
  metadata: { name, namespace: 'openshift-mtv', labels: { service }, creationTimestamp: '2025-01-01T00:00:00Z' },
  spec: { containers: [{ name: 'main', image: `quay.io/kubev2v/${service}:2.9.1` }] },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', reason: ready ? undefined : 'ContainersNotReady' }],
    containerStatuses: [
      ready
        ? { name: 'main', ready: true, restartCount: 0, state: { running: { startedAt: '2025-01-01T00:00:00Z' } } }
        : { name: 'main', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } } },
    ],
    ...extra,
  },
});

describe('Forklift health', () => {
  it('summarises a pod: readiness, restarts and the reason it is unhealthy', () => {
    expect(podRow(pod('forklift-api-abcdefghjk-xyz12', 'forklift-api', true))).toMatchObject({ component: 'forklift-api', ready: true, readyContainers: 1, containers: 1, restarts: 0 });
    expect(podRow(pod('forklift-validation-abcdefghjk-xyz12', 'forklift-validation', false))).toMatchObject({
      ready: false,
      restarts: 4,
      problem: 'CrashLoopBackOff: back-off 40s restarting failed container',
    });
    const unlabelled = pod('forklift-controller-7d9f8b6c4d-x2x9z', 'x', true);
    delete unlabelled.metadata!.labels;
    expect(podRow(unlabelled).component).toBe('forklift-controller');
  });

  it('lists degraded components from pods first, else from the controller conditions', () => {
    const pods = [pod('forklift-api-a', 'forklift-api', true), pod('forklift-validation-b', 'forklift-validation', false)];
    expect(degradedComponents(undefined, pods)).toEqual([{ component: 'forklift-validation', reason: 'forklift-validation-b: CrashLoopBackOff: back-off 40s restarting failed container (4 restarts)' }]);
    const fc = { metadata: { name: 'forklift-controller' }, status: { conditions: [{ type: 'Failure', status: 'True' as const, reason: 'Failed', message: 'ansible task failed' }] } };
    expect(degradedComponents(fc, [pods[0]])).toEqual([{ component: 'forklift-controller', reason: 'Failed: ansible task failed' }]);
    expect(degradedComponents({ status: { conditions: [{ type: 'Degraded', status: 'False' }] } }, [pods[0]])).toEqual([]);
  });

  it('reads the operator version from its label or image tag', () => {
    const op = pod('forklift-operator-a', 'forklift-operator', true);
    expect(operatorVersion([op])).toBe('2.9.1');
    op.metadata!.labels!['app.kubernetes.io/version'] = '2.10.0';
    expect(operatorVersion([op])).toBe('2.10.0');
    expect(operatorVersion([pod('forklift-api-a', 'forklift-api', true)])).toBeUndefined();
  });
});
