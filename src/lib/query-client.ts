import { QueryClient } from '@tanstack/react-query';

/** Requests are a budget (rate-limited upstream): nothing refetches on focus or reconnect by itself. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
        staleTime: Infinity,
        gcTime: Infinity,
      },
    },
  });
}
