export {
  type Device,
  deviceChannels,
  deviceEvents,
  deviceSchema,
  deviceStates,
  type ScanEvent,
  scanEventSchema,
} from './devices.contract';
