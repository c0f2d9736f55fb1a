import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { StationStatus } from '../../../src-shared/features/station';
import { useBridge } from '../../app/bridge';

/** The react-query key of the station's status. */
export const stationStatusQueryKey = ['station.status'] as const;

/**
 * The station's status, kept live: a `sync.status` event replaces the hub part of the cached
 * status at once (no round trip); `db.changed` refreshes it through the app's `useDbChanged`.
 */
export function useStationStatus(): UseQueryResult<StationStatus> {
  const bridge = useBridge();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      bridge.subscribe('sync.status', (hub) => {
        queryClient.setQueryData<StationStatus>(stationStatusQueryKey, (cached) =>
          cached ? { ...cached, hub } : cached,
        );
      }),
    [bridge, queryClient],
  );

  return useQuery({
    queryKey: stationStatusQueryKey,
    queryFn: () => bridge.invoke('station.status', {}),
  });
}
