import { QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../features/auth';
import { isBridgeError } from './bridge';

/**
 * The page's query cache. Reads are fed by events, so they are not refetched on a timer; a read
 * answered `unauthorized` means the station forgot the session (expired, restarted), which sends
 * the person back to sign-in instead of showing broken screens.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        if (
          isBridgeError(error) &&
          error.code === 'unauthorized' &&
          query.queryKey[0] !== sessionQueryKey[0]
        ) {
          queryClient.setQueryData(sessionQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        // Only "not answering" is worth retrying; a validation or permission error will not change.
        retry: (failureCount, error) =>
          isBridgeError(error) && error.code === 'unavailable' && failureCount < 2,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
