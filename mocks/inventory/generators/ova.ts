/**
 * A seeded OVA share: an NFS export holding exported appliances. Each VM
 * comes from one `.ova` file; networks are the OVF network names and the
 * `storages` collection has one entry per export directory.
 */
import { CONCERNS, type Concern } from '../concerns';
import { ENVIRONMENTS, GiB, ROLES, createNamer, macAddress, pickGuestOs } from '../names';
import { createRng } from '../prng';

export interface OvaNetwork { id: string; name: string; description: string }
export interface OvaStorage { id: string; name: string }
export interface OvaDisk { id: string; name: string; filePath: string; capacity: number; format: string; storage: string }
export interface OvaVm {
  id: string; name: string; ovfPath: string; osType: string; firmware: 'bios' | 'efi'; cpuCount: number; coresPerSocket: number; memoryMB: number;
  nics: { name: string; mac: string; network: string }[]; disks: OvaDisk[]; networks: { ID: string; Name: string }[]; concerns: Concern[];
}
export interface OvaInventory { vms: OvaVm[]; networks: OvaNetwork[]; disks: OvaDisk[]; storages: OvaStorage[] }

const DIRS = ['appliances', 'exports/2023', 'exports/2024', 'vendor'];
const NETWORKS = ['VM Network', 'bridged', 'nat', 'Internal'];

export function generateOvaInventory(opts: { seed: number; vms: number }): OvaInventory {
  const rng = createRng(opts.seed);
  const inv: OvaInventory = { vms: [], networks: [], disks: [], storages: [] };
  for (const name of NETWORKS) inv.networks.push({ id: rng.uuid(), name, description: `OVF network ${name}` });
  for (const dir of DIRS) inv.storages.push({ id: rng.uuid(), name: dir });
  const nameFor = createNamer();
  for (let i = 0; i < Math.max(0, Math.floor(opts.vms)); i++) {
    const env = rng.pick(ENVIRONMENTS);
    const role = rng.pick(ROLES);
    const os = pickGuestOs(rng, role);
    const name = nameFor(env, role.name);
    const storage = inv.storages[i % inv.storages.length];
    const ovfPath = `/ova/${storage.name}/${name}.ova`;
    const disks: OvaDisk[] = [];
    const diskCount = 1 + (role.dataGiB.length === 0 ? 0 : rng.int(0, 2));
    for (let k = 0; k < diskCount; k++) {
      const disk: OvaDisk = { id: rng.uuid(), name: `${name}-disk${k + 1}.vmdk`, filePath: ovfPath, capacity: (k === 0 ? 40 : rng.pick(role.dataGiB)) * GiB, format: 'http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized', storage: storage.id };
      disks.push(disk);
      inv.disks.push(disk);
    }
    const net = inv.networks[rng.int(0, inv.networks.length - 1)];
    const cpuCount = rng.pick(role.cpu);
    const concerns: Concern[] = rng.chance(0.02) ? [CONCERNS.ovaMissingDisk] : [];
    inv.vms.push({
      id: rng.uuid(), name, ovfPath, osType: os.guestId, firmware: os.windows && rng.chance(0.6) ? 'efi' : 'bios',
      cpuCount, coresPerSocket: 1, memoryMB: rng.pick(role.memoryGiB) * 1024,
      nics: [{ name: 'Ethernet 1', mac: macAddress('00:0c:29', i), network: net.name }], disks, networks: [{ ID: net.id, Name: net.name }], concerns,
    });
  }
  return inv;
}
