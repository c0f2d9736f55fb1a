export type { DeviceState, PrinterPort, ScannerPort } from './device-ports';
export { createDeviceRegistry, type DeviceRegistry, type DeviceRegistryOptions } from './device-registry';
export {
  damagedDeviceSettingsFileName,
  defaultDeviceSettings,
  deviceSettingsFileName,
  type LoadedDeviceSettings,
  loadDeviceSettings,
  saveDeviceSettings,
} from './device-settings.file';
export { createDeviceSettingsHandlers, type DeviceSettingsHandlerDeps } from './device-settings.handlers';
export {
  type AssignInput,
  createDeviceSettingsService,
  type DeviceSettingsDeps,
  type DeviceSettingsService,
  type PrinterInput,
} from './device-settings.service';
export { createDeviceHandlers } from './devices.handlers';
export {
  type DiscoveryOptions,
  type DiscoveryRequest,
  discoverPrinters,
  maxProbedHosts,
  subnetHosts,
} from './discovery/printer-discovery';
export {
  listSpoolerDestinations,
  parseLpstat,
  type SpoolerDestination,
} from './discovery/spooler-destinations';
export { probeTcpPrinters, type TcpPrinterFound, type TcpProbeOptions } from './discovery/tcp-printer-probe';
export { type ListUsbDevices, listUsbPrinters, type UsbPrinterFound } from './discovery/usb-printers';
export { type PrintBridgeEvent, toPrintBridgeEvent } from './print-events';
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
export {
  type InitialDeviceSettings,
  newPrinterId,
  openDeviceSettings,
  toPrinterConnection,
  toQueuedPrinter,
  toStationPrinter,
} from './station-printers';
export { createWebUsbBus, type UsbBus } from './usb';
export {
  createUsbScannerSwitch,
  type UsbScannerSwitch,
  type UsbScannerSwitchOptions,
} from './usb-scanner-switch';
