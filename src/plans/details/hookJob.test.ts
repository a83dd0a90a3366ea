import { describe, expect, it } from 'vitest';
import { hookJobSelector, jobState, newest, podLogUrl, type HookJob } from './hookJob';

const job = (name: string, created: string, status: HookJob['status'] = {}): HookJob => ({ metadata: { name, creationTimestamp: created }, status });

describe('hook step Jobs', () => {
  it('selects by the hook runner labels and takes the newest run', () => {
    expect(hookJobSelector('uid-1', 'vm-7', 'PreHook')).toEqual({ matchLabels: { plan: 'uid-1', vmID: 'vm-7', step: 'PreHook' } });
    expect(newest([job('a', '2026-01-01T00:00:00Z'), job('b', '2026-01-02T00:00:00Z'), job('c', '2025-12-31T00:00:00Z')])?.metadata?.name).toBe('b');
    expect(newest([])).toBeUndefined();
  });

  it('reads Running, Succeeded and Failed (with the reason and message) from the Job status', () => {
    expect(jobState(job('a', '', { active: 1 }))).toEqual({ state: 'Running', failedPods: 0 });
    expect(jobState(job('a', '', { active: 1, failed: 1 }))).toEqual({ state: 'Running', failedPods: 1 });
    expect(jobState(job('a', '', { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] })).state).toBe('Succeeded');
    expect(jobState(job('a', '', { failed: 2, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }] }))).toEqual({
      state: 'Failed',
      reason: 'BackoffLimitExceeded',
      message: 'Job has reached the specified backoff limit',
      failedPods: 2,
    });
    // A condition that is not True does not count.
    expect(jobState(job('a', '', { conditions: [{ type: 'Failed', status: 'False' }] })).state).toBe('Running');
  });

  it('builds the pod log path of the console API proxy, escaped', () => {
    expect(podLogUrl('openshift-mtv', 'p-1')).toBe('/api/kubernetes/api/v1/namespaces/openshift-mtv/pods/p-1/log?container=hook');
    expect(podLogUrl('a b', 'c/d')).toBe('/api/kubernetes/api/v1/namespaces/a%20b/pods/c%2Fd/log?container=hook');
  });
});
