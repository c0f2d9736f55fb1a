import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import {
  type DeviceSettingsView,
  type ScannerProfile,
  usbWedgeProfile,
} from '../../../src-shared/features/devices';
import { useBridge } from '../../app/bridge';

/** The react-query key of the station's device settings. */
export const deviceSettingsQueryKey = ['devices.settings'] as const;

/** The station's device settings (printers, assignments, scanner timing) and where they came from. */
export function useDeviceSettings(): UseQueryResult<DeviceSettingsView> {
  const bridge = useBridge();
  return useQuery({
    queryKey: deviceSettingsQueryKey,
    queryFn: () => bridge.invoke('devices.settings', {}),
  });
}

/**
 * The keyboard-wedge timing profile this station's admin chose, for `useScans({ profile })`.
 * The fast USB profile until the settings are read (or when they cannot be). The same object as
 * long as the settings do not change, so detection is not restarted by a re-render.
 */
export function useScannerProfile(): ScannerProfile {
  return useDeviceSettings().data?.scannerProfile ?? usbWedgeProfile;
}
