import * as React from 'react';
import { useQuery } from '@tanstack/react-query';
import type { V1beta1Provider } from '../../k8s/types';
import { useForkliftTranslation } from '../../utils/i18n';
import type { MappingKind } from '../editor/types';
import { fetchSources } from './fetchSources';

/**
 * The source provider's networks or storage with VM counts, for the mapping
 * editor. Needs the page's QueryClient (withQueryClient). Waits for a provider
 * with a uid and type; refetches every 30 s so new inventory shows up.
 */
export function useSourceResources(provider: V1beta1Provider | undefined, kind: MappingKind) {
  const { t } = useForkliftTranslation();
  const type = provider?.spec?.type;
  const uid = provider?.metadata?.uid;
  const query = useQuery({
    queryKey: ['inventory', 'mapping-sources', type, uid, kind],
    queryFn: () => fetchSources(type!, uid!, kind),
    enabled: !!type && !!uid,
    refetchInterval: 30_000,
  });
  const sources = React.useMemo(
    () => (query.data ?? []).map((s) => (s.type === 'pod' ? { ...s, label: t('Pod network') } : s)),
    [query.data, t],
  );
  return { sources, loaded: query.isSuccess, error: query.error, isFetching: query.isFetching };
}
