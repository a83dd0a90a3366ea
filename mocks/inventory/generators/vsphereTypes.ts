/** Inventory shapes of a vSphere provider, as the Forklift inventory serves them at full detail. */
import type { Concern } from '../concerns';

export interface VsphereRef {
  kind: string;
  id: string;
}

export interface VsphereDatacenter {
  id: string;
  name: string;
  path: string;
  parent: VsphereRef;
  clusters: VsphereRef;
  datastores: VsphereRef;
  networks: VsphereRef;
  vms: VsphereRef;
}

export interface VsphereFolder {
  id: string;
  name: string;
  path: string;
  parent: VsphereRef;
  datacenter: string;
  folder: string;
  children: VsphereRef[];
}

export interface VsphereCluster {
  id: string;
  name: string;
  path: string;
  parent: VsphereRef;
  datacenter: string;
  dasEnabled: boolean;
  dasVms: VsphereRef[];
  drsEnabled: boolean;
  drsBehavior: string;
  drsVms: VsphereRef[];
  datastores: VsphereRef[];
  networks: VsphereRef[];
  hosts: VsphereRef[];
}

export interface VsphereHost {
  id: string;
  name: string;
  path: string;
  parent: VsphereRef;
  cluster: string;
  datacenter: string;
  status: string;
  inMaintenance: boolean;
  managementServerIp: string;
  thumbprint: string;
  timezone: string;
  cpuSockets: number;
  cpuCores: number;
  productName: string;
  productVersion: string;
  networking: { vNICs: { device: string; portGroup: string; ipAddress: string; subnetMask: string; mtu: number }[] };
  networks: VsphereRef[];
  datastores: VsphereRef[];
}

export interface VsphereNetwork {
  id: string;
  name: string;
  path: string;
  parent: VsphereRef;
  variant: 'Standard' | 'DvPortGroup' | 'DvSwitch';
  vlanId: string;
  dvSwitch?: VsphereRef;
  key?: string;
}

export interface VsphereDatastore {
  id: string;
  name: string;
  path: string;
  parent: VsphereRef;
  type: 'VMFS' | 'NFS' | 'vsan';
  capacity: number;
  free: number;
  maintenance: string;
  backingDevicesNames: string[];
}

export interface VsphereDisk {
  key: number;
  file: string;
  datastore: VsphereRef;
  capacity: number;
  shared: boolean;
  rdm: boolean;
  bus: 'scsi' | 'sata' | 'ide' | 'nvme';
  mode: 'persistent' | 'independent_persistent' | 'independent_nonpersistent';
}

export interface VsphereNic {
  mac: string;
  network: VsphereRef;
  index: number;
  deviceKey: number;
}

export interface VsphereVm {
  id: string;
  name: string;
  path: string;
  parent: VsphereRef;
  revision: number;
  powerState: 'poweredOn' | 'poweredOff';
  connectionState: 'connected' | 'disconnected';
  host: string;
  isTemplate: boolean;
  cpuCount: number;
  coresPerSocket: number;
  memoryMB: number;
  guestId: string;
  guestName: string;
  firmware: 'bios' | 'efi';
  secureBoot: boolean;
  tpmEnabled: boolean;
  ipAddress: string;
  hostName: string;
  storageUsed: number;
  uuid: string;
  changeTrackingEnabled: boolean;
  cpuHotAddEnabled: boolean;
  memoryHotAddEnabled: boolean;
  faultToleranceEnabled: boolean;
  snapshot: VsphereRef;
  disks: VsphereDisk[];
  nics: VsphereNic[];
  networks: VsphereRef[];
  guestNetworks: { device: string; mac: string; ip: string; origin: string; prefix: number; dns: string[] }[];
  concerns: Concern[];
}

export interface VsphereInventory {
  datacenters: VsphereDatacenter[];
  clusters: VsphereCluster[];
  hosts: VsphereHost[];
  folders: VsphereFolder[];
  networks: VsphereNetwork[];
  datastores: VsphereDatastore[];
  vms: VsphereVm[];
}
