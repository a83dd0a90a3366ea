import { describe, expect, it } from 'vitest';
import { generateOpenshiftInventory } from './openshift';
import { generateOpenstackInventory } from './openstack';
import { generateOvaInventory } from './ova';
import { generateOvirtInventory } from './ovirt';
import { createOvirtProviderInventory } from '../providers/ovirt';
import { createOpenstackProviderInventory } from '../providers/openstack';
import { createOvaProviderInventory } from '../providers/ova';
import { createGeneratedOpenshiftInventory } from '../providers/openshift';

const generators = {
  ovirt: generateOvirtInventory,
  openstack: generateOpenstackInventory,
  ova: generateOvaInventory,
  openshift: generateOpenshiftInventory,
};

describe.each(Object.entries(generators))('%s generator', (_type, generate) => {
  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generate({ seed: 11, vms: 50 }))).toBe(JSON.stringify(generate({ seed: 11, vms: 50 })));
    expect(JSON.stringify(generate({ seed: 11, vms: 50 }))).not.toBe(JSON.stringify(generate({ seed: 12, vms: 50 })));
  });
  it('makes the requested number of uniquely named VMs', () => {
    const inv = generate({ seed: 2, vms: 500 });
    const names = inv.vms.map((v) => ('metadata' in v ? v.metadata.name : v.name));
    expect(new Set(names).size).toBe(500);
  });
});

describe('provider inventories resolve every VM network and disk', () => {
  const cases = [
    createOvirtProviderInventory(generateOvirtInventory({ seed: 3, vms: 300 })),
    createOpenstackProviderInventory(generateOpenstackInventory({ seed: 3, vms: 300 })),
    createOvaProviderInventory(generateOvaInventory({ seed: 3, vms: 300 })),
    createGeneratedOpenshiftInventory(generateOpenshiftInventory({ seed: 3, vms: 300 })),
  ];
  it.each(cases.map((c) => [c.type, c] as const))('%s', (_t, inv) => {
    expect(inv.vms()).toHaveLength(300);
    for (const vm of inv.vms()) {
      expect(vm.disks.length).toBeGreaterThanOrEqual(1);
      expect(vm.disks.length).toBeLessThanOrEqual(4);
      for (const id of vm.networkIds) expect(inv.findNetwork({ id })).toBeDefined();
      for (const id of vm.storageIds) expect(inv.findStorage({ id })).toBeDefined();
      expect(inv.findVm({ id: vm.id })?.name).toBe(vm.name);
      expect(inv.findVm({ name: vm.name, namespace: vm.namespace })?.id).toBe(vm.id);
    }
    expect(inv.counts().vmCount).toBe(300);
  });
});
