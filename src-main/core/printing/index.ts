export { escposStatus } from './escpos-status';
export { createFileTransport } from './file-transport';
export { createPrintLedger, type LedgerEntry, type PrintLedger, toLedgerEntry } from './print-ledger';
export {
  createPrintHistoryPruning,
  type PrintHistoryPruning,
  printHistoryRetentionMs,
} from './print-history-pruning';
export { createPrintQueue, type PrintQueue, type PrintQueueOptions } from './print-queue';
export type {
  PrintJob,
  PrintProgress,
  PrintQueueEvent,
  PrintRequest,
  PrinterPhase,
  PrinterSnapshot,
  QueuedPrinter,
  RenderJob,
  StatusPolicy,
} from './print-queue.types';
export { createPrinterTransport, type PrinterConnection } from './printer-connection';
export type { PrinterWaits } from './printer-loop';
export {
  type PrinterProblem,
  type PrinterState,
  type PrinterStatus,
  statusFromProblems,
} from './printer-status';
export type {
  Delivery,
  PrinterLanguage,
  PrinterTransport,
  SendFailure,
  SendOptions,
  SendResult,
  TransportKind,
} from './printer-transport';
export { createSpoolerTransport, type SpoolerTransportOptions } from './spooler-transport';
export type { StatusProtocol } from './status-protocol';
export { statusProtocolFor } from './status-protocols';
export { createTcpTransport, type TcpTransportOptions } from './tcp-transport';
export { tsplStatus } from './tspl-status';
export { parsePortStatus, portStatusRequest, usbPrinterClass } from './usb-port-status';
export type {
  UsbControlSetup,
  UsbInterfaceInfo,
  UsbPrinterDevice,
  UsbPrinterFinder,
} from './usb-printer-device';
export { findUsbPrinter, type UsbPrinterMatch } from './usb-printer-finder';
export { createUsbTransport, type UsbTransportOptions } from './usb-transport';
export { zplStatus } from './zpl-status';
