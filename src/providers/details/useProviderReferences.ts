import * as React from 'react';
import { useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import { NetworkMapModel, PlanModel, StorageMapModel, gvkOf } from '../../k8s/models';
import type { V1beta1Map, V1beta1Plan, V1beta1Provider } from '../../k8s/types';
import { providerReferences, type ProviderReference } from '../references';

/** Plans and maps (watched, every namespace: a plan elsewhere may name this provider) that use the provider. */
export const useProviderReferences = (provider: V1beta1Provider | undefined): { references: ProviderReference[]; loaded: boolean; error?: unknown } => {
  const watched = useK8sWatchResources<{ plans: V1beta1Plan[]; networkMaps: V1beta1Map[]; storageMaps: V1beta1Map[] }>({
    plans: { groupVersionKind: gvkOf(PlanModel), isList: true },
    networkMaps: { groupVersionKind: gvkOf(NetworkMapModel), isList: true },
    storageMaps: { groupVersionKind: gvkOf(StorageMapModel), isList: true },
  });
  const references = React.useMemo(
    () => (provider ? providerReferences(provider, watched.plans.data, watched.networkMaps.data, watched.storageMaps.data) : []),
    [provider, watched.plans.data, watched.networkMaps.data, watched.storageMaps.data],
  );
  return {
    references,
    loaded: watched.plans.loaded && watched.networkMaps.loaded && watched.storageMaps.loaded,
    error: watched.plans.loadError || watched.networkMaps.loadError || watched.storageMaps.loadError,
  };
};
