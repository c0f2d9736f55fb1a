import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { StationStatus } from '../../../src-shared/features/station';
import { useBridge } from '../../app/bridge';

/** The react-query key of the station's status. */
export const stationStatusQueryKey = ['station.status'] as const;

/**
 * The station's status, kept live: a `sync.status` event replaces the hub part of the cached
 * status at once (no round trip), and `db.changed` makes the next read fresh.
 */
export function useStationStatus(): UseQueryResult<StationStatus> {
  const bridge = useBridge();
  const queryClient = useQueryClient();

  useEffect(() => {
    const stopHub = bridge.subscribe('sync.status', (hub) => {
      queryClient.setQueryData<StationStatus>(stationStatusQueryKey, (cached) =>
        cached ? { ...cached, hub } : cached,
      );
    });
    const stopDb = bridge.subscribe('db.changed', () => {
      // Several mounted readers each subscribe; joining the running read keeps it to one.
      void queryClient.invalidateQueries({ queryKey: stationStatusQueryKey }, { cancelRefetch: false });
    });
    return () => {
      stopHub();
      stopDb();
    };
  }, [bridge, queryClient]);

  return useQuery({
    queryKey: stationStatusQueryKey,
    queryFn: () => bridge.invoke('station.status', {}),
  });
}
