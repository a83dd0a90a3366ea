/**
 * A seeded vSphere estate: datacenters → clusters → hosts, folders per
 * environment, port groups, datastores and VMs with disks, NICs and concerns.
 *
 * Fast on purpose (100,000 VMs well under a second): one pass, no per-VM
 * closures, ids from counters instead of random strings. The topology grows
 * with the VM count so a 10-VM lab and a 100,000-VM estate both look plausible.
 */
import { CONCERNS, type Concern } from '../concerns';
import { ENVIRONMENTS, GiB, MiB, ROLES, createNamer, macAddress, pickGuestOs } from '../names';
import { createRng } from '../prng';
import type {
  VsphereCluster,
  VsphereDatacenter,
  VsphereDatastore,
  VsphereDisk,
  VsphereFolder,
  VsphereHost,
  VsphereInventory,
  VsphereNetwork,
  VsphereNic,
  VsphereRef,
  VsphereVm,
} from './vsphereTypes';

export type * from './vsphereTypes';

export interface VsphereGeneratorOptions {
  seed: number;
  vms: number;
}

const SITES = ['boston', 'raleigh', 'brno', 'frankfurt', 'singapore', 'austin'];
const ENV_FOLDERS: Record<string, string> = {
  prod: 'Production',
  stage: 'Staging',
  dev: 'Development',
  qa: 'QA',
  uat: 'UAT',
  dr: 'DisasterRecovery',
};
/** Port groups every datacenter has; VMs of an environment land on its VLAN. */
const PORT_GROUPS: readonly { name: string; vlan: number; env?: string }[] = [
  { name: 'VM Network', vlan: 0 },
  { name: 'prod-vlan-110', vlan: 110, env: 'prod' },
  { name: 'prod-db-vlan-115', vlan: 115, env: 'prod' },
  { name: 'stage-vlan-120', vlan: 120, env: 'stage' },
  { name: 'dev-vlan-130', vlan: 130, env: 'dev' },
  { name: 'qa-vlan-140', vlan: 140, env: 'qa' },
  { name: 'uat-vlan-150', vlan: 150, env: 'uat' },
  { name: 'dr-vlan-160', vlan: 160, env: 'dr' },
  { name: 'dmz-vlan-200', vlan: 200 },
  { name: 'backup-vlan-300', vlan: 300 },
];
const ENV_OCTET: Record<string, number> = { prod: 10, stage: 20, dev: 30, qa: 40, uat: 50, dr: 60 };

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));
const ref = (kind: string, id: string): VsphereRef => ({ kind, id });
/**
 * Refs are shared between VMs (one object per datastore, network, folder):
 * at 100,000 VMs, allocation and GC were most of the generation time.
 * Treat generated inventory as read-only.
 */
const refCache = new WeakMap<object, VsphereRef>();
function sharedRef(kind: string, target: { id: string }): VsphereRef {
  let r = refCache.get(target);
  if (!r) {
    r = ref(kind, target.id);
    refCache.set(target, r);
  }
  return r;
}
const NO_SNAPSHOT: VsphereRef = Object.freeze({ kind: '', id: '' }) as VsphereRef;
const GUEST_DNS: string[] = ['10.0.0.53'];

export function generateVsphereInventory(opts: VsphereGeneratorOptions): VsphereInventory {
  const rng = createRng(opts.seed);
  const vmTotal = Math.max(0, Math.floor(opts.vms));
  let moid = 1000 + rng.int(0, 500);
  const nextMoid = () => ++moid;

  const inv: VsphereInventory = { datacenters: [], clusters: [], hosts: [], folders: [], networks: [], datastores: [], vms: [] };
  const dcCount = vmTotal <= 200 ? 1 : vmTotal <= 20000 ? 2 : 3;
  const vmsPerDc = Math.ceil(vmTotal / dcCount) || 1;
  const rootFolder = ref('Folder', 'group-d1');

  interface DcPlan {
    dc: VsphereDatacenter;
    clusters: { cluster: VsphereCluster; hosts: VsphereHost[] }[];
    networksByEnv: Map<string, VsphereNetwork[]>;
    sharedNetworks: VsphereNetwork[];
    datastores: VsphereDatastore[];
    folderByEnv: Map<string, VsphereFolder>;
  }
  const plans: DcPlan[] = [];
  const siteOffset = rng.int(0, SITES.length - 1);

  for (let d = 0; d < dcCount; d++) {
    const site = SITES[(siteOffset + d) % SITES.length];
    const dcName = `${site[0].toUpperCase()}${site.slice(1)}-DC`;
    const dcId = `datacenter-${nextMoid()}`;
    const vmFolderId = `group-v${nextMoid()}`;
    const hostFolderId = `group-h${nextMoid()}`;
    const netFolderId = `group-n${nextMoid()}`;
    const dsFolderId = `group-s${nextMoid()}`;
    const dc: VsphereDatacenter = {
      id: dcId,
      name: dcName,
      path: `/${dcName}`,
      parent: rootFolder,
      clusters: ref('Folder', hostFolderId),
      datastores: ref('Folder', dsFolderId),
      networks: ref('Folder', netFolderId),
      vms: ref('Folder', vmFolderId),
    };
    inv.datacenters.push(dc);

    // Folders: the datacenter's vm folder, then one per environment.
    const vmRoot: VsphereFolder = {
      id: vmFolderId, name: 'vm', path: `/${dcName}/vm`, parent: ref('Datacenter', dcId),
      datacenter: dcId, folder: '', children: [],
    };
    inv.folders.push(vmRoot);
    const folderByEnv = new Map<string, VsphereFolder>();
    for (const [env, label] of Object.entries(ENV_FOLDERS)) {
      const folder: VsphereFolder = {
        id: `group-v${nextMoid()}`, name: label, path: `/${dcName}/vm/${label}`,
        parent: ref('Folder', vmFolderId), datacenter: dcId, folder: vmFolderId, children: [],
      };
      vmRoot.children.push(ref('Folder', folder.id));
      folderByEnv.set(env, folder);
      inv.folders.push(folder);
    }

    // Networks: a distributed switch with the port groups, plus the standard "VM Network".
    const dvsId = `dvs-${nextMoid()}`;
    inv.networks.push({
      id: dvsId, name: `${site}-dvs-01`, path: `/${dcName}/network/${site}-dvs-01`,
      parent: ref('Folder', netFolderId), variant: 'DvSwitch', vlanId: '',
    });
    const networksByEnv = new Map<string, VsphereNetwork[]>();
    const sharedNetworks: VsphereNetwork[] = [];
    for (const pg of PORT_GROUPS) {
      const standard = pg.vlan === 0;
      const net: VsphereNetwork = {
        id: standard ? `network-${nextMoid()}` : `dvportgroup-${nextMoid()}`,
        name: pg.name,
        path: `/${dcName}/network/${pg.name}`,
        parent: ref('Folder', netFolderId),
        variant: standard ? 'Standard' : 'DvPortGroup',
        vlanId: String(pg.vlan),
        ...(standard ? {} : { dvSwitch: ref('DVSwitch', dvsId), key: `dvportgroup-${moid}` }),
      };
      inv.networks.push(net);
      if (pg.env) networksByEnv.set(pg.env, [...(networksByEnv.get(pg.env) ?? []), net]);
      else sharedNetworks.push(net);
    }

    // Datastores: enough that each holds a few hundred VMs.
    const datastores: VsphereDatastore[] = [];
    const dsCount = clamp(Math.ceil(vmsPerDc / 300), 3, 40);
    for (let i = 1; i <= dsCount; i++) {
      const type = rng.weighted([['VMFS', 6], ['NFS', 2], ['vsan', 2]] as const);
      const name = `${site}-${type === 'vsan' ? 'vsanDatastore' : type === 'NFS' ? 'nfs' : 'vmfs'}-${String(i).padStart(2, '0')}`;
      const capacity = rng.pick([4, 8, 10, 16, 20]) * 1024 * GiB;
      const ds: VsphereDatastore = {
        id: `datastore-${nextMoid()}`, name, path: `/${dcName}/datastore/${name}`,
        parent: ref('Folder', dsFolderId), type, capacity,
        free: Math.round(capacity * (0.1 + rng.next() * 0.6)),
        maintenance: rng.chance(0.03) ? 'inMaintenance' : 'normal',
        backingDevicesNames: type === 'VMFS' ? [`naa.${rng.hex(32)}`] : [],
      };
      datastores.push(ds);
      inv.datastores.push(ds);
    }

    // Clusters and hosts.
    const clusterCount = clamp(Math.ceil(vmsPerDc / 400), 1, 12) + (vmsPerDc > 20 ? 1 : 0);
    const clusters: DcPlan['clusters'] = [];
    const vmsPerCluster = Math.ceil(vmsPerDc / clusterCount);
    for (let c = 1; c <= clusterCount; c++) {
      const name = `${site}-cluster-${String(c).padStart(2, '0')}`;
      const clusterId = `domain-c${nextMoid()}`;
      const drsEnabled = rng.chance(0.7);
      const cluster: VsphereCluster = {
        id: clusterId, name, path: `/${dcName}/host/${name}`, parent: ref('Folder', hostFolderId), datacenter: dcId,
        dasEnabled: rng.chance(0.6), dasVms: [], drsEnabled, drsBehavior: drsEnabled ? 'fullyAutomated' : 'manual', drsVms: [],
        datastores: datastores.map((ds) => ref('Datastore', ds.id)),
        networks: inv.networks.filter((n) => n.path.startsWith(`/${dcName}/`) && n.variant !== 'DvSwitch').map((n) => ref('Network', n.id)),
        hosts: [],
      };
      const hosts: VsphereHost[] = [];
      const hostCount = clamp(Math.ceil(vmsPerCluster / 30), 2, 32);
      for (let h = 1; h <= hostCount; h++) {
        const hostName = `esxi-${String(c).padStart(2, '0')}${String(h).padStart(2, '0')}.${site}.example.com`;
        const host: VsphereHost = {
          id: `host-${nextMoid()}`, name: hostName, path: `/${dcName}/host/${name}/${hostName}`,
          parent: ref('Cluster', clusterId), cluster: clusterId, datacenter: dcId,
          status: 'green', inMaintenance: rng.chance(0.02),
          managementServerIp: `10.${d + 1}.${c}.${h + 10}`,
          thumbprint: rng.hex(40).toUpperCase().replace(/(..)(?!$)/g, '$1:'),
          timezone: 'UTC', cpuSockets: 2, cpuCores: rng.pick([32, 48, 64]),
          productName: 'VMware ESXi', productVersion: rng.pick(['7.0.3', '8.0.1', '8.0.2', '8.0.3']),
          networking: { vNICs: [{ device: 'vmk0', portGroup: 'Management Network', ipAddress: `10.${d + 1}.${c}.${h + 10}`, subnetMask: '255.255.255.0', mtu: 1500 }] },
          networks: cluster.networks, datastores: cluster.datastores,
        };
        hosts.push(host);
        cluster.hosts.push(ref('Host', host.id));
        inv.hosts.push(host);
      }
      clusters.push({ cluster, hosts });
      inv.clusters.push(cluster);
    }
    plans.push({ dc, clusters, networksByEnv, sharedNetworks, datastores, folderByEnv });
  }

  // VMs.
  const nameFor = createNamer();
  const vmBase = 2000 + rng.int(0, 999);
  for (let i = 0; i < vmTotal; i++) {
    const plan = plans[i % dcCount];
    const { cluster, hosts } = plan.clusters[rng.int(0, plan.clusters.length - 1)];
    const host = hosts[rng.int(0, hosts.length - 1)];
    const env = rng.pick(ENVIRONMENTS);
    const role = rng.pick(ROLES);
    const os = pickGuestOs(rng, role);
    const name = nameFor(env, role.name);
    const folder = plan.folderByEnv.get(env) ?? plan.folderByEnv.values().next().value!;
    const id = `vm-${vmBase + i}`;
    const poweredOn = rng.chance(0.82);
    const efi = os.windows ? rng.chance(0.7) : rng.chance(0.3);
    const secureBoot = efi && rng.chance(0.35);
    const tpmEnabled = efi && os.windows && rng.chance(0.3);
    const cpuCount = rng.pick(role.cpu);
    const coresPerSocket = cpuCount >= 4 && rng.chance(0.5) ? cpuCount / 2 : 1;

    // Disks: a root disk plus 0-3 data disks sized by role.
    const dataDisks = role.dataGiB.length === 0 ? 0 : rng.int(0, 3);
    const disks: VsphereDisk[] = [];
    const homeDs = plan.datastores[rng.int(0, plan.datastores.length - 1)];
    let capacityTotal = 0;
    let shared = false;
    let rdm = false;
    let independent = false;
    for (let k = 0; k <= dataDisks; k++) {
      const ds = k === 0 || rng.chance(0.7) ? homeDs : plan.datastores[rng.int(0, plan.datastores.length - 1)];
      const capacity = (k === 0 ? rng.pick([40, 50, 60, 80, 100]) : rng.pick(role.dataGiB)) * GiB;
      const isShared = k > 0 && rng.chance(0.03);
      const isRdm = k > 0 && rng.chance(0.02);
      const isIndependent = k > 0 && rng.chance(0.015);
      shared ||= isShared;
      rdm ||= isRdm;
      independent ||= isIndependent;
      capacityTotal += capacity;
      disks.push({
        key: 2000 + k,
        file: `[${ds.name}] ${name}/${name}${k === 0 ? '' : `_${k}`}.vmdk`,
        datastore: sharedRef('Datastore', ds),
        capacity,
        shared: isShared,
        rdm: isRdm,
        bus: os.windows && k === 0 && rng.chance(0.2) ? 'sata' : 'scsi',
        mode: isIndependent ? 'independent_persistent' : 'persistent',
      });
    }

    // NICs: the environment's VLAN first, then maybe backup or DMZ.
    const envNets = plan.networksByEnv.get(env) ?? plan.sharedNetworks;
    const nicCount = rng.weighted([[1, 70], [2, 24], [3, 6]] as const);
    const nics: VsphereNic[] = [];
    const networks: VsphereRef[] = [];
    const guestNetworks: VsphereVm['guestNetworks'] = [];
    const octet = ENV_OCTET[env] ?? 99;
    const hasIp = poweredOn && rng.chance(0.95);
    for (let n = 0; n < nicCount; n++) {
      const net = n === 0 ? envNets[rng.int(0, envNets.length - 1)] : plan.sharedNetworks[rng.int(0, plan.sharedNetworks.length - 1)];
      const mac = macAddress('00:50:56', i * 4 + n);
      const netRef = sharedRef('Network', net);
      nics.push({ mac, network: netRef, index: n, deviceKey: 4000 + n });
      if (!networks.includes(netRef)) networks.push(netRef);
      if (hasIp) {
        guestNetworks.push({
          device: String(4000 + n), mac, ip: `10.${octet}.${(i >> 8) & 0xff}.${(i % 250) + 2 + n}`,
          origin: rng.chance(0.6) ? 'manual' : 'dhcp', prefix: 24, dns: GUEST_DNS,
        });
      }
    }

    const changeTrackingEnabled = rng.chance(0.65);
    const cpuHotAddEnabled = rng.chance(0.1);
    const memoryHotAddEnabled = rng.chance(0.08);
    const hasSnapshot = rng.chance(0.1);
    const passthrough = rng.chance(0.005);
    const concerns: Concern[] = [];
    if (!changeTrackingEnabled) concerns.push(CONCERNS.cbtDisabled);
    if (shared) concerns.push(CONCERNS.sharedDisk);
    if (rdm) concerns.push(CONCERNS.rdmDisk);
    if (independent) concerns.push(CONCERNS.independentDisk);
    if (secureBoot) concerns.push(CONCERNS.secureBoot);
    if (tpmEnabled) concerns.push(CONCERNS.tpm);
    if (hasSnapshot) concerns.push(CONCERNS.snapshot);
    if (passthrough) concerns.push(CONCERNS.passthrough);
    if (cpuHotAddEnabled) concerns.push(CONCERNS.cpuHotplug);
    if (memoryHotAddEnabled) concerns.push(CONCERNS.memoryHotplug);
    if (cluster.drsEnabled) concerns.push(CONCERNS.drs);
    if (poweredOn && !hasIp) concerns.push(CONCERNS.noGuestIp);
    if (os.guestId.startsWith('freebsd')) concerns.push(CONCERNS.unsupportedOs);

    const vm: VsphereVm = {
      id,
      name,
      path: `${folder.path}/${name}`,
      parent: sharedRef('Folder', folder),
      revision: 1,
      powerState: poweredOn ? 'poweredOn' : 'poweredOff',
      connectionState: 'connected',
      host: host.id,
      isTemplate: false,
      cpuCount,
      coresPerSocket,
      memoryMB: rng.pick(role.memoryGiB) * 1024,
      guestId: os.guestId,
      guestName: os.guestName,
      firmware: efi ? 'efi' : 'bios',
      secureBoot,
      tpmEnabled,
      ipAddress: guestNetworks.length > 0 ? guestNetworks[0].ip : '',
      hostName: poweredOn ? `${name}.${env}.corp.example.com` : '',
      storageUsed: Math.round(capacityTotal * (0.2 + rng.next() * 0.6) / MiB) * MiB,
      uuid: rng.uuid(),
      changeTrackingEnabled,
      cpuHotAddEnabled,
      memoryHotAddEnabled,
      faultToleranceEnabled: false,
      snapshot: hasSnapshot ? ref('VirtualMachineSnapshot', `snapshot-${vmBase + i}`) : NO_SNAPSHOT,
      disks,
      nics,
      networks,
      guestNetworks,
      concerns,
    };
    inv.vms.push(vm);
    const vmRef = ref('VM', id);
    folder.children.push(vmRef);
    if (cluster.drsEnabled) cluster.drsVms.push(vmRef);
  }
  return inv;
}
