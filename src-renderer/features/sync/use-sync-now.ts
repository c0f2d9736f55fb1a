import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { type BridgeError, useBridge } from '../../app/bridge';

/** Asks the replication loop to push and pull now; its progress arrives as `sync.state` events. */
export function useSyncNow(): UseMutationResult<unknown, BridgeError, void> {
  const bridge = useBridge();
  return useMutation<unknown, BridgeError, void>({
    mutationFn: () => bridge.invoke('sync.now', {}),
  });
}
