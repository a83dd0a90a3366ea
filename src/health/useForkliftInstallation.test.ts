import { describe, expect, it, vi } from 'vitest';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({ useK8sWatchResource: vi.fn() }));
const { isForkliftPod } = await import('./useForkliftInstallation');

describe('which pods are Forklift\'s', () => {
  it('takes the operator\'s labelled pods and its own forklift-* pods, never a Job\'s pod', () => {
    expect(isForkliftPod({ metadata: { name: 'forklift-controller-6d9f8b7c5d-abcde', labels: { app: 'forklift' } } })).toBe(true);
    expect(isForkliftPod({ metadata: { name: 'forklift-operator-7c9d8f6b5-xyz12' } })).toBe(true);
    expect(isForkliftPod({ metadata: { name: 'web-migration-7x2k' } })).toBe(false);
    // A hook Job's pod of a plan named forklift-…, in the operator's namespace.
    expect(isForkliftPod({ metadata: { name: 'forklift-test-vm-1-prehook-abcde-fghij', labels: { 'job-name': 'forklift-test-vm-1-prehook-abcde' } } })).toBe(false);
  });
});
