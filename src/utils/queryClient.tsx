import * as React from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

/**
 * One QueryClient for the whole plugin, shared by every exposed page, so
 * cached inventory survives navigation between them.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // An inventory still being collected (206) is polled until it is ready.
      retry: (failureCount, error) => isCollecting(error) || (failureCount < 2 && !isClientError(error)),
      retryDelay: (failureCount, error) => (isCollecting(error) ? COLLECTING_POLL_MS : Math.min(1000 * 2 ** failureCount, 30_000)),
      refetchOnWindowFocus: false,
    },
  },
});

/** How often an inventory that answered 206 (still collecting) is asked again. */
export const COLLECTING_POLL_MS = 2000;

/** Named, not imported, so this module does not depend on the inventory code (InventoryCollectingError). */
const isCollecting = (error: unknown): boolean => (error as { name?: string } | null)?.name === 'InventoryCollectingError';

const isClientError = (error: unknown): boolean => {
  const code = (error as { code?: number; response?: { status?: number } })?.code ??
    (error as { response?: { status?: number } })?.response?.status;
  return typeof code === 'number' && code >= 400 && code < 500;
};

/** Wraps an exposed page so it can use TanStack Query hooks. */
export function withQueryClient<P extends object>(Component: React.ComponentType<P>): React.FC<P> {
  const Wrapped: React.FC<P> = (props) => (
    <QueryClientProvider client={queryClient}>
      <Component {...props} />
    </QueryClientProvider>
  );
  Wrapped.displayName = `withQueryClient(${Component.displayName ?? Component.name ?? 'Component'})`;
  return Wrapped;
}
