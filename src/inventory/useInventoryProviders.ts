import { useQuery } from '@tanstack/react-query';
import { fetchInventory, type InventoryProviders } from './api';

/**
 * The inventory's view of every provider (with counts), refreshed while the
 * page is open: the inventory fills in as providers become Ready.
 */
export const useInventoryProviders = (refetchIntervalMs = 10_000) =>
  useQuery({
    queryKey: ['inventory', 'providers', 1],
    queryFn: () => fetchInventory<InventoryProviders>('providers?detail=1'),
    refetchInterval: refetchIntervalMs,
  });
