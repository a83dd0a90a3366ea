/**
 * Pure builders for changes to a Plan: archive, duplicate, and the edits a
 * plan accepts before it starts (per-VM settings, the VM list, the maps).
 * Edits carry the resourceVersion they were made against, so a plan changed
 * meanwhile is refused with 409 Conflict instead of being overwritten.
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import * as z from 'zod/mini';
import '../../utils/zodEnglish';
import type { ObjectRef, PlanVm, V1beta1Plan } from '../../k8s/types';

export const archivePatch = (plan: V1beta1Plan, archived: boolean): Patch[] => [
  { op: plan.spec && 'archived' in plan.spec ? 'replace' : 'add', path: '/spec/archived', value: archived },
];

/**
 * A copy of a plan under a new name: the same spec (VMs, maps, settings), no
 * status, no identity, not archived, never started.
 */
export const duplicatePlan = (plan: V1beta1Plan, name: string): V1beta1Plan => {
  const { archived: _archived, ...spec } = structuredClone(plan.spec ?? {});
  const labels = { ...(plan.metadata?.labels ?? {}) };
  return {
    apiVersion: plan.apiVersion ?? 'forklift.konveyor.io/v1beta1',
    kind: 'Plan',
    metadata: {
      name,
      namespace: plan.metadata?.namespace,
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(plan.metadata?.annotations ? { annotations: { ...plan.metadata.annotations } } : {}),
    },
    spec,
  };
};

/** A name for the copy that is free among `taken`: `<name>-copy`, `<name>-copy-2`, ... (≤ 63 characters). */
export const suggestCopyName = (name: string, taken: ReadonlySet<string>): string => {
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '-copy' : `-copy-${i}`;
    const candidate = `${name.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
};

/** Prefixes ops with the resourceVersion they assume: the API server answers 409 when it moved. */
export const guarded = (plan: V1beta1Plan, ops: Patch[]): Patch[] =>
  plan.metadata?.resourceVersion ? [{ op: 'replace', path: '/metadata/resourceVersion', value: plan.metadata.resourceVersion }, ...ops] : ops;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why a string is not a DNS-1123 label (a Kubernetes object name in a VM's target), or undefined. */
export const dnsLabelProblem = (value: string): 'tooLong' | 'invalid' | undefined => {
  if (value.length > 63) return 'tooLong';
  return DNS_LABEL.test(value) ? undefined : 'invalid';
};

/** The variables a PVC name template may use (Forklift renders it with Go templates). */
export const PVC_TEMPLATE_VARIABLES = ['.VmName', '.PlanName', '.DiskIndex', '.RootDiskIndex', '.Shared', '.FileName', '.WinDriveLetter'] as const;

/** A light check of a Go template: balanced actions and only known variables. */
export const pvcTemplateProblem = (template: string): string | undefined => {
  const opens = template.split('{{').length - 1;
  const closes = template.split('}}').length - 1;
  if (opens !== closes) return 'unbalanced';
  for (const m of template.matchAll(/{{-?\s*([^}]*?)\s*-?}}/g)) {
    for (const v of m[1].match(/\.[A-Za-z]+/g) ?? []) if (!(PVC_TEMPLATE_VARIABLES as readonly string[]).includes(v)) return `unknown:${v}`;
  }
  return undefined;
};

export const vmCustomisationSchema = z.object({
  targetName: z.string().check(
    z.trim(),
    z.refine((v) => v === '' || !dnsLabelProblem(v), { message: 'dns' }),
  ),
  targetPowerState: z.enum(['', 'on', 'off', 'auto']),
  pvcNameTemplate: z.string().check(
    z.trim(),
    z.refine((v) => v === '' || !pvcTemplateProblem(v), { message: 'template' }),
  ),
  preHook: z.string(),
  postHook: z.string(),
});
export type VmCustomisation = z.infer<typeof vmCustomisationSchema>;

/** The form values for a VM of the plan (empty string = inherit the plan's setting). */
export const vmCustomisationOf = (vm: PlanVm): VmCustomisation => ({
  targetName: vm.targetName ?? '',
  targetPowerState: vm.targetPowerState ?? '',
  pvcNameTemplate: vm.pvcNameTemplate ?? '',
  preHook: vm.hooks?.find((h) => h.step === 'PreHook')?.hook.name ?? '',
  postHook: vm.hooks?.find((h) => h.step === 'PostHook')?.hook.name ?? '',
});

/** The VM entry with the customisation applied (fields left empty are removed, so the plan default applies). */
export const applyVmCustomisation = (vm: PlanVm, values: VmCustomisation, hookNamespace?: string): PlanVm => {
  const next: PlanVm = { ...vm };
  const set = <K extends 'targetName' | 'pvcNameTemplate'>(key: K, value: string) => {
    if (value.trim()) next[key] = value.trim();
    else delete next[key];
  };
  set('targetName', values.targetName);
  set('pvcNameTemplate', values.pvcNameTemplate);
  if (values.targetPowerState) next.targetPowerState = values.targetPowerState;
  else delete next.targetPowerState;
  const ref = (name: string): ObjectRef => ({ name, ...(hookNamespace ? { namespace: hookNamespace } : {}) });
  const hooks = [
    ...(values.preHook ? [{ step: 'PreHook' as const, hook: ref(values.preHook) }] : []),
    ...(values.postHook ? [{ step: 'PostHook' as const, hook: ref(values.postHook) }] : []),
  ];
  if (hooks.length) next.hooks = hooks;
  else delete next.hooks;
  return next;
};

/** Replaces one VM entry, found by id (or name), in the plan's spec. */
export const replaceVmOps = (plan: V1beta1Plan, vm: PlanVm, replacement: PlanVm): Patch[] => {
  const index = (plan.spec?.vms ?? []).findIndex((v) => (vm.id ? v.id === vm.id : v.name === vm.name));
  if (index < 0) throw new Error(`VM ${vm.name ?? vm.id} is not in plan ${plan.metadata?.name}`);
  return [{ op: 'replace', path: `/spec/vms/${index}`, value: replacement }];
};

/** Removes VMs (by id, or name) from the plan's list; highest index first so indexes stay valid. */
export const removeVmsOps = (plan: V1beta1Plan, remove: readonly PlanVm[]): Patch[] =>
  (plan.spec?.vms ?? [])
    .map((v, index) => ({ v, index }))
    .filter(({ v }) => remove.some((r) => (r.id ? r.id === v.id : r.name === v.name)))
    .map(({ index }) => index)
    .sort((a, b) => b - a)
    .map((index) => ({ op: 'remove', path: `/spec/vms/${index}` }));

/**
 * Adds VMs at the end of the plan's list; VMs it already holds (same id, or
 * same name for a plan that names its VMs) are left out, so adding twice, or
 * re-applying on a fresh plan after a 409, never duplicates a VM.
 */
export const addVmsOps = (plan: V1beta1Plan, add: readonly { id: string; name?: string }[]): Patch[] => {
  const current = plan.spec?.vms ?? [];
  const held = new Set(current.flatMap((v) => [v.id, v.name].filter((k): k is string => !!k)));
  const fresh: PlanVm[] = [];
  for (const vm of add) {
    if (held.has(vm.id) || (vm.name && current.some((v) => !v.id && v.name === vm.name))) continue;
    held.add(vm.id);
    fresh.push(vm.name ? { id: vm.id, name: vm.name } : { id: vm.id });
  }
  if (fresh.length === 0) return [];
  if (!Array.isArray(plan.spec?.vms)) return [{ op: 'add', path: '/spec/vms', value: fresh }];
  return fresh.map((vm) => ({ op: 'add', path: '/spec/vms/-', value: vm }));
};

/** Points the plan at other maps. */
export const mapsOps = (plan: V1beta1Plan, maps: { network?: ObjectRef; storage?: ObjectRef }): Patch[] => {
  const ops: Patch[] = [];
  for (const kind of ['network', 'storage'] as const) {
    const ref = maps[kind];
    if (!ref) continue;
    ops.push({ op: plan.spec?.map?.[kind] ? 'replace' : 'add', path: `/spec/map/${kind}`, value: { name: ref.name, namespace: ref.namespace ?? plan.metadata?.namespace } });
  }
  return ops;
};
