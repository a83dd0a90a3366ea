/**
 * Builds KubeVirt VirtualMachine objects. Used for a generated remote
 * OpenShift inventory and by the controller when a migrated VM lands in the
 * target namespace, so both look like what OpenShift Virtualization stores.
 */
import type { K8sObject } from '../core/contract';

export interface KubevirtVmSpec {
  name: string;
  namespace: string;
  uid?: string;
  running: boolean;
  cpuCores: number;
  memoryMiB: number;
  firmware?: 'bios' | 'efi';
  /** One entry per disk: capacity in bytes and the storage class the DataVolume uses. */
  disks: { capacityBytes: number; storageClass: string }[];
  /** Network names: 'pod' for the pod network or `namespace/nad` for a Multus network. */
  networks: string[];
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** Where the VM's pod may run (a plan's targetNodeSelector and targetAffinity). */
  nodeSelector?: Record<string, string>;
  affinity?: Record<string, unknown>;
}

const gi = (bytes: number) => `${Math.max(1, Math.ceil(bytes / 1024 ** 3))}Gi`;

export function buildKubevirtVm(spec: KubevirtVmSpec): K8sObject {
  const volumes = spec.disks.map((_, i) => ({ name: `disk-${i}`, dataVolume: { name: `${spec.name}-disk-${i}` } }));
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name: spec.name,
      namespace: spec.namespace,
      ...(spec.uid ? { uid: spec.uid } : {}),
      labels: { app: spec.name, ...spec.labels },
      ...(spec.annotations ? { annotations: spec.annotations } : {}),
    },
    spec: {
      running: spec.running,
      dataVolumeTemplates: spec.disks.map((d, i) => ({
        metadata: { name: `${spec.name}-disk-${i}` },
        spec: { storage: { resources: { requests: { storage: gi(d.capacityBytes) } }, storageClassName: d.storageClass }, source: { blank: {} } },
      })),
      template: {
        metadata: { labels: { 'kubevirt.io/domain': spec.name } },
        spec: {
          domain: {
            cpu: { cores: spec.cpuCores, sockets: 1, threads: 1 },
            memory: { guest: `${spec.memoryMiB}Mi` },
            firmware: spec.firmware === 'efi' ? { bootloader: { efi: {} } } : { bootloader: { bios: {} } },
            devices: {
              disks: volumes.map((v, i) => ({ name: v.name, disk: { bus: 'virtio' }, ...(i === 0 ? { bootOrder: 1 } : {}) })),
              interfaces: spec.networks.map((n, i) => (n === 'pod' ? { name: `net-${i}`, masquerade: {} } : { name: `net-${i}`, bridge: {} })),
            },
          },
          networks: spec.networks.map((n, i) => (n === 'pod' ? { name: `net-${i}`, pod: {} } : { name: `net-${i}`, multus: { networkName: n } })),
          volumes,
          ...(spec.nodeSelector ? { nodeSelector: spec.nodeSelector } : {}),
          ...(spec.affinity ? { affinity: spec.affinity } : {}),
        },
      },
    },
    status: { printableStatus: spec.running ? 'Running' : 'Stopped', ready: spec.running },
  };
}

/** The network names a KubeVirt VM uses: 'pod' or the Multus `namespace/name` (namespace defaulted). */
export function kubevirtVmNetworks(vm: K8sObject): string[] {
  const template = (vm.spec?.template ?? {}) as { spec?: { networks?: { pod?: object; multus?: { networkName?: string } }[] } };
  const ns = vm.metadata.namespace ?? 'default';
  return (template.spec?.networks ?? []).map((n) => {
    if (n.multus?.networkName) return n.multus.networkName.includes('/') ? n.multus.networkName : `${ns}/${n.multus.networkName}`;
    return 'pod';
  });
}

/** Storage classes and sizes of a KubeVirt VM's DataVolume templates. */
export function kubevirtVmDisks(vm: K8sObject): { name: string; storageClass: string; capacityBytes: number }[] {
  type Dvt = { metadata?: { name?: string }; spec?: { storage?: { storageClassName?: string; resources?: { requests?: { storage?: string } } }; pvc?: { storageClassName?: string; resources?: { requests?: { storage?: string } } } } };
  const templates = ((vm.spec as { dataVolumeTemplates?: Dvt[] } | undefined)?.dataVolumeTemplates ?? []);
  return templates.map((t, i) => {
    const storage = t.spec?.storage ?? t.spec?.pvc ?? {};
    return { name: t.metadata?.name ?? `disk-${i}`, storageClass: storage.storageClassName ?? '', capacityBytes: parseQuantity(storage.resources?.requests?.storage ?? '0') };
  });
}

/** Parses a Kubernetes quantity such as `50Gi`, `512Mi` or `10G` into bytes. */
export function parseQuantity(q: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMGTPE]i?)?$/.exec(q.trim());
  if (!m) return 0;
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  const pow = { '': 0, K: 1, M: 2, G: 3, T: 4, P: 5, E: 6 }[unit.replace('i', '')] ?? 0;
  return Math.round(n * (unit.endsWith('i') ? 1024 : 1000) ** pow);
}
