import {
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { AttentionItem } from '../../../src-shared/features/sync';
import { type BridgeError, useBridge } from '../../app/bridge';
import { attentionQueryKey } from './attention-query';

/** Commands the hub refused that nobody has dismissed yet, newest first as main answers them. */
export function useAttentionList(): UseQueryResult<AttentionItem[]> {
  const bridge = useBridge();
  return useQuery({
    queryKey: attentionQueryKey,
    queryFn: () => bridge.invoke('attention.list', {}),
  });
}

/** Dismisses one rejected command; it leaves the list at once, then the list is read again. */
export function useDismissAttention(): UseMutationResult<unknown, BridgeError, string> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<unknown, BridgeError, string>({
    mutationFn: (commandId) => bridge.invoke('attention.dismiss', { commandId }),
    onSuccess: (_answer, commandId) => {
      queryClient.setQueryData<AttentionItem[]>(attentionQueryKey, (items) =>
        items?.filter((item) => item.commandId !== commandId),
      );
      return queryClient.invalidateQueries({ queryKey: attentionQueryKey });
    },
  });
}
