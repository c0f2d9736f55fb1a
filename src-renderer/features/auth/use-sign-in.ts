import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Credentials, Session } from '../../../src-shared/features/auth';
import { type BridgeError, useBridge } from '../../app/bridge';
import { showSession } from './person-change';

/** Signs in through the station (which asks the hub); on success the session query holds the answer. */
export function useSignIn(): UseMutationResult<Session, BridgeError, Credentials> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<Session, BridgeError, Credentials>({
    mutationFn: (credentials) => bridge.invoke('auth.signIn', credentials),
    // From a locked bench this may be another person: their reads must not show the last one's.
    onSuccess: (session) => showSession(queryClient, session),
  });
}
