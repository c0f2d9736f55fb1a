import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BadgeSignIn, BenchSignInResult } from '../../../src-shared/features/auth';
import { type BridgeError, useBridge } from '../../app/bridge';
import { showSession } from './person-change';

/**
 * Badge + PIN, checked by the station alone. A refusal is an answer (`status: 'refused'`), not an
 * error; on success the session query holds the new person.
 */
export function useBadgeSignIn(): UseMutationResult<BenchSignInResult, BridgeError, BadgeSignIn> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<BenchSignInResult, BridgeError, BadgeSignIn>({
    mutationFn: (input) => bridge.invoke('auth.badgeSignIn', input),
    onSuccess: (result) => {
      if (result.status === 'signedIn') showSession(queryClient, result.session);
    },
  });
}
