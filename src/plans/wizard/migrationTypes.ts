/**
 * Which migration types a plan may use, from the provider types alone
 * (Forklift's rules): warm needs change tracking on the source (vSphere,
 * oVirt); live moves a running KubeVirt VM, so both ends must be OpenShift;
 * conversion-only converts a vSphere guest whose disks the target can already
 * reach (Forklift supports it from vSphere only); cold works from every source.
 */
import type { PlanType, ProviderType } from '../../k8s/types';

export const PLAN_TYPES: readonly PlanType[] = ['cold', 'warm', 'live', 'conversion'];

export type UnavailableReason = 'warmNotSupported' | 'liveNeedsOpenShift' | 'openshiftUsesLive' | 'conversionNeedsVsphere' | 'noSource';

export interface TypeAvailability {
  type: PlanType;
  available: boolean;
  reason?: UnavailableReason;
}

const WARM_SOURCES: ReadonlySet<ProviderType> = new Set(['vsphere', 'ovirt']);

export const typeAvailability = (source: ProviderType | undefined, target: ProviderType | undefined): TypeAvailability[] =>
  PLAN_TYPES.map((type): TypeAvailability => {
    if (!source) return { type, available: type === 'cold', ...(type === 'cold' ? {} : { reason: 'noSource' as const }) };
    if (type === 'warm' && !WARM_SOURCES.has(source)) {
      return { type, available: false, reason: source === 'openshift' ? 'openshiftUsesLive' : 'warmNotSupported' };
    }
    if (type === 'live' && (source !== 'openshift' || (target !== undefined && target !== 'openshift'))) {
      return { type, available: false, reason: 'liveNeedsOpenShift' };
    }
    if (type === 'conversion' && source !== 'vsphere') return { type, available: false, reason: 'conversionNeedsVsphere' };
    return { type, available: true };
  });

export const isTypeAvailable = (type: PlanType, source: ProviderType | undefined, target: ProviderType | undefined): boolean =>
  typeAvailability(source, target).find((a) => a.type === type)?.available ?? false;

/** Conversion-only leaves the disks where they are: no storage map, so the wizard skips that step. */
export const needsStorageMap = (type: PlanType): boolean => type !== 'conversion';

/** The type to fall back to when the chosen one stops being available (e.g. the source changed). */
export const coerceType = (type: PlanType, source: ProviderType | undefined, target: ProviderType | undefined): PlanType =>
  isTypeAvailable(type, source, target) ? type : 'cold';

/** Static IPs can only be preserved for vSphere sources (the guest is inspected through VMware tools). */
export const supportsPreserveStaticIps = (source: ProviderType | undefined): boolean => source === 'vsphere';
