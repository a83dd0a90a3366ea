import { describe, expect, it } from 'vitest';
import { generateVsphereInventory } from './vsphere';

describe('generateVsphereInventory', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateVsphereInventory({ seed: 7, vms: 300 }));
    const b = JSON.stringify(generateVsphereInventory({ seed: 7, vms: 300 }));
    const c = JSON.stringify(generateVsphereInventory({ seed: 8, vms: 300 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('produces VMs whose references resolve and whose shapes follow the inventory', () => {
    const inv = generateVsphereInventory({ seed: 1, vms: 2000 });
    expect(inv.vms).toHaveLength(2000);
    const datastores = new Set(inv.datastores.map((d) => d.id));
    const networks = new Set(inv.networks.map((n) => n.id));
    const hosts = new Set(inv.hosts.map((h) => h.id));
    const folders = new Set(inv.folders.map((f) => f.id));
    const names = new Set(inv.vms.map((v) => v.name));
    expect(names.size).toBe(2000);
    expect(new Set(inv.vms.map((v) => v.id)).size).toBe(2000);
    for (const vm of inv.vms) {
      expect(vm.name).toMatch(/^[a-z]+-[a-z-]+-\d{2,}$/);
      expect(vm.disks.length).toBeGreaterThanOrEqual(1);
      expect(vm.disks.length).toBeLessThanOrEqual(4);
      expect(vm.nics.length).toBeGreaterThanOrEqual(1);
      expect(vm.nics.length).toBeLessThanOrEqual(3);
      expect(hosts.has(vm.host)).toBe(true);
      expect(folders.has(vm.parent.id)).toBe(true);
      for (const d of vm.disks) {
        expect(datastores.has(d.datastore.id)).toBe(true);
        expect(Number.isInteger(d.capacity) && d.capacity > 0).toBe(true);
      }
      for (const n of vm.nics) expect(networks.has(n.network.id)).toBe(true);
      expect(vm.networks.map((r) => r.id).sort()).toEqual([...new Set(vm.nics.map((n) => n.network.id))].sort());
      for (const c of vm.concerns) expect(['Critical', 'Warning', 'Information']).toContain(c.category);
      expect(vm.changeTrackingEnabled).toBe(!vm.concerns.some((c) => c.label.includes('CBT')));
    }
    // A realistic mix: some Windows, some Critical concerns, some powered off.
    expect(inv.vms.some((v) => v.guestName.includes('Windows'))).toBe(true);
    expect(inv.vms.some((v) => v.concerns.some((c) => c.category === 'Critical'))).toBe(true);
    expect(inv.vms.some((v) => v.powerState === 'poweredOff')).toBe(true);
  });

  it('builds a small lab for a handful of VMs', () => {
    const inv = generateVsphereInventory({ seed: 3, vms: 5 });
    expect(inv.vms).toHaveLength(5);
    expect(inv.datacenters).toHaveLength(1);
    expect(inv.hosts.length).toBeGreaterThanOrEqual(2);
  });

  // Its speed is measured in bench/ (npm run bench:sim), not asserted here:
  // timed tests are flaky on a shared machine.
  it('generates 100,000 VMs with unique names', () => {
    const inv = generateVsphereInventory({ seed: 99, vms: 100_000 });
    expect(inv.vms).toHaveLength(100_000);
    expect(new Set(inv.vms.map((v) => v.name)).size).toBe(100_000);
  });
});
