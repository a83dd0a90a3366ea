import * as React from 'react';
import { useQuery } from '@tanstack/react-query';
import type { V1beta1Provider } from '../k8s/types';
import { fetchInventory, type InventoryProviders } from './api';
import { readyProvidersKey } from './readyProvidersKey';

/**
 * The inventory's view of every provider (with counts), refreshed while the
 * page is open: the inventory fills in as providers become Ready. Given the
 * watched providers, it also refetches as soon as one turns Ready, rather
 * than waiting for the next interval.
 */
export const useInventoryProviders = (refetchIntervalMs = 10_000, providers?: readonly V1beta1Provider[]) => {
  const query = useQuery({
    queryKey: ['inventory', 'providers', 1],
    queryFn: () => fetchInventory<InventoryProviders>('providers?detail=1'),
    refetchInterval: refetchIntervalMs,
  });
  const readyKey = readyProvidersKey(providers);
  const { refetch } = query;
  const previous = React.useRef(readyKey);
  React.useEffect(() => {
    if (previous.current === readyKey) return;
    previous.current = readyKey;
    void refetch();
  }, [readyKey, refetch]);
  return query;
};
