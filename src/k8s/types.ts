/**
 * Typed views of the Forklift resources, limited to the fields the console
 * reads. Field names follow forklift.konveyor.io/v1beta1 exactly.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

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

export interface PipelineStep {
  name: string;
  description?: string;
  phase?: 'Pending' | 'Running' | 'Completed' | string;
  progress?: { completed: number; total: number };
  error?: { phase?: string; reasons?: string[] };
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
}

export interface V1beta1Plan extends K8sResourceCommon {
  spec?: {
    type?: 'cold' | 'warm' | 'live' | 'conversion';
    warm?: boolean;
    archived?: boolean;
    description?: string;
    targetNamespace?: string;
    provider?: { source?: ObjectRef; destination?: ObjectRef };
    vms?: { id?: string; name?: string }[];
  };
  status?: {
    conditions?: Condition[];
    migration?: { started?: string; completed?: string; vms?: PlanVmStatus[] };
  };
}

/** NetworkMap and StorageMap share the fields a list shows. */
export interface V1beta1Map extends K8sResourceCommon {
  spec?: {
    provider?: { source?: ObjectRef; destination?: ObjectRef };
    map?: { source?: { id?: string; name?: string }; destination?: Record<string, unknown> }[];
  };
  status?: { conditions?: Condition[] };
}
