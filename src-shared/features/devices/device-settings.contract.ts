import { z } from 'zod';
import { channel } from '../../bridge/contract';
import {
  deviceSettingsSchema,
  printerConnectionSchema,
  printerIdSchema,
  printerLanguages,
  rawPrintPort,
  scannerTimingSchema,
  stationPrinterSchema,
} from './device-settings.schema';
import { scannerProfileSchema } from './scanner-profiles';

/** Where a printer's loop is: idle, sending a job, waiting for the printer, stopped. */
export const printerPhases = ['idle', 'sending', 'waiting', 'stopped'] as const;

/** A printer's state as the print queue reads it; `paused` and `unknown` as in main's printer status. */
export const printerStates = ['ready', 'offline', 'paper_out', 'head_open', 'paused', 'unknown'] as const;

/** A printer's counts since its queue last ran empty: "12 of 40" reads `done` of `total`. */
export const printProgressSchema = z.object({
  printerId: z.string(),
  queued: z.number().int().nonnegative(),
  sending: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  uncertain: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** A printer's counts since its queue last ran empty. */
export type PrintProgress = z.infer<typeof printProgressSchema>;

/** One printer of the station as the device settings screen shows it, live. */
export const printerStatusSchema = z.object({
  printerId: z.string(),
  name: z.string(),
  language: z.enum(printerLanguages),
  address: z.string(),
  phase: z.enum(printerPhases),
  state: z.enum(printerStates),
  /** What the printer reported besides its state: `paper_low`, `ribbon_out`, `unreachable`… */
  problems: z.array(z.string()),
  /** What the transport saw, e.g. `connect ECONNREFUSED`; null when nothing to say. */
  message: z.string().nullable(),
  /** When it was last asked or last took a job; null before the first time. */
  checkedAt: z.iso.datetime().nullable(),
  progress: printProgressSchema,
});

/** One printer of the station, live. */
export type PrinterStatusView = z.infer<typeof printerStatusSchema>;

/**
 * The device settings with what follows from them: the timing profile the keyboard-wedge
 * detector uses, and where the settings came from (`damaged-file`: the file could not be read, it
 * was set aside and the defaults are in use; `config`: this run's printers were given at start).
 */
export const deviceSettingsViewSchema = z.object({
  settings: deviceSettingsSchema,
  scannerProfile: scannerProfileSchema,
  origin: z.enum(['file', 'defaults', 'damaged-file', 'config']),
});

/** The device settings with the profile they give and their origin. */
export type DeviceSettingsView = z.infer<typeof deviceSettingsViewSchema>;

/** A printer found on this computer or the network, perhaps already set up. */
export const discoveredPrinterSchema = z.object({
  source: z.enum(['spooler', 'usb', 'tcp']),
  /** The spooler's queue name, the USB product name, or the host. */
  name: z.string(),
  connection: printerConnectionSchema,
  /** `zpl` when the printer answered `~HS`; otherwise null: the admin picks the language. */
  language: z.enum(printerLanguages).nullable(),
  /**
   * What the printer (`~HS`) or the spooler (its queue) reported; null when nobody was asked or
   * nothing answered (a TCP printer that only accepted the connection).
   */
  state: z.enum(printerStates).nullable(),
  /** The id of the printer set up with this connection, or null. */
  configuredAs: z.string().nullable(),
});

/** A printer found on this computer or the network. */
export type DiscoveredPrinter = z.infer<typeof discoveredPrinterSchema>;

/** An IPv4 /24 network (`192.168.1.0/24` or `192.168.1`), or a narrower CIDR block. */
const subnetSchema = z
  .string()
  .trim()
  .regex(
    /^(\d{1,3}\.){2}\d{1,3}(\.\d{1,3}\/(2[4-9]|3[0-2]))?$/,
    'a network such as 192.168.1.0/24 (at most 254 hosts)',
  );

/** Bridge channels of the station's device settings. */
export const deviceSettingsChannels = {
  /** The device settings; any signed-in person (the pack screen reads the scanner profile). */
  'devices.settings': channel(z.object({}), deviceSettingsViewSchema),
  /** Adds a printer (no id) or changes one; admin only. The running print queue follows at once. */
  'devices.savePrinter': channel(
    stationPrinterSchema.omit({ id: true }).extend({ id: printerIdSchema.optional() }),
    deviceSettingsViewSchema,
  ),
  /**
   * Removes a printer; admin only. Jobs still waiting for it are a `conflict` unless
   * `isCancellingWaitingJobs` (they are then cancelled, and stay in the print ledger).
   */
  'devices.removePrinter': channel(
    z.object({ printerId: printerIdSchema, isCancellingWaitingJobs: z.boolean().default(false) }),
    deviceSettingsViewSchema,
  ),
  /** Changes what is given; admin only. An assigned printer must be set up; null unassigns. */
  'devices.assign': channel(
    z.object({
      labelPrinterId: printerIdSchema.nullable().optional(),
      slipPrinterId: printerIdSchema.nullable().optional(),
      scannerTiming: scannerTimingSchema.optional(),
      isUsbScannerEnabled: z.boolean().optional(),
    }),
    deviceSettingsViewSchema,
  ),
  /**
   * Looks for printers; admin only. Always the spooler's queues and USB printers; raw TCP printers
   * on `hosts` and/or `subnet` (port `port`), when given: at most 254 hosts, a few seconds.
   */
  'devices.discoverPrinters': channel(
    z.object({
      hosts: z.array(z.string().trim().min(1).max(253)).max(254).default([]),
      subnet: subnetSchema.optional(),
      port: z.number().int().min(1).max(65_535).default(rawPrintPort),
    }),
    z.object({ printers: z.array(discoveredPrinterSchema), probedHosts: z.number().int() }),
  ),
  /** Queues a small test label on a printer; admin only. The job follows in `print.job` events. */
  'devices.testPrint': channel(z.object({ printerId: printerIdSchema }), z.object({ jobId: z.string() })),
  /** Every printer of the station with its live state and counts; any signed-in person. */
  'devices.printers': channel(z.object({}), z.array(printerStatusSchema)),
};

/** A print job changed status (queued, sending, done, failed, uncertain, cancelled). */
export const printJobEventSchema = z.object({
  jobId: z.string(),
  printerId: z.string(),
  templateId: z.string(),
  orderId: z.string().nullable(),
  status: z.enum(['queued', 'sending', 'done', 'failed', 'uncertain', 'cancelled']),
  lastError: z.string().nullable(),
});

/** A print job changed status. */
export type PrintJobEvent = z.infer<typeof printJobEventSchema>;

/** Events of the print queue: a printer's counts, and each job's status. */
export const printEvents = {
  'print.progress': printProgressSchema,
  'print.job': printJobEventSchema,
};
