import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useStationLink } from './bridge';

/**
 * Events sent while the event stream was down are lost, so every read is refreshed when the link
 * to the station service comes back (not on the first connection: the reads are fresh then).
 */
export function useRefreshOnReconnect(): void {
  const link = useStationLink();
  const queryClient = useQueryClient();
  const hasConnected = useRef(false);

  useEffect(() => {
    if (link !== 'connected') return;
    if (hasConnected.current) void queryClient.invalidateQueries();
    hasConnected.current = true;
  }, [link, queryClient]);
}
