export {
  type Device,
  deviceChannels,
  deviceEvents,
  deviceSchema,
  deviceStates,
  type ScanEvent,
  scanEventSchema,
} from './devices.contract';
export {
  bluetoothWedgeProfile,
  groupSeparator,
  type ScannerProfile,
  scannerProfileSchema,
  scannerProfiles,
  usbWedgeProfile,
  wedgeTerminators,
} from './scanner-profiles';
export {
  createWedgeDetector,
  type WedgeDetector,
  type WedgeKey,
  type WedgeScan,
  type WedgeStep,
  type WedgeVerdict,
} from './wedge-detector';
