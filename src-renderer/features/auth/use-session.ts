import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { Session } from '../../../src-shared/features/auth';
import { useBridge } from '../../app/bridge';
import { sessionQueryKey } from './session-query';

/** Who is signed in at this station, or null. Changed only by sign-in and sign-out. */
export function useSession(): UseQueryResult<Session | null> {
  const bridge = useBridge();
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: () => bridge.invoke('auth.session', {}),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
