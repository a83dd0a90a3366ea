/**
 * A seeded OpenStack cloud: one region, a few projects, images, flavors,
 * volume types, tenant networks with subnets, volumes and servers (VMs).
 */
import { CONCERNS, type Concern } from '../concerns';
import { ENVIRONMENTS, ROLES, createNamer, macAddress, pickGuestOs } from '../names';
import { createRng } from '../prng';

export interface OpenstackRegion { id: string; name: string; description: string; parentRegionID: string }
export interface OpenstackProject { id: string; name: string; description: string; domainID: string; enabled: boolean; isDomain: boolean }
export interface OpenstackImage { id: string; name: string; status: string; diskFormat: string; containerFormat: string; sizeBytes: number; properties: Record<string, string> }
export interface OpenstackFlavor { id: string; name: string; vcpus: number; ram: number; disk: number; isPublic: boolean }
export interface OpenstackVolumeType { id: string; name: string; description: string; isPublic: boolean; extraSpecs: Record<string, string> }
export interface OpenstackNetwork { id: string; name: string; status: string; adminStateUp: boolean; shared: boolean; tenantID: string; subnets: string[] }
export interface OpenstackSubnet { id: string; name: string; networkID: string; cidr: string; ipVersion: number; gatewayIP: string; tenantID: string }
export interface OpenstackVolume { id: string; name: string; status: string; size: number; volumeType: string; bootable: string; tenantID: string; attachments: { serverID: string; device: string; attachmentID: string }[] }
export interface OpenstackSnapshot { id: string; name: string; status: string; size: number; volumeID: string }
export interface OpenstackAddress { addr: string; version: number; 'OS-EXT-IPS:type': string; 'OS-EXT-IPS-MAC:mac_addr': string }
export interface OpenstackVm {
  id: string; name: string; tenantID: string; status: 'ACTIVE' | 'SHUTOFF' | 'SHELVED_OFFLOADED'; hostID: string; imageID: string; flavorID: string;
  addresses: Record<string, OpenstackAddress[]>; attachedVolumes: { ID: string }[]; concerns: Concern[];
}
export interface OpenstackInventory {
  regions: OpenstackRegion[]; projects: OpenstackProject[]; images: OpenstackImage[]; flavors: OpenstackFlavor[];
  volumetypes: OpenstackVolumeType[]; networks: OpenstackNetwork[]; subnets: OpenstackSubnet[];
  volumes: OpenstackVolume[]; snapshots: OpenstackSnapshot[]; vms: OpenstackVm[];
}

const FLAVORS: readonly [string, number, number, number][] = [
  ['m1.small', 1, 2048, 20], ['m1.medium', 2, 4096, 40], ['m1.large', 4, 8192, 80], ['m1.xlarge', 8, 16384, 160],
  ['r1.large', 4, 32768, 80], ['r1.xlarge', 8, 65536, 160], ['c1.2xlarge', 16, 32768, 160],
];
const VOLUME_TYPES = ['tripleo', 'ceph-ssd', 'ceph-hdd', 'netapp-nfs'];

export function generateOpenstackInventory(opts: { seed: number; vms: number }): OpenstackInventory {
  const rng = createRng(opts.seed);
  const vmTotal = Math.max(0, Math.floor(opts.vms));
  const inv: OpenstackInventory = { regions: [], projects: [], images: [], flavors: [], volumetypes: [], networks: [], subnets: [], volumes: [], snapshots: [], vms: [] };
  inv.regions.push({ id: 'RegionOne', name: 'RegionOne', description: '', parentRegionID: '' });
  for (const name of ['admin', 'engineering', 'finance', 'web-platform']) {
    inv.projects.push({ id: rng.hex(32), name, description: `${name} project`, domainID: 'default', enabled: true, isDomain: false });
  }
  for (const [name, os] of [['rhel-9.4-x86_64', 'rhel9'], ['rhel-8.10-x86_64', 'rhel8'], ['ubuntu-22.04', 'ubuntu'], ['windows-server-2022', 'win2k22'], ['centos-stream-9', 'centos9']]) {
    inv.images.push({ id: rng.uuid(), name, status: 'active', diskFormat: 'qcow2', containerFormat: 'bare', sizeBytes: rng.int(800, 9000) * 1024 * 1024, properties: { os_distro: os } });
  }
  for (const [name, vcpus, ram, disk] of FLAVORS) inv.flavors.push({ id: rng.uuid(), name, vcpus, ram, disk, isPublic: true });
  for (const name of VOLUME_TYPES) inv.volumetypes.push({ id: rng.uuid(), name, description: `${name} backend`, isPublic: true, extraSpecs: { volume_backend_name: name } });
  const netNames = ['public', 'private-prod', 'private-dev', 'private-db', 'provider-vlan-300'];
  for (const [i, name] of netNames.entries()) {
    const project = inv.projects[i % inv.projects.length];
    const net: OpenstackNetwork = { id: rng.uuid(), name, status: 'ACTIVE', adminStateUp: true, shared: name === 'public', tenantID: project.id, subnets: [] };
    const subnet: OpenstackSubnet = { id: rng.uuid(), name: `${name}-subnet`, networkID: net.id, cidr: `192.168.${i * 10}.0/24`, ipVersion: 4, gatewayIP: `192.168.${i * 10}.1`, tenantID: project.id };
    net.subnets.push(subnet.id);
    inv.networks.push(net);
    inv.subnets.push(subnet);
  }

  const nameFor = createNamer();
  for (let i = 0; i < vmTotal; i++) {
    const env = rng.pick(ENVIRONMENTS);
    const role = rng.pick(ROLES);
    pickGuestOs(rng, role);
    const name = nameFor(env, role.name);
    const project = inv.projects[1 + (i % (inv.projects.length - 1))];
    const flavor = inv.flavors[rng.int(0, inv.flavors.length - 1)];
    const id = rng.uuid();
    const status = rng.weighted([['ACTIVE', 80], ['SHUTOFF', 17], ['SHELVED_OFFLOADED', 3]] as const);
    const attachedVolumes: { ID: string }[] = [];
    const volumeCount = 1 + (role.dataGiB.length === 0 ? 0 : rng.int(0, 3));
    for (let k = 0; k < volumeCount; k++) {
      const volume: OpenstackVolume = {
        id: rng.uuid(), name: `${name}-vol-${k}`, status: 'in-use', size: k === 0 ? flavor.disk : rng.pick(role.dataGiB),
        volumeType: rng.pick(VOLUME_TYPES), bootable: k === 0 ? 'true' : 'false', tenantID: project.id,
        attachments: [{ serverID: id, device: `/dev/vd${String.fromCharCode(97 + k)}`, attachmentID: rng.uuid() }],
      };
      inv.volumes.push(volume);
      attachedVolumes.push({ ID: volume.id });
      if (rng.chance(0.05)) inv.snapshots.push({ id: rng.uuid(), name: `${volume.name}-snap`, status: 'available', size: volume.size, volumeID: volume.id });
    }
    const addresses: Record<string, OpenstackAddress[]> = {};
    const nicCount = rng.weighted([[1, 75], [2, 25]] as const);
    for (let n = 0; n < nicCount; n++) {
      const netIndex = n === 0 ? (env === 'prod' ? 1 : role.name.startsWith('db') ? 3 : 2) : rng.pick([0, 4]);
      const net = netNames[netIndex];
      addresses[net] = [{ addr: `192.168.${netIndex * 10}.${(i % 250) + 2}`, version: 4, 'OS-EXT-IPS:type': 'fixed', 'OS-EXT-IPS-MAC:mac_addr': macAddress('fa:16:3e', i * 4 + n) }];
    }
    const concerns: Concern[] = status === 'SHELVED_OFFLOADED' ? [CONCERNS.openstackShelved] : [];
    inv.vms.push({ id, name, tenantID: project.id, status, hostID: rng.hex(56), imageID: inv.images[rng.int(0, inv.images.length - 1)].id, flavorID: flavor.id, addresses, attachedVolumes, concerns });
  }
  return inv;
}
