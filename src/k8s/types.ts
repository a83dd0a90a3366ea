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
