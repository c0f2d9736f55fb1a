import { z } from 'zod';
import {
  type ScannerProfile,
  scannerProfileSchema,
  scannerProfiles,
  usbWedgeProfile,
} from './scanner-profiles';

/** Printer command languages the station renders labels and slips to. */
export const printerLanguages = ['zpl', 'tspl', 'escpos'] as const;

/** One of {@link printerLanguages}: Zebra ZPL, TSC TSPL, Epson ESC/POS (receipt printers). */
export type PrinterLanguage = (typeof printerLanguages)[number];

/** The raw ("JetDirect") port network label printers listen on. */
export const rawPrintPort = 9100;

const hostLabel = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * True for an IPv4 address, an IPv6 address (without brackets) or a DNS host name. All-numeric
 * names must be a real IPv4 address, so a typo such as `192.168.1.300` is refused, not looked up.
 */
export function isHostName(value: string): boolean {
  if (z.ipv6().safeParse(value).success) return true;
  const labels = value.split('.');
  if (labels.every((label) => /^\d+$/.test(label))) return z.ipv4().safeParse(value).success;
  return value.length <= 253 && labels.every((label) => hostLabel.test(label));
}

/** A USB vendor or product id (16 bits); forms show it as four hex digits. */
const usbIdSchema = z.number().int().min(0).max(0xffff);

/**
 * A CUPS queue name: printable characters except space, `/`, `#` and `\`, at most 127; it must not
 * start with `-`, so it can never be read as an option of `lp`.
 */
const spoolerDestinationSchema = z
  .string()
  .trim()
  .regex(/^[^\s/#\\\p{Cc}-][^\s/#\\\p{Cc}]{0,126}$/u, 'a printer queue name without spaces, / or #');

/** An absolute path (POSIX, a Windows drive, or a UNC share): a relative one would follow the working folder. */
const filePathSchema = z
  .string()
  .trim()
  .max(1024)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)[^\0]*$/, 'an absolute path, e.g. /var/spool/labels.zpl');

/** How a printer is reached; see the transports in main. */
export const printerConnectionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('tcp'),
    host: z.string().trim().min(1).refine(isHostName, 'an IP address or host name'),
    /** Defaults to {@link rawPrintPort}. */
    port: z.number().int().min(1).max(65_535).optional(),
  }),
  z.object({
    kind: z.literal('usb'),
    vendorId: usbIdSchema,
    productId: usbIdSchema,
    /** Needed only when two printers of one model are plugged in. */
    serialNumber: z.string().trim().min(1).max(126).optional(),
  }),
  z.object({ kind: z.literal('spooler'), destination: spoolerDestinationSchema }),
  z.object({ kind: z.literal('file'), path: filePathSchema }),
]);

/** How a printer is reached. */
export type PrinterConnection = z.infer<typeof printerConnectionSchema>;

/** A printer id: short, lower case, stable (print jobs and assignments name it). */
export const printerIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a printer id');

/** A printer set up at this station. */
export const stationPrinterSchema = z.object({
  id: printerIdSchema,
  name: z.string().trim().min(1).max(60),
  language: z.enum(printerLanguages),
  connection: printerConnectionSchema,
});

/** A printer set up at this station. */
export type StationPrinterSettings = z.infer<typeof stationPrinterSchema>;

/** Ids of the built-in scanner profiles (`scannerProfiles`). */
export const builtInScannerProfileIds = ['usb-wedge', 'bluetooth-wedge'] as const;

/**
 * A custom keyboard-wedge timing: the rules of `scannerProfileSchema`, within bounds a scanner can
 * meet and a person cannot (a gap over 1 s is typing whatever the profile says).
 */
export const customScannerTimingSchema = scannerProfileSchema
  .omit({ id: true, name: true })
  .extend({
    maxGapMs: z.number().int().min(5).max(1000),
    maxMeanGapMs: z.number().int().min(1).max(1000),
    minLength: z.number().int().min(1).max(64),
    gsSubstitute: z.string().min(1).max(16).optional(),
  })
  .refine((timing) => timing.maxMeanGapMs <= timing.maxGapMs, {
    message: 'the mean gap cannot be longer than the longest gap',
    path: ['maxMeanGapMs'],
  });

/** How the keyboard-wedge detector of this station times scans: a built-in profile or custom values. */
export const scannerTimingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('built-in'), profileId: z.enum(builtInScannerProfileIds) }),
  z.object({ kind: z.literal('custom'), timing: customScannerTimingSchema }),
]);

/** How the keyboard-wedge detector of this station times scans. */
export type ScannerTiming = z.infer<typeof scannerTimingSchema>;

/**
 * The station's own device settings (`devices.json` in its data folder, never synced): its
 * printers, which one takes shipping labels and which packing slips, and its scanners. An
 * assignment names a printer of `printers` or is null.
 */
export const deviceSettingsSchema = z.object({
  version: z.literal(1),
  printers: z.array(stationPrinterSchema).max(50),
  labelPrinterId: printerIdSchema.nullable(),
  slipPrinterId: printerIdSchema.nullable(),
  scanner: z.object({
    timing: scannerTimingSchema,
    /** Read the scanners of known makers over USB directly (they stop typing as a keyboard). */
    isUsbEnabled: z.boolean(),
  }),
});

/** The station's own device settings. */
export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;

/** The profile the keyboard-wedge detector uses for `timing`. */
export function scannerProfileOf(timing: ScannerTiming): ScannerProfile {
  if (timing.kind === 'built-in') {
    return scannerProfiles.find((profile) => profile.id === timing.profileId) ?? usbWedgeProfile;
  }
  const { gsSubstitute, ...rules } = timing.timing;
  return {
    id: 'custom',
    name: 'Custom timing',
    ...rules,
    ...(gsSubstitute === undefined ? {} : { gsSubstitute }),
  };
}

/** Where a printer is reached, as one line: `tcp://10.0.0.5:9100`, `usb://0a5f:0164`, `lp://Zebra`. */
export function connectionAddress(connection: PrinterConnection): string {
  const hex = (id: number) => id.toString(16).padStart(4, '0');
  switch (connection.kind) {
    case 'tcp': {
      const host = connection.host.includes(':') ? `[${connection.host}]` : connection.host;
      return `tcp://${host}:${connection.port ?? rawPrintPort}`;
    }
    case 'usb':
      return `usb://${hex(connection.vendorId)}:${hex(connection.productId)}${
        connection.serialNumber === undefined ? '' : `/${connection.serialNumber}`
      }`;
    case 'spooler':
      return `lp://${connection.destination}`;
    case 'file':
      return `file://${connection.path}`;
  }
}

/** Two connections reach the same printer (a discovered printer that is already set up). */
export function isSameConnection(a: PrinterConnection, b: PrinterConnection): boolean {
  return connectionAddress(a) === connectionAddress(b);
}
