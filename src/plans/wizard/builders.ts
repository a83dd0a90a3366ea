/**
 * Pure builders from the wizard's values to the objects it writes, in the
 * order it writes them: the maps built in place, the hooks, then the plan
 * that references them. The YAML preview, the kubectl-mtv command and the
 * create itself all come from these, so they never disagree.
 */
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { FORKLIFT_GROUP, FORKLIFT_VERSION, HookModel, NetworkMapModel, PlanModel, StorageMapModel } from '../../k8s/models';
import type { HookStep, ObjectRef, PlanVm, V1beta1Hook, V1beta1Map, V1beta1Plan } from '../../k8s/types';
import { applyVmCustomisation, vmCustomisationOf } from '../actions/planBuilders';
import { placementSpec } from '../placement/placement';
import { needsStorageMap } from './migrationTypes';
import { vmHook } from './vmHooks';
import { objectNames, type WizardHook, type WizardMapPair, type WizardValues, type WizardVm } from './values';

const API_VERSION = `${FORKLIFT_GROUP}/${FORKLIFT_VERSION}`;

/** What a source id is called, for readable maps (`source: {id, name}`). */
export type SourceNames = Readonly<Record<string, string>>;

/** The wizard's label on every object it writes, so they can be found together. */
export const WIZARD_LABEL = 'forklift.konveyor.io/plan-wizard';

const providers = (v: WizardValues) => ({
  source: { name: v.sourceProvider, namespace: v.namespace },
  destination: { name: v.targetProvider, namespace: v.namespace },
});

const metadata = (name: string, v: WizardValues) => ({ name, namespace: v.namespace, labels: { [WIZARD_LABEL]: v.name } });

const sourceRef = (pair: WizardMapPair, names: SourceNames) => {
  // The pod network of an OpenShift source has no id in the inventory.
  if (pair.sourceId === 'pod') return { type: 'pod' };
  return { id: pair.sourceId, ...(names[pair.sourceId] ? { name: names[pair.sourceId] } : {}) };
};

const networkDestination = (targetId: string) => {
  if (targetId === 'pod') return { type: 'pod' };
  if (targetId === 'ignored') return { type: 'ignored' };
  const slash = targetId.indexOf('/');
  return { type: 'multus', namespace: targetId.slice(0, slash), name: targetId.slice(slash + 1) };
};

const completePairs = (pairs: readonly WizardMapPair[]) => pairs.filter((p) => p.sourceId && p.targetId);

export const toNetworkMap = (v: WizardValues, names: SourceNames = {}): V1beta1Map => ({
  apiVersion: API_VERSION,
  kind: 'NetworkMap',
  metadata: metadata(objectNames(v.name).networkMap, v),
  spec: {
    provider: providers(v),
    map: completePairs(v.networkMap.pairs).map((p) => ({ source: sourceRef(p, names), destination: networkDestination(p.targetId) })),
  },
});

export const toStorageMap = (v: WizardValues, names: SourceNames = {}): V1beta1Map => ({
  apiVersion: API_VERSION,
  kind: 'StorageMap',
  metadata: metadata(objectNames(v.name).storageMap, v),
  spec: {
    provider: providers(v),
    map: completePairs(v.storageMap.pairs).map((p) => ({
      source: sourceRef(p, names),
      destination: {
        storageClass: p.targetId,
        ...(p.volumeMode ? { volumeMode: p.volumeMode } : {}),
        ...(p.accessMode ? { accessMode: p.accessMode } : {}),
      },
      ...(p.offload
        ? {
            offloadPlugin: {
              vsphereXcopyConfig: {
                secretRef: p.offload.secret,
                storageVendorProduct: p.offload.vendor,
                ...(p.offload.migrationHosts?.length ? { dedicatedMigrationHosts: p.offload.migrationHosts } : {}),
              },
            },
          }
        : {}),
    })),
  },
});

/** UTF-8 text to base64 without btoa's Latin-1 limit (playbooks may hold any text). */
export const base64 = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};

export const toHook = (v: WizardValues, step: HookStep): V1beta1Hook => {
  const hook: WizardHook = step === 'PreHook' ? v.preHook : v.postHook;
  const names = objectNames(v.name);
  return {
    apiVersion: API_VERSION,
    kind: 'Hook',
    metadata: metadata(step === 'PreHook' ? names.preHook : names.postHook, v),
    spec: {
      image: hook.image.trim(),
      ...(hook.playbook.trim() ? { playbook: base64(hook.playbook) } : {}),
      ...(hook.serviceAccount.trim() ? { serviceAccount: hook.serviceAccount.trim() } : {}),
      ...(hook.deadline.trim() ? { deadline: Number(hook.deadline) } : {}),
    },
  };
};

/** The hooks the plan uses, in step order. */
export const enabledHookSteps = (v: WizardValues): HookStep[] =>
  [v.preHook.enabled ? ('PreHook' as const) : undefined, v.postHook.enabled ? ('PostHook' as const) : undefined].filter(
    (s): s is HookStep => !!s,
  );

const mapRef = (name: string, v: WizardValues): ObjectRef => ({ name, namespace: v.namespace });

/**
 * One entry of spec.vms: the VM's own settings and the hooks it runs (the
 * plan-wide ones unless it picked its own), through the same builder the
 * details page's VM settings dialog uses.
 */
export const toPlanVm = (vm: WizardVm, v: WizardValues): PlanVm =>
  applyVmCustomisation(
    { id: vm.id, name: vm.name },
    { ...vmCustomisationOf(vm), preHook: vmHook(v, vm, 'preHook'), postHook: vmHook(v, vm, 'postHook') },
    v.namespace,
  );

export const toPlan = (v: WizardValues): V1beta1Plan => {
  const names = objectNames(v.name);
  const vms: PlanVm[] = v.vms.map((vm) => toPlanVm(vm, v));
  const placement = placementSpec(v);
  const transfer = v.transferNetwork ? v.transferNetwork.split('/') : undefined;
  const storage = needsStorageMap(v.type);
  return {
    apiVersion: API_VERSION,
    kind: 'Plan',
    metadata: { name: v.name, namespace: v.namespace },
    spec: {
      ...(v.description.trim() ? { description: v.description.trim() } : {}),
      type: v.type,
      warm: v.type === 'warm',
      targetNamespace: v.targetNamespace,
      provider: providers(v),
      map: {
        network: mapRef(v.networkMap.mode === 'existing' ? v.networkMap.existing : names.networkMap, v),
        ...(storage ? { storage: mapRef(v.storageMap.mode === 'existing' ? v.storageMap.existing : names.storageMap, v) } : {}),
      },
      vms,
      ...(v.targetPowerState ? { targetPowerState: v.targetPowerState } : {}),
      ...(transfer ? { transferNetwork: { namespace: transfer[0], name: transfer[1] } } : {}),
      ...(v.preserveStaticIPs ? { preserveStaticIPs: true } : {}),
      ...(v.pvcNameTemplate.trim() ? { pvcNameTemplate: v.pvcNameTemplate.trim(), pvcNameTemplateUseGenerateName: v.pvcNameTemplateUseGenerateName } : {}),
      ...(v.volumeNameTemplate.trim() ? { volumeNameTemplate: v.volumeNameTemplate.trim() } : {}),
      ...(v.networkNameTemplate.trim() ? { networkNameTemplate: v.networkNameTemplate.trim() } : {}),
      migrateSharedDisks: v.migrateSharedDisks,
      ...placement,
      ...(v.deleteVmOnFailMigration ? { deleteVmOnFailMigration: true } : {}),
      ...(v.type === 'warm' && v.runPreflightInspection !== undefined ? { runPreflightInspection: v.runPreflightInspection } : {}),
      ...(v.useCompatibilityMode === false ? { useCompatibilityMode: false } : {}),
    },
  };
};

export interface PlannedObject {
  model: K8sModel;
  data: K8sResourceCommon;
}

/** Every object "Create" writes, in order: maps and hooks first, the plan (which references them) last. */
export const plannedObjects = (v: WizardValues, names: { network: SourceNames; storage: SourceNames }): PlannedObject[] => [
  ...(v.networkMap.mode === 'new' ? [{ model: NetworkMapModel, data: toNetworkMap(v, names.network) }] : []),
  ...(needsStorageMap(v.type) && v.storageMap.mode === 'new' ? [{ model: StorageMapModel, data: toStorageMap(v, names.storage) }] : []),
  ...enabledHookSteps(v).map((step) => ({ model: HookModel, data: toHook(v, step) })),
  { model: PlanModel, data: toPlan(v) },
];
