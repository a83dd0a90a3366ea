/**
 * Typed views of the Forklift resources, limited to the fields the console
 * reads. Field names follow forklift.konveyor.io/v1beta1 exactly.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { Affinity } from './affinity';

export type ProviderType = 'openshift' | 'vsphere' | 'ovirt' | 'openstack' | 'ova';

export const PROVIDER_TYPES: readonly ProviderType[] = ['vsphere', 'ovirt', 'openstack', 'openshift', 'ova'];

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  category?: 'Critical' | 'Error' | 'Warn' | 'Required' | 'Advisory' | string;
  message?: string;
  suggestion?: string;
  lastTransitionTime?: string;
  durable?: boolean;
  items?: string[];
}

export interface ObjectRef {
  name: string;
  namespace?: string;
  uid?: string;
}

export interface V1beta1Provider extends K8sResourceCommon {
  spec?: {
    type?: ProviderType;
    url?: string;
    secret?: ObjectRef;
    settings?: Record<string, string>;
  };
  status?: {
    phase?: 'Staging' | 'Ready' | 'ValidationFailed' | 'ConnectionFailed' | string;
    conditions?: Condition[];
    observedGeneration?: number;
  };
}

export interface PipelineTask {
  name: string;
  description?: string;
  phase?: 'Pending' | 'Running' | 'Completed' | string;
  reason?: string;
  started?: string;
  completed?: string;
  progress?: { completed: number; total: number };
  annotations?: Record<string, string>;
  error?: { phase?: string; reasons?: string[] };
  tasks?: PipelineTask[];
}

/** A pipeline step has the same shape as a task (steps hold one task per disk). */
export type PipelineStep = PipelineTask;

export interface WarmStatus {
  successes?: number;
  failures?: number;
  consecutiveFailures?: number;
  nextPrecopyAt?: string;
  precopies?: { start?: string; end?: string; snapshot?: string; deltas?: { disk?: string; deltaId?: string }[] }[];
}

export interface PlanVmStatus {
  id?: string;
  name?: string;
  phase?: string;
  started?: string;
  completed?: string;
  error?: { phase?: string; reasons?: string[] };
  conditions?: Condition[];
  pipeline?: PipelineStep[];
  warm?: WarmStatus;
}

export type PlanType = 'cold' | 'warm' | 'live' | 'conversion';
export type HookStep = 'PreHook' | 'PostHook';

/** One VM of Plan.spec.vms[]. */
export interface PlanVm {
  id?: string;
  name?: string;
  namespace?: string;
  hooks?: { step: HookStep; hook: ObjectRef }[];
  targetName?: string;
  rootDisk?: string;
  instanceType?: string;
  targetPowerState?: 'on' | 'off' | 'auto';
  pvcNameTemplate?: string;
  luks?: ObjectRef;
}

export interface V1beta1Plan extends K8sResourceCommon {
  spec?: {
    type?: PlanType;
    warm?: boolean;
    archived?: boolean;
    description?: string;
    targetNamespace?: string;
    provider?: { source?: ObjectRef; destination?: ObjectRef };
    map?: { network?: ObjectRef; storage?: ObjectRef };
    vms?: PlanVm[];
    transferNetwork?: ObjectRef;
    targetPowerState?: 'on' | 'off' | 'auto';
    preserveStaticIPs?: boolean;
    pvcNameTemplate?: string;
    volumeNameTemplate?: string;
    networkNameTemplate?: string;
    pvcNameTemplateUseGenerateName?: boolean;
    targetLabels?: Record<string, string>;
    targetNodeSelector?: Record<string, string>;
    targetAffinity?: Affinity;
    convertorLabels?: Record<string, string>;
    convertorNodeSelector?: Record<string, string>;
    convertorAffinity?: Affinity;
    migrateSharedDisks?: boolean;
    deleteVmOnFailMigration?: boolean;
    runPreflightInspection?: boolean;
    serviceAccount?: string;
    useCompatibilityMode?: boolean;
    skipGuestConversion?: boolean;
  };
  status?: {
    conditions?: Condition[];
    observedGeneration?: number;
    migration?: {
      started?: string;
      completed?: string;
      history?: { migration?: ObjectRef & { uid?: string }; conditions?: Condition[]; plan?: ObjectRef; provider?: unknown; map?: unknown }[];
      vms?: PlanVmStatus[];
    };
  };
}

export interface V1beta1Migration extends K8sResourceCommon {
  spec?: {
    plan?: ObjectRef;
    cancel?: { id?: string; name?: string }[];
    cutover?: string;
    vmCutover?: { id?: string; cutover?: string }[];
  };
  status?: {
    conditions?: Condition[];
    started?: string;
    completed?: string;
    vms?: PlanVmStatus[];
  };
}

export interface V1beta1Hook extends K8sResourceCommon {
  spec?: {
    image?: string;
    playbook?: string; // base64 of the Ansible playbook YAML
    serviceAccount?: string;
    deadline?: number; // seconds
  };
  status?: { conditions?: Condition[] };
}

/** NetworkMap and StorageMap share the fields a list shows. */
export interface V1beta1Map extends K8sResourceCommon {
  spec?: {
    provider?: { source?: ObjectRef; destination?: ObjectRef };
    map?: { source?: { id?: string; name?: string; namespace?: string; type?: string }; destination?: Record<string, unknown> }[];
  };
  status?: { conditions?: Condition[] };
}
