/**
 * Which plans and maps use a provider (as source or destination): shown on
 * the details page and named in the delete confirmation.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { ObjectRef, V1beta1Map, V1beta1Plan, V1beta1Provider } from '../k8s/types';

export interface ProviderReference {
  kind: 'Plan' | 'NetworkMap' | 'StorageMap';
  name: string;
  namespace: string;
  role: 'source' | 'destination';
}

const refersTo = (ref: ObjectRef | undefined, holder: K8sResourceCommon, provider: V1beta1Provider): boolean =>
  !!ref && ref.name === provider.metadata?.name && (ref.namespace ?? holder.metadata?.namespace) === provider.metadata?.namespace;

const collect = (kind: ProviderReference['kind'], items: readonly (V1beta1Plan | V1beta1Map)[] | undefined, provider: V1beta1Provider): ProviderReference[] =>
  (items ?? []).flatMap((item) => {
    const pair = item.spec?.provider;
    const roles: ProviderReference['role'][] = [];
    if (refersTo(pair?.source, item, provider)) roles.push('source');
    if (refersTo(pair?.destination, item, provider)) roles.push('destination');
    return roles.map((role) => ({ kind, name: item.metadata?.name ?? '', namespace: item.metadata?.namespace ?? '', role }));
  });

export const providerReferences = (
  provider: V1beta1Provider,
  plans: readonly V1beta1Plan[] | undefined,
  networkMaps: readonly V1beta1Map[] | undefined,
  storageMaps: readonly V1beta1Map[] | undefined,
): ProviderReference[] => [
  ...collect('Plan', plans, provider),
  ...collect('NetworkMap', networkMaps, provider),
  ...collect('StorageMap', storageMaps, provider),
];
