import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { SignInOptions } from '../../../src-shared/features/auth';
import { type BridgeError, useBridge } from '../../app/bridge';

/** The react-query key of the sign-in options. */
export const signInOptionsQueryKey = ['auth.signInOptions'] as const;

/**
 * How the sign-in screen starts and when the bench locks itself. Read again now and then: the
 * station learns its first badges from the hub after the first sign-in.
 */
export function useSignInOptions(): UseQueryResult<SignInOptions, BridgeError> {
  const bridge = useBridge();
  return useQuery<SignInOptions, BridgeError>({
    queryKey: signInOptionsQueryKey,
    queryFn: () => bridge.invoke('auth.signInOptions', {}),
    staleTime: 30_000,
    retry: false,
  });
}
