export type { DeviceState, PrinterPort, ScannerPort } from './device-ports';
export { createDeviceRegistry, type DeviceRegistry, type DeviceRegistryOptions } from './device-registry';
export { createDeviceHandlers } from './devices.handlers';
export {
  createSimulatedPrinter,
  type SimulatedPrinter,
  type SimulatedPrinterOptions,
} from './simulated-printer.fake';
export {
  createSimulatedScanner,
  type SimulatedScanner,
  type SimulatedScannerOptions,
} from './simulated-scanner.fake';
