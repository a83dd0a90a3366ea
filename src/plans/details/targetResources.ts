/**
 * Pure helpers for the Resources tab: which objects in the target namespace a
 * plan created (Forklift labels them `plan: <plan uid>`) and which Events
 * concern them or the plan.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export interface K8sEvent extends K8sResourceCommon {
  involvedObject?: { kind?: string; name?: string; namespace?: string; uid?: string };
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  source?: { component?: string };
}

export const eventTime = (e: K8sEvent): string => e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';

/** Events about any of `objects` (by uid, else kind+name), newest first. */
export const eventsFor = (events: readonly K8sEvent[], objects: readonly K8sResourceCommon[]): K8sEvent[] => {
  const uids = new Set(objects.map((o) => o.metadata?.uid).filter(Boolean));
  const names = new Set(objects.map((o) => `${o.kind}/${o.metadata?.namespace}/${o.metadata?.name}`));
  return events
    .filter((e) => {
      const io = e.involvedObject ?? {};
      return (io.uid && uids.has(io.uid)) || names.has(`${io.kind}/${io.namespace ?? e.metadata?.namespace}/${io.name}`);
    })
    .sort((a, b) => eventTime(b).localeCompare(eventTime(a)));
};

/** The status word of a target-side object: VM printableStatus, DataVolume phase (+progress), PVC/Pod phase. */
export const resourceStatus = (o: K8sResourceCommon & { status?: Record<string, unknown> }): string => {
  const s = o.status ?? {};
  if (o.kind === 'VirtualMachine') return String(s.printableStatus ?? (s.ready ? 'Running' : 'Stopped'));
  if (o.kind === 'DataVolume') return s.progress && s.progress !== 'N/A' && s.phase !== 'Succeeded' ? `${String(s.phase)} ${String(s.progress)}` : String(s.phase ?? '');
  return String(s.phase ?? '');
};
