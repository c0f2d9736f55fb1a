import { unreachable } from '../../../src-shared/errors';
import { createFileTransport } from './file-transport';
import type { StatusPolicy } from './print-queue.types';
import type { PrinterLanguage, PrinterTransport } from './printer-transport';
import { createSpoolerTransport } from './spooler-transport';
import { statusProtocolFor } from './status-protocols';
import { createTcpTransport } from './tcp-transport';
import { findUsbPrinter } from './usb-printer-finder';
import { createUsbTransport } from './usb-transport';

/** How a printer is reached, as the device settings store it. */
export type PrinterConnection =
  | { readonly kind: 'tcp'; readonly host: string; readonly port?: number }
  | {
      readonly kind: 'usb';
      readonly vendorId: number;
      readonly productId: number;
      readonly serialNumber?: string;
    }
  | { readonly kind: 'spooler'; readonly destination: string }
  | { readonly kind: 'file'; readonly path: string };

/**
 * The transport for a printer set up in the device settings. A TCP printer is asked in its own
 * language before every job, unless its status policy is `none`.
 */
export function createPrinterTransport(
  connection: PrinterConnection,
  language: PrinterLanguage,
  statusPolicy: StatusPolicy = 'auto',
): PrinterTransport {
  switch (connection.kind) {
    case 'tcp':
      return createTcpTransport({
        host: connection.host,
        ...(connection.port === undefined ? {} : { port: connection.port }),
        status: statusPolicy === 'none' ? null : statusProtocolFor(language),
      });
    case 'usb':
      return createUsbTransport({
        address: `usb://${hex4(connection.vendorId)}:${hex4(connection.productId)}`,
        find: findUsbPrinter(connection),
      });
    case 'spooler':
      return createSpoolerTransport({ destination: connection.destination });
    case 'file':
      return createFileTransport({ path: connection.path });
    default:
      return unreachable(connection);
  }
}

function hex4(id: number): string {
  return id.toString(16).padStart(4, '0');
}
