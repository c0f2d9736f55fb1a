export { type BootKeyboardDecoder, createBootKeyboardDecoder } from './boot-keyboard-decoder';
export { createHidPosDecoder, type HidPosDecoder, type HidPosScan } from './hid-pos-decoder';
export { barcodeScannerUsagePage, usagePagesOf } from './hid-report-descriptor';
export type {
  UsbBus,
  UsbDeviceInfo,
  UsbHotPlugListener,
  UsbInterfaceInfo,
  UsbInterfaceReader,
} from './usb-bus';
export {
  createFakeUsbBus,
  type FakeUsbBus,
  type FakeUsbBusOptions,
  type FakeUsbDevice,
} from './usb-bus.fake';
export {
  createUsbScanner,
  type UsbScanner,
  type UsbScannerKind,
  type UsbScannerOptions,
} from './usb-scanner';
export {
  defaultUsbScannerRules,
  startUsbScannerWatcher,
  type UsbScannerRule,
  type UsbScannerWatcher,
  type UsbScannerWatcherOptions,
} from './usb-scanner-watcher';
export type { WebUsbApi } from './webusb-api';
export { createWebUsbBus, type WebUsbBusOptions } from './webusb-bus.driver';
