import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../../../src-shared/features/auth';
import { sessionQueryKey } from './session-query';

/** Reads that outlive a change of person: who is signed in, and the station's public state. */
const keptQueries = new Set<unknown>([sessionQueryKey[0], 'station.status', 'auth.signInOptions']);

/**
 * Makes `session` the signed-in session. When it is another person than before (a badge at a
 * locked bench, a sign-out), every cached read of the one leaving is dropped first.
 */
export function showSession(queryClient: QueryClient, session: Session | null): void {
  const before = queryClient.getQueryData<Session | null>(sessionQueryKey);
  if (before?.user.id !== session?.user.id) {
    queryClient.removeQueries({ predicate: (query) => !keptQueries.has(query.queryKey[0]) });
  }
  queryClient.setQueryData(sessionQueryKey, session);
}
