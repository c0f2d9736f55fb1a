export { keyboardScanSource, type UseScansOptions, useScans } from './use-scans';
export { devicesQueryKey, useDevices } from './use-devices';
export { type UseWedgeScannerOptions, useWedgeScanner } from './use-wedge-scanner';
