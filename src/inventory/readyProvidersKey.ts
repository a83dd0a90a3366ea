import type { V1beta1Provider } from '../k8s/types';

/** A key that changes when the set of Ready providers changes (uids, sorted). */
export const readyProvidersKey = (providers: readonly V1beta1Provider[] | undefined): string =>
  (providers ?? [])
    .filter((p) => p.status?.phase === 'Ready')
    .map((p) => p.metadata?.uid ?? '')
    .sort()
    .join(',');
