/**
 * Everything the wizard asks, as one plain object: what react-hook-form
 * holds, what the draft in localStorage stores, and what the builders turn
 * into Kubernetes objects. Plain JSON only (no Dates, no class instances).
 */
import type { PlanType } from '../../k8s/types';
import type { StorageOffload } from '../../mappings/editor/types';
import { EMPTY_PLACEMENT_TEXT } from '../placement/placement';

/** One source→target pair of a map built in the wizard (the mapping editor's shape). */
export interface WizardMapPair {
  sourceId: string;
  targetId: string;
  volumeMode?: 'Filesystem' | 'Block';
  accessMode?: 'ReadWriteOnce' | 'ReadWriteMany' | 'ReadOnlyMany';
  /** Storage copy offload, pasted in the pair syntax. */
  offload?: StorageOffload;
}

export interface WizardMapChoice {
  /** Build a new map from `pairs`, or reference the existing map named `existing`. */
  mode: 'new' | 'existing';
  existing: string;
  pairs: WizardMapPair[];
}

export interface WizardHook {
  enabled: boolean;
  image: string;
  /** The Ansible playbook as YAML text; written base64-encoded. */
  playbook: string;
  serviceAccount: string;
  /** Seconds; empty means Forklift's default. */
  deadline: string;
  /**
   * Run it for every VM of the plan (undefined, from drafts saved before this
   * existed, means yes); off, the hook is still written and only the VMs that
   * pick it in the review run it.
   */
  forEveryVm?: boolean;
}

/**
 * A VM's own hook choice for one step (WizardVm.preHook/postHook): absent means
 * the plan-wide hook of that step; these two values stand for "none" and for
 * the wizard's own hooks (whose names follow the plan name); anything else is
 * the name of a Hook already in the namespace. Both start with a character no
 * Kubernetes name can hold, so they never collide with a real Hook.
 */
export const NO_HOOK = '!none';
export const WIZARD_PRE_HOOK = '!wizard-pre-hook';
export const WIZARD_POST_HOOK = '!wizard-post-hook';

/**
 * A VM of the plan, with the per-VM settings chosen in the review (the
 * details page's VM settings dialog, same fields as Plan.spec.vms[]); absent
 * means the plan's setting applies.
 */
export interface WizardVm {
  id: string;
  name: string;
  targetName?: string;
  targetPowerState?: 'on' | 'off' | 'auto';
  pvcNameTemplate?: string;
  /** This VM's own hooks, overriding the plan-wide ones (see NO_HOOK). */
  preHook?: string;
  postHook?: string;
}

export interface WizardValues {
  name: string;
  namespace: string;
  description: string;
  sourceProvider: string;
  targetProvider: string;
  targetNamespace: string;
  /** The TSL query of the VM step (kept so a reload shows the same list). */
  vmQuery: string;
  vms: WizardVm[];
  networkMap: WizardMapChoice;
  storageMap: WizardMapChoice;
  type: PlanType;
  targetPowerState: '' | 'on' | 'off' | 'auto';
  /** `namespace/name` of a NetworkAttachmentDefinition, or empty for the pod network. */
  transferNetwork: string;
  preserveStaticIPs: boolean;
  pvcNameTemplate: string;
  pvcNameTemplateUseGenerateName: boolean;
  volumeNameTemplate: string;
  networkNameTemplate: string;
  migrateSharedDisks: boolean;
  /** `key=value` entries, one a line or comma separated. */
  targetLabels: string;
  targetNodeSelector: string;
  /** A KARL rule or the YAML of a core/v1 Affinity (../placement/affinityText.ts). */
  targetAffinity: string;
  /** Where the virt-v2v convertor pods run: `key=value` entries and an affinity, as above. */
  convertorLabels: string;
  convertorNodeSelector: string;
  convertorAffinity: string;
  deleteVmOnFailMigration: boolean;
  runPreflightInspection: boolean;
  useCompatibilityMode: boolean;
  preHook: WizardHook;
  postHook: WizardHook;
}

export const HOOK_IMAGE_DEFAULT = 'quay.io/kubev2v/hook-runner';

const emptyHook = (): WizardHook => ({ enabled: false, image: HOOK_IMAGE_DEFAULT, playbook: '', serviceAccount: '', deadline: '', forEveryVm: true });

export const defaultValues = (namespace: string): WizardValues => ({
  name: '',
  namespace,
  description: '',
  sourceProvider: '',
  targetProvider: '',
  targetNamespace: namespace,
  vmQuery: '',
  vms: [],
  networkMap: { mode: 'new', existing: '', pairs: [] },
  storageMap: { mode: 'new', existing: '', pairs: [] },
  type: 'cold',
  targetPowerState: '',
  transferNetwork: '',
  preserveStaticIPs: false,
  pvcNameTemplate: '',
  pvcNameTemplateUseGenerateName: true,
  volumeNameTemplate: '',
  networkNameTemplate: '',
  migrateSharedDisks: true,
  ...EMPTY_PLACEMENT_TEXT,
  deleteVmOnFailMigration: false,
  runPreflightInspection: true,
  useCompatibilityMode: true,
  preHook: emptyHook(),
  postHook: emptyHook(),
});

/** A stored draft over today's defaults: fields added since it was saved get their defaults. */
export const withDefaults = (namespace: string, stored: Partial<WizardValues> | undefined): WizardValues => {
  const base = defaultValues(namespace);
  if (!stored || typeof stored !== 'object') return base;
  return {
    ...base,
    ...stored,
    namespace,
    networkMap: { ...base.networkMap, ...(stored.networkMap ?? {}) },
    storageMap: { ...base.storageMap, ...(stored.storageMap ?? {}) },
    preHook: { ...base.preHook, ...(stored.preHook ?? {}) },
    postHook: { ...base.postHook, ...(stored.postHook ?? {}) },
    vms: Array.isArray(stored.vms) ? stored.vms : [],
  };
};

/** Names of the objects the wizard writes next to the plan. */
export const objectNames = (planName: string) => ({
  networkMap: `${planName}-network`,
  storageMap: `${planName}-storage`,
  preHook: `${planName}-pre-hook`,
  postHook: `${planName}-post-hook`,
});
