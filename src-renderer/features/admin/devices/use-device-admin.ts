import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BridgeInput, BridgeOutput } from '../../../../src-shared/bridge';
import type { DeviceSettingsView } from '../../../../src-shared/features/devices';
import { type BridgeError, useBridge } from '../../../app/bridge';
import { deviceSettingsQueryKey } from '../../devices';
import { printersQueryKey } from './use-printers';

type SettingsChannel = 'devices.savePrinter' | 'devices.removePrinter' | 'devices.assign';

/**
 * A change of the device settings. Main answers the new settings: they replace the cached ones at
 * once (the pack screen's scanner profile included), and the printer list is read again.
 */
export function useSettingsChange<N extends SettingsChannel>(
  channel: N,
): UseMutationResult<DeviceSettingsView, BridgeError, BridgeInput<N>> {
  const bridge = useBridge();
  const queryClient = useQueryClient();
  return useMutation<DeviceSettingsView, BridgeError, BridgeInput<N>>({
    mutationFn: (input) => bridge.invoke(channel, input),
    onSuccess: (view) => {
      queryClient.setQueryData(deviceSettingsQueryKey, view);
      return queryClient.invalidateQueries({ queryKey: printersQueryKey });
    },
  });
}

/** Queues a test label; answers its job id. */
export function useTestPrint(): UseMutationResult<{ jobId: string }, BridgeError, string> {
  const bridge = useBridge();
  return useMutation<{ jobId: string }, BridgeError, string>({
    mutationFn: (printerId) => bridge.invoke('devices.testPrint', { printerId }),
  });
}

/** Looks for printers on this computer and the network asked for. */
export function useDiscoverPrinters(): UseMutationResult<
  BridgeOutput<'devices.discoverPrinters'>,
  BridgeError,
  BridgeInput<'devices.discoverPrinters'>
> {
  const bridge = useBridge();
  return useMutation<
    BridgeOutput<'devices.discoverPrinters'>,
    BridgeError,
    BridgeInput<'devices.discoverPrinters'>
  >({
    mutationFn: (input) => bridge.invoke('devices.discoverPrinters', input),
  });
}
