import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BenchSignInResult, Session } from '../../../src-shared/features/auth';
import { type BridgeError, useBridge } from '../../app/bridge';
import { sessionQueryKey } from './session-query';

/** Locks the bench (idle, or "switch user"): the session stays, the lock screen shows. */
export function useLock(): UseMutationResult<Session, BridgeError, void> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<Session, BridgeError, void>({
    mutationFn: () => bridge.invoke('auth.lock', {}),
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}

/** Opens the locked bench with the signed-in person's PIN. */
export function useUnlock(): UseMutationResult<BenchSignInResult, BridgeError, { pin: string }> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<BenchSignInResult, BridgeError, { pin: string }>({
    mutationFn: (input) => bridge.invoke('auth.unlock', input),
    onSuccess: (result) => {
      if (result.status === 'signedIn') queryClient.setQueryData(sessionQueryKey, result.session);
    },
  });
}
