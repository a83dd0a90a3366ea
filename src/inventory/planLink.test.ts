import { describe, expect, it } from 'vitest';
import { createPlanHref } from './planLink';

describe('createPlanHref', () => {
  it('points at the Plan create page in the provider namespace with the VMs', () => {
    const href = createPlanHref({ namespace: 'openshift-mtv', name: 'vcenter' }, ['vm-1', 'vm-2']);
    const [path, search] = href.split('?');
    expect(path).toBe('/k8s/ns/openshift-mtv/forklift.konveyor.io~v1beta1~Plan/~new');
    const params = new URLSearchParams(search);
    expect(params.get('provider')).toBe('vcenter');
    expect(params.get('vms')).toBe('vm-1,vm-2');
  });
});
