/**
 * NetworkMap and StorageMap validation as pure functions: source ids are
 * checked against the source provider's inventory, destinations against the
 * host cluster (NADs, StorageClasses).
 */
import type { K8sObject } from '../core/contract';
import type { ProviderInventory } from '../inventory/types';
import { hasCondition, type ConditionInput } from './conditions';

export interface MapContext {
  source?: K8sObject;
  destination?: K8sObject;
  sourceInventory?: ProviderInventory;
  /** True when the destination is the local cluster, so NADs and StorageClasses can be checked. */
  nadExists(namespace: string, name: string): boolean;
  storageClassExists(name: string): boolean;
}

export interface MapValidation {
  conditions: ConditionInput[];
  references: { id: string; name?: string; namespace?: string }[];
}

interface NetworkPair {
  source?: { id?: string; name?: string; namespace?: string; type?: string };
  destination?: { type?: string; name?: string; namespace?: string };
}
interface StoragePair {
  source?: { id?: string; name?: string };
  destination?: { storageClass?: string; volumeMode?: string; accessMode?: string };
}

/** Provider-level checks shared by both maps and plans. */
export function providerConditions(source: K8sObject | undefined, destination: K8sObject | undefined): ConditionInput[] {
  const out: ConditionInput[] = [];
  if (!source) out.push({ type: 'SourceProviderNotValid', reason: 'NotFound', category: 'Critical', message: 'The source provider is not valid: not found.' });
  else if (!hasCondition(source, 'Ready')) out.push({ type: 'SourceProviderNotReady', reason: 'NotReady', category: 'Critical', message: 'The source provider is not ready.' });
  if (!destination) out.push({ type: 'DestinationProviderNotValid', reason: 'NotFound', category: 'Critical', message: 'The destination provider is not valid: not found.' });
  else if (destination.spec?.type !== 'openshift') out.push({ type: 'DestinationProviderNotValid', reason: 'TypeNotValid', category: 'Critical', message: 'The destination provider must be an OpenShift provider.' });
  else if (!hasCondition(destination, 'Ready')) out.push({ type: 'DestinationProviderNotReady', reason: 'NotReady', category: 'Critical', message: 'The destination provider is not ready.' });
  return out;
}

const isLocal = (p: K8sObject | undefined) => !!p && p.spec?.type === 'openshift' && !String(p.spec?.url ?? '');
const label = (s: { id?: string; name?: string; namespace?: string } | undefined) => (s?.namespace ? `${s.namespace}/${s.name ?? s.id}` : (s?.name ?? s?.id ?? '?'));

export function validateNetworkMap(map: K8sObject, ctx: MapContext): MapValidation {
  const conditions = providerConditions(ctx.source, ctx.destination);
  const pairs = (map.spec?.map ?? []) as NetworkPair[];
  const references: MapValidation['references'] = [];
  const badSources: string[] = [];
  const badDestinations: string[] = [];
  if (ctx.sourceInventory && hasCondition(ctx.source!, 'Ready')) {
    for (const pair of pairs) {
      if (pair.source?.type === 'pod') continue;
      const found = ctx.sourceInventory.findNetwork(pair.source ?? {});
      if (found) references.push({ id: found.id, name: found.name, ...(typeof found.namespace === 'string' ? { namespace: found.namespace } : {}) });
      else badSources.push(label(pair.source));
    }
  }
  const checkNads = isLocal(ctx.destination);
  let podTargets = 0;
  for (const pair of pairs) {
    const d = pair.destination ?? {};
    if (d.type === 'pod') podTargets++;
    else if (d.type === 'multus') {
      if (!d.name || (checkNads && !ctx.nadExists(d.namespace || String(map.metadata.namespace), d.name))) badDestinations.push(`${d.namespace ?? ''}/${d.name ?? ''}`);
    } else if (d.type !== 'ignored') badDestinations.push(`type ${String(d.type)}`);
  }
  if (badSources.length > 0) {
    conditions.push({ type: 'SourceNetworkNotValid', reason: 'NotFound', category: 'Critical', message: 'Source network (map) not found.', items: badSources });
  }
  if (badDestinations.length > 0) {
    conditions.push({ type: 'DestinationNetworkNotValid', reason: 'NotFound', category: 'Critical', message: 'Destination network (map) not found.', items: badDestinations });
  }
  if (podTargets > 1) {
    conditions.push({ type: 'DestinationNetworkNotValid', reason: 'NotUnique', category: 'Critical', message: 'Only one source network may be mapped to the pod network.' });
  }
  return { conditions: dedupe(conditions), references };
}

export function validateStorageMap(map: K8sObject, ctx: MapContext): MapValidation {
  const conditions = providerConditions(ctx.source, ctx.destination);
  const pairs = (map.spec?.map ?? []) as StoragePair[];
  const references: MapValidation['references'] = [];
  const badSources: string[] = [];
  const badDestinations: string[] = [];
  if (ctx.sourceInventory && hasCondition(ctx.source!, 'Ready')) {
    for (const pair of pairs) {
      const found = ctx.sourceInventory.findStorage(pair.source ?? {});
      if (found) references.push({ id: found.id, name: found.name });
      else badSources.push(label(pair.source));
    }
  }
  const checkClasses = isLocal(ctx.destination);
  for (const pair of pairs) {
    const sc = pair.destination?.storageClass;
    if (!sc || (checkClasses && !ctx.storageClassExists(sc))) badDestinations.push(sc ?? '?');
  }
  if (badSources.length > 0) {
    conditions.push({ type: 'SourceStorageNotValid', reason: 'NotFound', category: 'Critical', message: 'Source storage (map) not found.', items: badSources });
  }
  if (badDestinations.length > 0) {
    conditions.push({ type: 'DestinationStorageNotValid', reason: 'NotFound', category: 'Critical', message: 'Destination storage class (map) not found.', items: badDestinations });
  }
  return { conditions, references };
}

/** Conditions are keyed by type: when a type is raised twice, keep the first and merge items. */
function dedupe(conditions: ConditionInput[]): ConditionInput[] {
  const byType = new Map<string, ConditionInput>();
  for (const c of conditions) {
    const prev = byType.get(c.type);
    if (!prev) byType.set(c.type, c);
    else if (c.items) byType.set(c.type, { ...prev, items: [...(prev.items ?? []), ...c.items] });
  }
  return [...byType.values()];
}
