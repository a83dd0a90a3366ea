/**
 * Plan validation as a pure function of the plan and what it references.
 * Produces the validation conditions only; run conditions (Executing,
 * Succeeded...) belong to the migration runner.
 */
import type { K8sObject } from '../core/contract';
import type { ProviderInventory, VmFacts } from '../inventory/types';
import { hasCondition, type ConditionInput } from './conditions';
import { providerConditions } from './mapValidation';

export interface PlanContext {
  source?: K8sObject;
  destination?: K8sObject;
  sourceInventory?: ProviderInventory;
  networkMap?: K8sObject;
  storageMap?: K8sObject;
  hookExists(namespace: string, name: string): boolean;
  nadExists(namespace: string, name: string): boolean;
  namespaceExists(name: string): boolean;
  /** A VirtualMachine of that name already in the target namespace. */
  targetVmExists(namespace: string, name: string): boolean;
  /** The plan has run before: existing target VMs are its own. */
  started: boolean;
}

export interface PlanVmSpec {
  id?: string;
  name?: string;
  namespace?: string;
  targetName?: string;
  hooks?: { step?: string; hook?: { name?: string; namespace?: string } }[];
}

export type PlanType = 'cold' | 'warm' | 'live' | 'conversion';

export function planType(plan: K8sObject): PlanType {
  const t = plan.spec?.type;
  if (t === 'warm' || t === 'live' || t === 'conversion' || t === 'cold') return t;
  return plan.spec?.warm === true ? 'warm' : 'cold';
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The name a migrated VM gets: targetName, else the source name made DNS-safe (as Forklift does). */
export function targetNameOf(vm: PlanVmSpec, facts?: VmFacts): string {
  if (vm.targetName) return vm.targetName;
  const raw = (facts?.name ?? vm.name ?? vm.id ?? 'vm').toLowerCase();
  return raw.replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63) || 'vm';
}

export function validatePlan(plan: K8sObject, ctx: PlanContext): ConditionInput[] {
  const out: ConditionInput[] = [];
  const type = planType(plan);
  const spec = plan.spec ?? {};
  const vms = (spec.vms ?? []) as PlanVmSpec[];
  const ns = plan.metadata.namespace ?? '';
  const sourceType = String(ctx.source?.spec?.type ?? '');

  if (spec.archived === true) {
    out.push({ type: 'Archived', reason: 'Archived', category: 'Advisory', message: 'The migration plan has been archived.' });
  }
  out.push(...providerConditions(ctx.source, ctx.destination));

  const targetNamespace = String(spec.targetNamespace ?? '');
  if (!targetNamespace || !DNS1123_LABEL.test(targetNamespace)) {
    out.push({ type: 'TargetNamespaceNotValid', reason: 'NotValid', category: 'Critical', message: 'Target namespace is not valid.' });
  }

  if (type === 'live' && sourceType !== 'openshift') {
    out.push({ type: 'MigrationTypeNotValid', reason: 'NotSupported', category: 'Critical', message: 'Live migration is only supported from an OpenShift source provider.' });
  }
  if (type === 'conversion' && ctx.source && sourceType !== 'vsphere') {
    out.push({ type: 'MigrationTypeNotValid', reason: 'NotSupported', category: 'Critical', message: 'Conversion-only migration is only supported from a vSphere source provider.' });
  }
  if (type === 'warm' && ctx.source && !['vsphere', 'ovirt'].includes(sourceType)) {
    out.push({ type: 'MigrationTypeNotValid', reason: 'NotSupported', category: 'Critical', message: `Warm migration is not supported from a ${sourceType} provider.` });
  }

  const networkMap = ctx.networkMap;
  if (!networkMap || !hasCondition(networkMap, 'Ready')) {
    out.push({ type: 'NetworkMapNotReady', reason: networkMap ? 'NotReady' : 'NotFound', category: 'Critical', message: 'Network map is not ready.' });
  }
  const storageMap = ctx.storageMap;
  if (type !== 'conversion' && (!storageMap || !hasCondition(storageMap, 'Ready'))) {
    out.push({ type: 'StorageMapNotReady', reason: storageMap ? 'NotReady' : 'NotFound', category: 'Critical', message: 'Storage map is not ready.' });
  }

  if (spec.transferNetwork) {
    const t = spec.transferNetwork as { name?: string; namespace?: string };
    if (!t.name || !ctx.nadExists(t.namespace || ns, t.name)) {
      out.push({ type: 'TransferNetworkNotValid', reason: 'NotFound', category: 'Critical', message: 'Transfer network is not valid.' });
    }
  }

  if (vms.length === 0) {
    out.push({ type: 'VMNotFound', reason: 'NotFound', category: 'Critical', message: 'The plan has no VMs.' });
  }
  const inv = ctx.sourceInventory && ctx.source && hasCondition(ctx.source, 'Ready') ? ctx.sourceInventory : undefined;
  const mappedNetworks = new Set<string>();
  let podMapped = false;
  for (const pair of (networkMap?.spec?.map ?? []) as { source?: { id?: string; name?: string; namespace?: string; type?: string } }[]) {
    if (pair.source?.type === 'pod') podMapped = true;
    const found = inv?.findNetwork(pair.source ?? {});
    if (found) mappedNetworks.add(found.id);
    if (pair.source?.id) mappedNetworks.add(pair.source.id);
  }
  const mappedStorage = new Set<string>();
  for (const pair of (storageMap?.spec?.map ?? []) as { source?: { id?: string; name?: string } }[]) {
    const found = inv?.findStorage(pair.source ?? {});
    if (found) mappedStorage.add(found.id);
    if (pair.source?.id) mappedStorage.add(pair.source.id);
  }

  const notFound: string[] = [];
  const netUnmapped: string[] = [];
  const storageUnmapped: string[] = [];
  const critical: string[] = [];
  const badNames: string[] = [];
  const existing: string[] = [];
  const badHooks: string[] = [];
  const seenTargets = new Set<string>();
  for (const vm of vms) {
    const label = vm.name ?? vm.id ?? '?';
    for (const h of vm.hooks ?? []) {
      if (!h.hook?.name || !ctx.hookExists(h.hook.namespace || ns, h.hook.name) || (h.step !== 'PreHook' && h.step !== 'PostHook')) badHooks.push(label);
    }
    if (vm.targetName !== undefined && !DNS1123_LABEL.test(vm.targetName)) badNames.push(label);
    if (!inv) continue;
    const facts = inv.findVm(vm);
    if (!facts) {
      notFound.push(label);
      continue;
    }
    const target = targetNameOf(vm, facts);
    if (seenTargets.has(target)) badNames.push(label);
    seenTargets.add(target);
    if (!ctx.started && targetNamespace && ctx.targetVmExists(targetNamespace, target)) existing.push(label);
    if (facts.networkIds.some((id) => !mappedNetworks.has(id)) || (facts.usesPodNetwork && !podMapped)) netUnmapped.push(label);
    if (type !== 'conversion' && facts.storageIds.some((id) => !mappedStorage.has(id))) storageUnmapped.push(label);
    if (facts.concerns.some((c) => c.category === 'Critical')) critical.push(label);
  }
  if (notFound.length) out.push({ type: 'VMNotFound', reason: 'NotFound', category: 'Critical', message: 'VM not found.', items: notFound });
  if (existing.length) out.push({ type: 'VMAlreadyExists', reason: 'AlreadyExists', category: 'Critical', message: 'Target VM already exists.', items: existing });
  if (netUnmapped.length) out.push({ type: 'VMNetworksNotMapped', reason: 'NotMapped', category: 'Critical', message: 'VM has unmapped networks.', items: netUnmapped });
  if (storageUnmapped.length) out.push({ type: 'VMStorageNotMapped', reason: 'NotMapped', category: 'Critical', message: 'VM has unmapped storage.', items: storageUnmapped });
  if (critical.length) out.push({ type: 'VMCriticalConcerns', reason: 'Concerns', category: 'Warn', message: 'Critical concerns were detected on the VM.', items: critical });
  if (badNames.length) out.push({ type: 'TargetNameNotValid', reason: 'NotValid', category: 'Critical', message: 'Target VM name is not a valid DNS-1123 label or is not unique.', items: badNames });
  if (badHooks.length) out.push({ type: 'HookNotValid', reason: 'NotFound', category: 'Critical', message: 'Hook not found or not valid.', items: badHooks });
  // Merge the "no VMs" and "VM not found" conditions if both happened.
  return out.filter((c, i) => out.findIndex((o) => o.type === c.type) === i);
}
