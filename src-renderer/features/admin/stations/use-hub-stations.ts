import {
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { StationList, StationStatus as HubStation } from '../../../../src-shared/hub-api';
import { type BridgeError, useBridge } from '../../../app/bridge';

/** The react-query key of the hub's station directory. */
export const hubStationsQueryKey = ['stations.list'] as const;

/** The hub's station directory. A refusal is an answer to show, not a failure to retry. */
export function useHubStations(): UseQueryResult<StationList, BridgeError> {
  const bridge = useBridge();
  return useQuery<StationList, BridgeError>({
    queryKey: hubStationsQueryKey,
    queryFn: () => bridge.invoke('stations.list', {}),
    retry: false,
  });
}

/** Revokes a station; the directory shows the hub's answer at once. */
export function useRevokeStation(): UseMutationResult<HubStation, BridgeError, string> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<HubStation, BridgeError, string>({
    mutationFn: (stationId) => bridge.invoke('stations.revoke', { stationId }),
    onSuccess: (revoked) =>
      queryClient.setQueryData<StationList>(hubStationsQueryKey, (cached) =>
        cached === undefined
          ? cached
          : { stations: cached.stations.map((station) => (station.id === revoked.id ? revoked : station)) },
      ),
  });
}
