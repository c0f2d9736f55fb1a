import { type PrinterProblem, type PrinterStatus, statusFromProblems } from './printer-status';
import type { UsbControlSetup } from './usb-printer-device';

/** USB printer class interface code. */
export const usbPrinterClass = 7;

/**
 * GET_PORT_STATUS of the USB printer class (request 1, class, interface, one byte back). The byte
 * is the old parallel port's status lines: bit 5 paper empty, bit 4 selected (online), bit 3 not
 * error.
 */
export function portStatusRequest(interfaceNumber: number): UsbControlSetup {
  return { requestType: 'class', recipient: 'interface', request: 1, value: 0, index: interfaceNumber };
}

/** Reads the GET_PORT_STATUS byte. */
export function parsePortStatus(byte: number): PrinterStatus {
  const problems: PrinterProblem[] = [];
  if (byte & 0x20) problems.push('paper_out');
  if ((byte & 0x10) === 0) problems.push('printer_offline');
  if ((byte & 0x08) === 0) problems.push('error');
  return statusFromProblems(problems);
}
