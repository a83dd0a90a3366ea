/**
 * Vocabulary for realistic names: environments, application roles and guest
 * operating systems. Roles constrain the OS (an Exchange server runs Windows,
 * SAP HANA runs SLES) so the data reads like a real estate of servers.
 */
export const ENVIRONMENTS = ['prod', 'prod', 'prod', 'stage', 'dev', 'qa', 'uat', 'dr'] as const;

export type OsFamily = 'rhel' | 'windows' | 'ubuntu' | 'sles' | 'centos' | 'other';

export interface Role {
  name: string;
  os?: OsFamily;
  cpu: readonly number[];
  memoryGiB: readonly number[];
  /** Data disk sizes in GiB beyond the root disk, one picked per extra disk. */
  dataGiB: readonly number[];
}

export const ROLES: readonly Role[] = [
  { name: 'web', cpu: [2, 2, 4], memoryGiB: [4, 8], dataGiB: [20, 50] },
  { name: 'app', cpu: [2, 4, 8], memoryGiB: [8, 16], dataGiB: [50, 100] },
  { name: 'api', cpu: [2, 4], memoryGiB: [4, 8, 16], dataGiB: [20, 50] },
  { name: 'db-oracle', os: 'rhel', cpu: [8, 16], memoryGiB: [32, 64, 128], dataGiB: [200, 500, 1000] },
  { name: 'db-postgres', os: 'rhel', cpu: [4, 8], memoryGiB: [16, 32], dataGiB: [100, 250, 500] },
  { name: 'db-mssql', os: 'windows', cpu: [4, 8], memoryGiB: [16, 32, 64], dataGiB: [200, 500] },
  { name: 'db-mysql', cpu: [4, 8], memoryGiB: [8, 16, 32], dataGiB: [100, 200] },
  { name: 'cache-redis', cpu: [2, 4], memoryGiB: [8, 16, 32], dataGiB: [20] },
  { name: 'mq-kafka', cpu: [4, 8], memoryGiB: [16, 32], dataGiB: [250, 500] },
  { name: 'mq-rabbit', cpu: [2, 4], memoryGiB: [4, 8], dataGiB: [50] },
  { name: 'lb-haproxy', cpu: [2], memoryGiB: [2, 4], dataGiB: [10] },
  { name: 'ad-dc', os: 'windows', cpu: [2, 4], memoryGiB: [8], dataGiB: [50] },
  { name: 'exchange', os: 'windows', cpu: [8], memoryGiB: [32, 64], dataGiB: [500, 1000] },
  { name: 'sharepoint', os: 'windows', cpu: [4, 8], memoryGiB: [16, 32], dataGiB: [200] },
  { name: 'file', os: 'windows', cpu: [2, 4], memoryGiB: [8], dataGiB: [500, 1000, 2000] },
  { name: 'jenkins', cpu: [4, 8], memoryGiB: [8, 16], dataGiB: [100, 200] },
  { name: 'gitlab', cpu: [4, 8], memoryGiB: [16], dataGiB: [200, 500] },
  { name: 'elastic', cpu: [8], memoryGiB: [32, 64], dataGiB: [500, 1000] },
  { name: 'splunk', cpu: [8, 16], memoryGiB: [32], dataGiB: [1000] },
  { name: 'sap-hana', os: 'sles', cpu: [16, 32], memoryGiB: [128, 256], dataGiB: [500, 1000] },
  { name: 'sap-app', os: 'sles', cpu: [4, 8], memoryGiB: [32], dataGiB: [100] },
  { name: 'monitoring', cpu: [2, 4], memoryGiB: [8], dataGiB: [100, 200] },
  { name: 'dns', cpu: [1, 2], memoryGiB: [2], dataGiB: [] },
  { name: 'bastion', cpu: [1, 2], memoryGiB: [2, 4], dataGiB: [] },
  { name: 'batch', cpu: [4, 8], memoryGiB: [16], dataGiB: [100] },
  { name: 'citrix', os: 'windows', cpu: [4], memoryGiB: [16], dataGiB: [50] },
];

export interface GuestOs {
  family: OsFamily;
  /** vSphere guestId. */
  guestId: string;
  /** Human name as vSphere tools report it. */
  guestName: string;
  /** oVirt osType. */
  ovirtOs: string;
  /** Windows guests are more likely UEFI and never get cloud-init. */
  windows: boolean;
}

export const GUEST_OSES: readonly GuestOs[] = [
  { family: 'rhel', guestId: 'rhel9_64Guest', guestName: 'Red Hat Enterprise Linux 9 (64-bit)', ovirtOs: 'rhel_9x64', windows: false },
  { family: 'rhel', guestId: 'rhel8_64Guest', guestName: 'Red Hat Enterprise Linux 8 (64-bit)', ovirtOs: 'rhel_8x64', windows: false },
  { family: 'rhel', guestId: 'rhel7_64Guest', guestName: 'Red Hat Enterprise Linux 7 (64-bit)', ovirtOs: 'rhel_7x64', windows: false },
  { family: 'windows', guestId: 'windows2019srv_64Guest', guestName: 'Microsoft Windows Server 2019 (64-bit)', ovirtOs: 'windows_2019x64', windows: true },
  { family: 'windows', guestId: 'windows2019srvNext_64Guest', guestName: 'Microsoft Windows Server 2022 (64-bit)', ovirtOs: 'windows_2022', windows: true },
  { family: 'windows', guestId: 'windows9Server64Guest', guestName: 'Microsoft Windows Server 2016 (64-bit)', ovirtOs: 'windows_2016x64', windows: true },
  { family: 'ubuntu', guestId: 'ubuntu64Guest', guestName: 'Ubuntu Linux (64-bit)', ovirtOs: 'ubuntu_22_04_LTS', windows: false },
  { family: 'sles', guestId: 'sles15_64Guest', guestName: 'SUSE Linux Enterprise 15 (64-bit)', ovirtOs: 'sles_15', windows: false },
  { family: 'sles', guestId: 'sles12_64Guest', guestName: 'SUSE Linux Enterprise 12 (64-bit)', ovirtOs: 'sles_12', windows: false },
  { family: 'centos', guestId: 'centos8_64Guest', guestName: 'CentOS 8 (64-bit)', ovirtOs: 'rhel_8x64', windows: false },
  { family: 'centos', guestId: 'centos7_64Guest', guestName: 'CentOS 7 (64-bit)', ovirtOs: 'rhel_7x64', windows: false },
  { family: 'other', guestId: 'debian11_64Guest', guestName: 'Debian GNU/Linux 11 (64-bit)', ovirtOs: 'debian_11', windows: false },
  { family: 'other', guestId: 'oracleLinux8_64Guest', guestName: 'Oracle Linux 8 (64-bit)', ovirtOs: 'rhel_8x64', windows: false },
  { family: 'other', guestId: 'freebsd13_64Guest', guestName: 'FreeBSD 13 (64-bit)', ovirtOs: 'other', windows: false },
];

const OS_WEIGHTS: readonly (readonly [OsFamily, number])[] = [
  ['rhel', 40],
  ['windows', 28],
  ['ubuntu', 12],
  ['sles', 6],
  ['centos', 9],
  ['other', 5],
];

const BY_FAMILY = new Map<OsFamily, GuestOs[]>();
for (const os of GUEST_OSES) BY_FAMILY.set(os.family, [...(BY_FAMILY.get(os.family) ?? []), os]);

export function pickGuestOs(rng: { weighted<T>(items: readonly (readonly [T, number])[]): T; pick<T>(items: readonly T[]): T }, role: Role): GuestOs {
  const family = role.os ?? rng.weighted(OS_WEIGHTS);
  return rng.pick(BY_FAMILY.get(family) ?? GUEST_OSES);
}

/**
 * Hands out unique VM names like `prod-web-01`, numbering each
 * environment+role pair separately so 100,000 names stay unique and short.
 */
export function createNamer(): (env: string, role: string) => string {
  const counters = new Map<string, number>();
  return (env, role) => {
    const key = `${env}-${role}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return `${key}-${n < 10 ? '0' : ''}${n}`;
  };
}

export const GiB = 1024 * 1024 * 1024;
export const MiB = 1024 * 1024;

const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A MAC address with a 3-byte vendor prefix (VMware `00:50:56`, oVirt `56:6f:1a`) and a unique index. */
export function macAddress(prefix: string, index: number): string {
  return `${prefix}:${HEX_BYTES[(index >>> 16) & 0xff]}:${HEX_BYTES[(index >>> 8) & 0xff]}:${HEX_BYTES[index & 0xff]}`;
}
