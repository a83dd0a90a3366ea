import * as React from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { ForkliftControllerModel, PodModel, gvkOf } from '../k8s/models';
import type { Pod, V1beta1ForkliftController } from './forkliftHealth';

export interface ForkliftInstallation {
  controller: V1beta1ForkliftController | undefined;
  namespace: string | undefined;
  pods: Pod[];
  loaded: boolean;
  error: unknown;
}

/**
 * Forklift's pods: labelled `app: forklift` by the operator, or named `forklift-*` (the operator's own).
 * Not Job pods: migration hooks run as Jobs in the plan's namespace, which may be this one, and a plan
 * named `forklift-…` would otherwise count its failed hook pods as a degraded Forklift.
 */
export const isForkliftPod = (p: Pod) => !p.metadata?.labels?.['job-name'] && (p.metadata?.labels?.app === 'forklift' || (p.metadata?.name ?? '').startsWith('forklift-'));

/**
 * The ForkliftController (wherever the operator runs: the first one found in
 * any namespace) and the Forklift pods next to it, both watched.
 */
export function useForkliftInstallation(): ForkliftInstallation {
  const [controllers, controllersLoaded, controllersError] = useK8sWatchResource<V1beta1ForkliftController[]>({
    groupVersionKind: gvkOf(ForkliftControllerModel),
    isList: true,
  });
  const controller = controllers?.[0];
  const namespace = controller?.metadata?.namespace;
  const [pods, podsLoaded, podsError] = useK8sWatchResource<Pod[]>(namespace ? { groupVersionKind: gvkOf(PodModel), namespace, isList: true } : null);
  const forkliftPods = React.useMemo(
    () => (pods ?? []).filter(isForkliftPod).sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '')),
    [pods],
  );
  return {
    controller,
    namespace,
    pods: forkliftPods,
    loaded: controllersLoaded && (!namespace || podsLoaded),
    error: controllersError || podsError,
  };
}
