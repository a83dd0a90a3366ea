import * as React from 'react';
import { useK8sWatchResource, type K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery } from '@tanstack/react-query';
import { fetchInventory } from '../../inventory/api';
import { NetworkAttachmentDefinitionModel, StorageClassModel, gvkOf } from '../../k8s/models';
import type { V1beta1Provider } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import type { MappingKind, MappingTarget } from '../editor/types';
import { networkTargets, storageTargets, toTargetObject, type TargetObject } from './targetResources';

/** The host cluster is the one an OpenShift provider with an empty URL points at. */
export const isHostProvider = (p: V1beta1Provider | undefined): boolean => p?.spec?.type === 'openshift' && !p.spec.url;

/**
 * Targets for the editor. The host cluster's NADs and StorageClasses are
 * watched through the SDK (a NAD created meanwhile shows up); a remote
 * OpenShift target's come from its inventory.
 */
export function useTargetResources(provider: V1beta1Provider | undefined, kind: MappingKind) {
  const { t } = useForkliftTranslation();
  const local = !!provider && isHostProvider(provider);
  const model = kind === 'network' ? NetworkAttachmentDefinitionModel : StorageClassModel;
  const [watched, watchedLoaded, watchError] = useK8sWatchResource<K8sResourceCommon[]>(
    local ? { groupVersionKind: gvkOf(model), isList: true } : null,
  );
  const remote = useQuery({
    queryKey: ['inventory', 'mapping-targets', provider?.metadata?.uid, kind],
    queryFn: () =>
      fetchInventory<unknown>(`providers/openshift/${provider!.metadata!.uid}/${kind === 'network' ? 'networkattachmentdefinitions' : 'storageclasses'}?detail=4`),
    enabled: !!provider && !local && provider.spec?.type === 'openshift' && !!provider.metadata?.uid,
    refetchInterval: 30_000,
  });
  const objects: TargetObject[] = React.useMemo(() => {
    if (local) return (watched ?? []).map((o) => toTargetObject(o as unknown as Record<string, unknown>));
    return (Array.isArray(remote.data) ? remote.data : []).map((o) => toTargetObject(o as Record<string, unknown>));
  }, [local, watched, remote.data]);
  const targets: MappingTarget[] = React.useMemo(
    () => (kind === 'network' ? networkTargets(objects, { pod: t('Pod network'), ignored: t('Ignored') }) : storageTargets(objects)),
    [kind, objects, t],
  );
  return {
    targets,
    loaded: local ? watchedLoaded : remote.isSuccess,
    error: (local ? watchError : remote.error) as unknown,
  };
}
