import { type Query, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { stationStatusQueryKey } from '../features/station';
import { useBridge } from './bridge';

/**
 * Keeps every read of the station database fresh: on `db.changed` for a collection, the queries
 * reading it are invalidated — those whose key starts with the collection's name (`['orders', …]`
 * or `['orders.list', …]`) — and the station status, which shows the database's size. Main
 * already coalesces the event per collection, so a pull of 10,000 orders refetches a few times.
 */
export function useDbChanged(): void {
  const bridge = useBridge();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      bridge.subscribe('db.changed', ({ collection }) => {
        const readsChanged = (query: Query) =>
          isReadOf(query.queryKey[0], collection) || query.queryKey[0] === stationStatusQueryKey[0];
        // Several changed collections in a row: joining a running read keeps it to one.
        void queryClient.invalidateQueries({ predicate: readsChanged }, { cancelRefetch: false });
      }),
    [bridge, queryClient],
  );
}

function isReadOf(keyHead: unknown, collection: string): boolean {
  return typeof keyHead === 'string' && (keyHead === collection || keyHead.startsWith(`${collection}.`));
}
