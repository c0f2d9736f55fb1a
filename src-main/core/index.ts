// The station core's public face, for the Electron shell and the station host. Nothing here imports
// electron; both shells build the core with createStationCore and mount its one dispatcher.
export { type CallerContext } from './bridge';
export { type Clock, createSystemClock } from './clock';
export {
  createSimulatedPrinter,
  createSimulatedScanner,
  type PrinterPort,
  type ScannerPort,
  type SimulatedPrinter,
  type SimulatedScanner,
} from './devices';
export {
  type CreatedUser,
  type EmbeddedHub,
  type EmbeddedHubOptions,
  startEmbeddedHub,
} from './embedded-hub';
export { type StationDatabase, type StationRepos } from './db';
export { type HubTransport } from './hub-link';
export { createLogger, type LogFile, type Logger, type LoggerOptions, openLogFile } from './logging';
export {
  createStationCore,
  loadStationIdentity,
  type StationCore,
  type StationCoreConfig,
  type StationEvent,
  type StationIdentity,
} from './station';
