import { unreachable } from '../../../src-shared/errors';
import {
  type DeviceSettings,
  type DeviceSettingsView,
  deviceSettingsSchema,
  type PrinterConnection as SettingsConnection,
  type StationPrinterSettings,
} from '../../../src-shared/features/devices';
import type { Logger } from '../logging';
import type { StationPrinter } from '../pack';
import { createPrinterTransport, type PrinterConnection, type QueuedPrinter } from '../printing';
import { loadDeviceSettings, withKnownAssignments } from './device-settings.file';

/** The settings a station starts with, and where they came from. */
export type InitialDeviceSettings = {
  readonly settings: DeviceSettings;
  readonly origin: DeviceSettingsView['origin'];
};

/**
 * The settings of this run: `devices.json` (or the defaults), except that printers given by the
 * shell or a test (`StationCoreConfig.printers`) replace its printers and label printer.
 */
export async function openDeviceSettings(options: {
  readonly dataDir: string;
  readonly configPrinters?: {
    readonly list: readonly StationPrinter[];
    readonly labelPrinterId: string | null;
  };
  readonly logger: Logger;
}): Promise<InitialDeviceSettings> {
  const loaded = await loadDeviceSettings(options.dataDir, options.logger);
  if (options.configPrinters === undefined) return loaded;
  const settings = deviceSettingsSchema.parse({
    ...loaded.settings,
    printers: options.configPrinters.list,
    labelPrinterId: options.configPrinters.labelPrinterId,
  });
  return { settings: withKnownAssignments(settings), origin: 'config' };
}

/** A printer of the settings as the pack bench builds it. */
export function toStationPrinter(printer: StationPrinterSettings): StationPrinter {
  return { ...printer, connection: toPrinterConnection(printer.connection) };
}

/** A printer of the settings as the print queue takes it, with a fresh transport. */
export function toQueuedPrinter(printer: StationPrinterSettings): QueuedPrinter {
  return {
    id: printer.id,
    language: printer.language,
    transport: createPrinterTransport(toPrinterConnection(printer.connection), printer.language),
  };
}

/** The settings' connection in the printing module's words (its optional fields are absent, never undefined). */
export function toPrinterConnection(connection: SettingsConnection): PrinterConnection {
  switch (connection.kind) {
    case 'tcp':
      return {
        kind: 'tcp',
        host: connection.host,
        ...(connection.port === undefined ? {} : { port: connection.port }),
      };
    case 'usb':
      return {
        kind: 'usb',
        vendorId: connection.vendorId,
        productId: connection.productId,
        ...(connection.serialNumber === undefined ? {} : { serialNumber: connection.serialNumber }),
      };
    case 'spooler':
    case 'file':
      return connection;
    default:
      return unreachable(connection);
  }
}

/**
 * A new printer's id from its name: `Zebra ZT410` → `zebra-zt410`, `-2` when taken; `printer`
 * for a name without Latin letters or digits.
 */
export function newPrinterId(name: string, taken: readonly string[]): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32)
      .replace(/-+$/, '') || 'printer';
  const used = new Set(taken);
  if (!used.has(slug)) return slug;
  for (let suffix = 2; ; suffix++) {
    const id = `${slug}-${suffix}`;
    if (!used.has(id)) return id;
  }
}
