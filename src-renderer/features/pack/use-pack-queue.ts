import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PackQueue } from '../../../src-shared/features/pack';
import { useBridge } from '../../app/bridge';

/** The react-query key of the bench's queue. */
export const packQueueKey = ['pack.queue'] as const;

// What moves the queue: orders packed or pulled, commands made here, labels printed, new pick lists.
const queueChangedBy = new Set(['orders', 'commands', 'commandResults', 'printJobs', 'pickLists']);

/**
 * The bench's queue (pick lists, unlabelled parcels, hold-list age), re-read when the station's
 * data changes. Only while `isLive`: reading it walks every order still to pack, which a bench
 * with an order open must not pay for on each scan.
 */
export function usePackQueue(isLive: boolean): UseQueryResult<PackQueue> {
  const bridge = useBridge();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!isLive) return undefined;
    return bridge.subscribe('db.changed', ({ collection }) => {
      if (!queueChangedBy.has(collection)) return;
      // A read already running answers for this change too.
      void queryClient.invalidateQueries({ queryKey: packQueueKey }, { cancelRefetch: false });
    });
  }, [bridge, queryClient, isLive]);

  return useQuery({
    queryKey: packQueueKey,
    queryFn: () => bridge.invoke('pack.queue', {}),
    enabled: isLive,
  });
}
