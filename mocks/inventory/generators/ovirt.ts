/**
 * A seeded oVirt / RHV estate: data centers, clusters, hosts, logical networks
 * with vNIC profiles, storage domains with disk profiles, disks and VMs.
 * oVirt identifies everything by UUID; VM memory is in bytes.
 */
import { CONCERNS, type Concern } from '../concerns';
import { ENVIRONMENTS, GiB, ROLES, createNamer, macAddress, pickGuestOs } from '../names';
import { createRng } from '../prng';

export interface OvirtDatacenter { id: string; name: string; description: string }
export interface OvirtCluster { id: string; name: string; dataCenter: string; haReservation: boolean; ksmEnabled: boolean; biosType: string; cpu: { type: string } }
export interface OvirtHost { id: string; name: string; cluster: string; status: string; productName: string; productVersion: string; address: string; cpuSockets: number; cpuCores: number }
export interface OvirtNetwork { id: string; name: string; dataCenter: string; vlan: string; usages: string[]; profiles: string[]; description: string }
export interface OvirtNicProfile { id: string; name: string; network: string; portMirroring: boolean; networkFilter: string; qos: string; passThrough: boolean }
export interface OvirtStorageDomain { id: string; name: string; dataCenter: string; type: string; storage: { type: 'nfs' | 'iscsi' | 'fcp' | 'glusterfs' }; available: number; used: number }
export interface OvirtDiskProfile { id: string; name: string; storageDomain: string; qos: string }
export interface OvirtDisk { id: string; name: string; shared: boolean; storageDomain: string; profile: string; provisionedSize: number; actualSize: number; storageType: 'image' | 'lun'; status: string }
export interface OvirtVmNic { id: string; name: string; interface: string; ipAddress: { address: string; version: string }[]; profile: string; mac: string; plugged: boolean }
export interface OvirtDiskAttachment { id: string; interface: string; disk: string; bootable: boolean; scsiReservation: boolean }
export interface OvirtVm {
  id: string; name: string; path: string; description: string; cluster: string; host: string; status: 'up' | 'down';
  cpuSockets: number; cpuCores: number; cpuThreads: number; memory: number; osType: string; guestName: string;
  bios: string; haEnabled: boolean; usbEnabled: boolean; placementPolicyAffinity: string;
  nics: OvirtVmNic[]; diskAttachments: OvirtDiskAttachment[]; concerns: Concern[];
}
export interface OvirtInventory {
  datacenters: OvirtDatacenter[]; clusters: OvirtCluster[]; hosts: OvirtHost[]; networks: OvirtNetwork[];
  nicprofiles: OvirtNicProfile[]; diskprofiles: OvirtDiskProfile[]; storagedomains: OvirtStorageDomain[];
  disks: OvirtDisk[]; vms: OvirtVm[];
}

const NETWORKS = ['ovirtmgmt', 'prod-net', 'stage-net', 'dev-net', 'qa-net', 'dmz-net', 'backup-net'];

export function generateOvirtInventory(opts: { seed: number; vms: number }): OvirtInventory {
  const rng = createRng(opts.seed);
  const inv: OvirtInventory = { datacenters: [], clusters: [], hosts: [], networks: [], nicprofiles: [], diskprofiles: [], storagedomains: [], disks: [], vms: [] };
  const vmTotal = Math.max(0, Math.floor(opts.vms));
  const dc: OvirtDatacenter = { id: rng.uuid(), name: rng.pick(['Default', 'RHV-DC-East', 'RHV-DC-West']), description: 'Red Hat Virtualization data center' };
  inv.datacenters.push(dc);

  const clusterCount = Math.max(1, Math.min(8, Math.ceil(vmTotal / 500)));
  for (let c = 1; c <= clusterCount; c++) {
    const cluster: OvirtCluster = { id: rng.uuid(), name: `rhv-cluster-${c}`, dataCenter: dc.id, haReservation: rng.chance(0.5), ksmEnabled: true, biosType: rng.pick(['q35_sea_bios', 'q35_ovmf']), cpu: { type: 'Intel Icelake Server Family' } };
    inv.clusters.push(cluster);
    const hostCount = Math.max(2, Math.min(24, Math.ceil(vmTotal / clusterCount / 25)));
    for (let h = 1; h <= hostCount; h++) {
      inv.hosts.push({ id: rng.uuid(), name: `rhvh-${c}${String(h).padStart(2, '0')}.rhv.example.com`, cluster: cluster.id, status: 'up', productName: 'RHEL', productVersion: '8.6', address: `10.20.${c}.${h + 10}`, cpuSockets: 2, cpuCores: rng.pick([24, 32]) });
    }
  }

  const profilesByNet = new Map<string, OvirtNicProfile>();
  for (const [i, name] of NETWORKS.entries()) {
    const net: OvirtNetwork = { id: rng.uuid(), name, dataCenter: dc.id, vlan: i === 0 ? '' : String(100 + i * 10), usages: i === 0 ? ['management', 'vm'] : ['vm'], profiles: [], description: '' };
    const profile: OvirtNicProfile = { id: rng.uuid(), name, network: net.id, portMirroring: false, networkFilter: 'vdsm-no-mac-spoofing', qos: '', passThrough: false };
    net.profiles.push(profile.id);
    inv.networks.push(net);
    inv.nicprofiles.push(profile);
    profilesByNet.set(name, profile);
  }

  const sdCount = Math.max(2, Math.min(20, Math.ceil(vmTotal / 400)));
  const sdProfiles: OvirtDiskProfile[] = [];
  for (let i = 1; i <= sdCount; i++) {
    const kind = rng.weighted([['nfs', 4], ['iscsi', 4], ['fcp', 2]] as const);
    const sd: OvirtStorageDomain = { id: rng.uuid(), name: `${kind}-data-${String(i).padStart(2, '0')}`, dataCenter: dc.id, type: 'data', storage: { type: kind }, available: rng.int(2, 20) * 1024 * GiB, used: rng.int(1, 10) * 1024 * GiB };
    const profile: OvirtDiskProfile = { id: rng.uuid(), name: sd.name, storageDomain: sd.id, qos: '' };
    inv.storagedomains.push(sd);
    inv.diskprofiles.push(profile);
    sdProfiles.push(profile);
  }

  const nameFor = createNamer();
  for (let i = 0; i < vmTotal; i++) {
    const cluster = inv.clusters[i % inv.clusters.length];
    const env = rng.pick(ENVIRONMENTS);
    const role = rng.pick(ROLES);
    const os = pickGuestOs(rng, role);
    const name = nameFor(env, role.name);
    const up = rng.chance(0.8);
    const home = sdProfiles[rng.int(0, sdProfiles.length - 1)];
    const diskAttachments: OvirtDiskAttachment[] = [];
    const dataDisks = role.dataGiB.length === 0 ? 0 : rng.int(0, 3);
    let illegal = false;
    for (let k = 0; k <= dataDisks; k++) {
      const profile = k === 0 || rng.chance(0.7) ? home : sdProfiles[rng.int(0, sdProfiles.length - 1)];
      const size = (k === 0 ? rng.pick([40, 50, 80]) : rng.pick(role.dataGiB)) * GiB;
      const status = rng.chance(0.005) ? 'illegal' : 'ok';
      illegal ||= status === 'illegal';
      const disk: OvirtDisk = { id: rng.uuid(), name: `${name}_Disk${k + 1}`, shared: k > 0 && rng.chance(0.02), storageDomain: profile.storageDomain, profile: profile.id, provisionedSize: size, actualSize: Math.round(size * (0.2 + rng.next() * 0.6)), storageType: 'image', status };
      inv.disks.push(disk);
      diskAttachments.push({ id: disk.id, interface: rng.pick(['virtio_scsi', 'virtio_scsi', 'virtio']), disk: disk.id, bootable: k === 0, scsiReservation: false });
    }
    const nics: OvirtVmNic[] = [];
    const nicCount = rng.weighted([[1, 75], [2, 20], [3, 5]] as const);
    for (let n = 0; n < nicCount; n++) {
      const netName = n === 0 ? (env === 'prod' || env === 'dr' ? 'prod-net' : env === 'stage' || env === 'uat' ? 'stage-net' : `${env}-net`) : rng.pick(['dmz-net', 'backup-net', 'ovirtmgmt']);
      const profile = profilesByNet.get(netName) ?? profilesByNet.get('ovirtmgmt')!;
      nics.push({ id: rng.uuid(), name: `nic${n + 1}`, interface: 'virtio', ipAddress: up ? [{ address: `10.21.${(i >> 8) & 0xff}.${(i % 250) + 2 + n}`, version: 'v4' }] : [], profile: profile.id, mac: macAddress('56:6f:1a', i * 4 + n), plugged: true });
    }
    const cpu = rng.pick(role.cpu);
    const haEnabled = rng.chance(0.15);
    const usbEnabled = rng.chance(0.05);
    const concerns: Concern[] = [];
    if (illegal) concerns.push(CONCERNS.ovirtIllegalImages);
    if (haEnabled) concerns.push(CONCERNS.ovirtHa);
    if (usbEnabled) concerns.push(CONCERNS.ovirtUsbEnabled);
    if (os.guestId.startsWith('freebsd')) concerns.push(CONCERNS.unsupportedOs);
    inv.vms.push({
      id: rng.uuid(), name, path: `${dc.name}/${cluster.name}/${name}`, description: `${role.name} server (${env})`,
      cluster: cluster.id, host: up ? inv.hosts[rng.int(0, inv.hosts.length - 1)].id : '', status: up ? 'up' : 'down',
      cpuSockets: cpu >= 4 ? 2 : 1, cpuCores: cpu >= 4 ? cpu / 2 : cpu, cpuThreads: 1, memory: rng.pick(role.memoryGiB) * GiB,
      osType: os.ovirtOs, guestName: os.guestName, bios: os.windows && rng.chance(0.6) ? 'q35_ovmf' : 'q35_sea_bios',
      haEnabled, usbEnabled, placementPolicyAffinity: 'migratable', nics, diskAttachments, concerns,
    });
  }
  return inv;
}
