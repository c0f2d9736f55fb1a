import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Device } from '../../../src-shared/features/devices';
import { useBridge } from '../../app/bridge';

/** The react-query key of the device list. */
export const devicesQueryKey = ['devices.list'] as const;

/** The scanners and printers main knows; a `printer.status` event updates one device's state in place. */
export function useDevices(): UseQueryResult<Device[]> {
  const bridge = useBridge();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      bridge.subscribe('printer.status', ({ deviceId, state }) => {
        queryClient.setQueryData<Device[]>(devicesQueryKey, (cached) =>
          cached?.map((device) => (device.id === deviceId ? { ...device, state } : device)),
        );
      }),
    [bridge, queryClient],
  );

  return useQuery({
    queryKey: devicesQueryKey,
    queryFn: () => bridge.invoke('devices.list', {}),
  });
}
