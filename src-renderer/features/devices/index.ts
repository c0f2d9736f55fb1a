export { keyboardScanSource, type UseScansOptions, useScans } from './use-scans';
export { devicesQueryKey, useDevices } from './use-devices';
export { deviceSettingsQueryKey, useDeviceSettings, useScannerProfile } from './use-device-settings';
export { type UseWedgeScannerOptions, useWedgeScanner } from './use-wedge-scanner';
