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
      retry: (failureCount, error) => failureCount < 2 && !isClientError(error),
      refetchOnWindowFocus: false,
    },
  },
});

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
