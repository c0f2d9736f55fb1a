import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { type BridgeError, useBridge } from '../../app/bridge';
import { sessionQueryKey } from './session-query';

/**
 * Signs out. Every cached read except the public station status belongs to the person leaving, so
 * it is dropped before the next person signs in at the same desk.
 */
export function useSignOut(): UseMutationResult<unknown, BridgeError, void> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<unknown, BridgeError, void>({
    mutationFn: () => bridge.invoke('auth.signOut', {}),
    onSuccess: () => {
      queryClient.setQueryData(sessionQueryKey, null);
      const kept = new Set<unknown>([sessionQueryKey[0], 'station.status']);
      queryClient.removeQueries({ predicate: (query) => !kept.has(query.queryKey[0]) });
    },
  });
}
