import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SyncState } from '../../../src-shared/features/sync';
import { useBridge } from '../../app/bridge';
import { attentionQueryKey } from './attention-query';

/** The react-query key of the replication loop's state. */
export const syncStateQueryKey = ['sync.state'] as const;

/**
 * The replication loop's state, kept live: each `sync.state` event replaces the cached state
 * (no round trip). When the number of rejected commands changes, the "needs attention" list is
 * read again, because the event carries only the count.
 */
export function useSyncState(): UseQueryResult<SyncState> {
  const bridge = useBridge();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      bridge.subscribe('sync.state', (state) => {
        const previous = queryClient.getQueryData<SyncState>(syncStateQueryKey);
        queryClient.setQueryData(syncStateQueryKey, state);
        // Several components hold this hook; only the first to see a new count re-reads the list.
        if (previous !== undefined && previous.needsAttention !== state.needsAttention) {
          void queryClient.invalidateQueries({ queryKey: attentionQueryKey }, { cancelRefetch: false });
        }
      }),
    [bridge, queryClient],
  );

  return useQuery({
    queryKey: syncStateQueryKey,
    queryFn: () => bridge.invoke('sync.state', {}),
  });
}
