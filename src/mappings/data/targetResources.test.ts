import { describe, expect, it } from 'vitest';
import { networkTargets, storageTargets, toTargetObject } from './targetResources';

describe('target resources', () => {
  it('lists the pod network, NADs by namespace/name, then ignored', () => {
    const nads = [{ name: 'z', namespace: 'b' }, { name: 'a', namespace: 'b' }, { name: 'cluster-wide' }].map((o) => o);
    expect(networkTargets(nads, { pod: 'Pod network', ignored: 'Ignored' }).map((t) => t.id)).toEqual(['pod', 'b/a', 'b/z', 'ignored']);
  });
  it('flags the default storage class (either annotation)', () => {
    const sc = storageTargets([
      { name: 'slow', annotations: { 'storageclass.beta.kubernetes.io/is-default-class': 'true' } },
      { name: 'fast', provisioner: 'csi', annotations: { 'storageclass.kubernetes.io/is-default-class': 'false' } },
    ]);
    expect(sc).toEqual([
      { id: 'fast', name: 'fast', label: 'csi' },
      { id: 'slow', name: 'slow', isDefault: true },
    ]);
  });
  it('reads Kubernetes objects and inventory envelopes alike', () => {
    const obj = { metadata: { name: 'n', namespace: 'ns', annotations: { a: 'b' } }, provisioner: 'p' };
    expect(toTargetObject(obj)).toEqual({ name: 'n', namespace: 'ns', annotations: { a: 'b' }, provisioner: 'p' });
    expect(toTargetObject({ name: 'n', namespace: 'ns', object: obj })).toEqual(toTargetObject(obj));
  });
});
