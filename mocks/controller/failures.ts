/**
 * Deterministic VM failures: whether (and where, and why) a VM's migration
 * fails depends only on the VM's id and name and the failure rate, so a seeded
 * world fails the same VMs every run and tests can pick a failing VM.
 */
import { hashString } from '../inventory/prng';

export interface PlannedFailure {
  step: string;
  /** Fraction of the step's progress at which it fails. */
  at: number;
  reason: string;
}

const REASONS: Record<string, string[]> = {
  ImageConversion: [
    'virt-v2v: error: inspection could not detect the source guest (or physical machine).',
    'virt-v2v: error: libguestfs error: mount_options: /dev/sda1 on / (options: ): mount: /sysroot: wrong fs type, bad option, bad superblock.',
  ],
  DiskTransfer: [
    'DataVolume import failed: Unable to process data: Unable to transfer source data to target file: unexpected EOF.',
    'DataVolume import failed: Unable to connect to vddk data source: Fault reason is "Cannot open disk".',
  ],
  DiskTransferV2v: ['virt-v2v: error: nbdkit-vddk-plugin: VixDiskLib_Read: Unknown error (-1).'],
  DiskAllocation: ['PersistentVolumeClaim provisioning failed: failed to provision volume: rpc error: code = ResourceExhausted desc = insufficient capacity.'],
  VirtualMachineCreation: ['admission webhook "virtualmachine-validator.kubevirt.io" denied the request: spec.template.spec.domain.devices.interfaces[0].macAddress is already in use.'],
};

export function failureReasons(step: string): string[] {
  return REASONS[step] ?? [];
}

/** `rate` is the share of VMs that fail (0..1). Only steps that can fail upstream are chosen. */
export function plannedFailure(vm: { id: string; name: string }, steps: readonly string[], rate: number): PlannedFailure | undefined {
  const h = hashString(`${vm.id}|${vm.name}`);
  if ((h % 10007) / 10007 >= rate) return undefined;
  const candidates = steps.filter((s) => REASONS[s]);
  if (candidates.length === 0) return undefined;
  const step = candidates[(h >>> 8) % candidates.length];
  const reasons = REASONS[step];
  return { step, at: 0.3 + ((h >>> 16) % 50) / 100, reason: reasons[(h >>> 4) % reasons.length] };
}
