import { type Query, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { stationStatusQueryKey } from '../features/station';
import { useBridge } from './bridge';

/**
 * Keeps every read of the station database fresh: on `db.changed` for a collection, the queries
 * reading it are invalidated — those whose key starts with the collection's name (`['orders', …]`
 * or `['orders.list', …]`) or that show it under another name (below) — and the station status,
 * which shows the database's size. Main already coalesces the event per collection, so a pull of
 * 10,000 orders refetches a few times.
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

/**
 * Reads that show a collection without being named after it: the order views carry the pending
 * commands ("pending sync", the optimistic overlay), and the "needs attention" list is made of
 * command results minus the dismissed ones.
 */
const alsoShownBy: Readonly<Record<string, readonly string[]>> = {
  commands: ['orders', 'attention'],
  commandResults: ['orders', 'attention'],
  dismissedRejections: ['attention'],
};

function isReadOf(keyHead: unknown, collection: string): boolean {
  if (typeof keyHead !== 'string') return false;
  return [collection, ...(alsoShownBy[collection] ?? [])].some(
    (name) => keyHead === name || keyHead.startsWith(`${name}.`),
  );
}
