import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { IssueCommand } from '../../../src-shared/features/orders';
import { type BridgeError, useBridge } from '../../app/bridge';

/**
 * Issues one command through the station, which checks it against its own copy and queues it
 * for the hub. A local refusal rejects with a `conflict` BridgeError carrying the reason. On
 * success every order read is refreshed at once, not only when `db.changed` arrives, so the
 * person sees the change (marked "pending sync") in the same moment.
 */
export function useIssueCommand(): UseMutationResult<{ commandId: string }, BridgeError, IssueCommand> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<{ commandId: string }, BridgeError, IssueCommand>({
    mutationFn: (command) => bridge.invoke('commands.issue', command),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) =>
          typeof query.queryKey[0] === 'string' && query.queryKey[0].startsWith('orders.'),
      }),
  });
}
