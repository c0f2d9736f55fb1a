import { resolve, sep } from 'node:path';
import { AppError } from '../../../src-shared/errors';
import {
  connectionAddress,
  type DeviceSettings,
  type DeviceSettingsView,
  type DiscoveredPrinter,
  isSameConnection,
  type PrinterStatusView,
  scannerProfileOf,
  type StationPrinterSettings,
} from '../../../src-shared/features/devices';
import type { LabelLanguage, TestLabelData } from '../../../src-shared/features/labels';
import type { Clock } from '../clock';
import type { PrintJobsRepo } from '../db';
import type { Logger } from '../logging';
import type { PrinterSnapshot, PrintProgress, PrintQueue } from '../printing';
import { saveDeviceSettings, withKnownAssignments } from './device-settings.file';
import {
  type DiscoveryOptions,
  type DiscoveryRequest,
  discoverPrinters,
} from './discovery/printer-discovery';
import { type InitialDeviceSettings, newPrinterId, toQueuedPrinter } from './station-printers';

/** A printer to add (no id) or change. */
export type PrinterInput = Omit<StationPrinterSettings, 'id'> & { readonly id?: string | undefined };

/** What `devices.assign` may change; what is absent stays. */
export type AssignInput = {
  readonly labelPrinterId?: string | null | undefined;
  readonly slipPrinterId?: string | null | undefined;
  readonly scannerTiming?: DeviceSettings['scanner']['timing'] | undefined;
  readonly isUsbScannerEnabled?: boolean | undefined;
};

/** What the device settings service is built from. */
export type DeviceSettingsDeps = {
  readonly dataDir: string;
  readonly initial: InitialDeviceSettings;
  /** Null when the station database could not be opened: settings still change, nothing prints. */
  readonly queue: PrintQueue | null;
  readonly printJobs: PrintJobsRepo | null;
  /** Starts or stops reading USB scanners when the setting changes. */
  readonly setUsbScannersEnabled: (isEnabled: boolean) => void;
  readonly stationName: () => string;
  readonly labelLanguage: () => LabelLanguage;
  readonly timeZone: () => string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Discovery's tools and timeouts; tests shorten them. */
  readonly discovery?: DiscoveryOptions;
};

/** The station's device settings, kept in `devices.json` and applied to the running print queue. */
export type DeviceSettingsService = {
  current(): DeviceSettings;
  view(): DeviceSettingsView;
  savePrinter(input: PrinterInput): Promise<DeviceSettingsView>;
  removePrinter(
    printerId: string,
    options: { isCancellingWaitingJobs: boolean; actorId: string },
  ): Promise<DeviceSettingsView>;
  assign(change: AssignInput): Promise<DeviceSettingsView>;
  testPrint(printerId: string, actorId: string): Promise<{ jobId: string }>;
  printers(): PrinterStatusView[];
  discover(request: DiscoveryRequest): Promise<{ printers: DiscoveredPrinter[]; probedHosts: number }>;
};

const noProgress = { queued: 0, sending: 0, done: 0, failed: 0, uncertain: 0, cancelled: 0, total: 0 };

/**
 * Builds the service. Every change is written to the file first (atomically) and then applied to
 * the print queue: a printer added starts its loop at once, one removed stops after the job it is
 * sending, one whose connection or language changed gets a new transport. Changes run one at a
 * time, in the order they came.
 */
export function createDeviceSettingsService(deps: DeviceSettingsDeps): DeviceSettingsService {
  const { queue, logger } = deps;
  let settings = deps.initial.settings;
  let origin = deps.initial.origin;
  let changes: Promise<unknown> = Promise.resolve();

  function view(): DeviceSettingsView {
    return { settings, scannerProfile: scannerProfileOf(settings.scanner.timing), origin };
  }

  /** Runs `change` after the ones before it; a failed change does not stop the next. */
  function inTurn<T>(change: () => Promise<T>): Promise<T> {
    const result = changes.then(change, change);
    changes = result.catch(() => undefined);
    return result;
  }

  async function store(next: DeviceSettings): Promise<void> {
    await saveDeviceSettings(deps.dataDir, next);
    settings = next;
    origin = 'file';
  }

  function printerOf(printerId: string): StationPrinterSettings {
    const printer = settings.printers.find((candidate) => candidate.id === printerId);
    if (printer === undefined) throw new AppError('not_found', 'That printer is not set up at this station.');
    return printer;
  }

  async function applyPrinter(before: StationPrinterSettings | undefined, after: StationPrinterSettings) {
    if (queue === null) return;
    const isSameDevice =
      before !== undefined &&
      before.language === after.language &&
      connectionAddress(before.connection) === connectionAddress(after.connection);
    if (isSameDevice) return;
    if (before !== undefined) await queue.removePrinter(before.id);
    await queue.addPrinter(toQueuedPrinter(after));
    logger.info({ printerId: after.id, address: connectionAddress(after.connection) }, 'printer set up');
  }

  async function savePrinter(input: PrinterInput): Promise<DeviceSettingsView> {
    if (input.connection.kind === 'file' && !isAllowedFilePath(input.connection.path, deps.dataDir)) {
      throw new AppError(
        'validation',
        `A file printer writes into the station's data folder (${deps.dataDir}) or to a device file under /dev.`,
      );
    }
    const before = input.id === undefined ? undefined : printerOf(input.id);
    const ids = settings.printers.map((printer) => printer.id);
    const id = input.id ?? newPrinterId(input.name, ids);
    const printer: StationPrinterSettings = {
      id,
      name: input.name,
      language: input.language,
      connection: input.connection,
    };
    const twin = settings.printers.find(
      (other) => other.id !== id && isSameConnection(other.connection, printer.connection),
    );
    if (twin !== undefined) {
      throw new AppError(
        'conflict',
        `${twin.name} already prints to ${connectionAddress(printer.connection)}.`,
      );
    }
    const printers =
      before === undefined
        ? [...settings.printers, printer]
        : settings.printers.map((other) => (other.id === id ? printer : other));
    await store({ ...settings, printers });
    await applyPrinter(before, printer);
    return view();
  }

  async function removePrinter(
    printerId: string,
    options: { isCancellingWaitingJobs: boolean; actorId: string },
  ): Promise<DeviceSettingsView> {
    const printer = printerOf(printerId);
    const waiting = (await deps.printJobs?.listForPrinter(printerId, 'queued', 10_000)) ?? [];
    if (waiting.length > 0 && !options.isCancellingWaitingJobs) {
      throw new AppError(
        'conflict',
        `${waiting.length} print jobs are still waiting for ${printer.name}: let them print, or remove it and cancel them.`,
      );
    }
    const printers = settings.printers.filter((other) => other.id !== printerId);
    await store(withKnownAssignments({ ...settings, printers }));
    if (queue === null) return view();
    // Cancelled before the loop stops, so it cannot start one of them in between; one it started
    // already finishes (removePrinter waits for it).
    for (const job of waiting) {
      await queue.cancel(job.id, options.actorId).catch((error: unknown) => {
        logger.info({ err: error, jobId: job.id }, 'waiting job left before it could be cancelled');
      });
    }
    await queue.removePrinter(printerId);
    logger.info({ printerId, cancelledJobs: waiting.length }, 'printer removed');
    return view();
  }

  async function assign(change: AssignInput): Promise<DeviceSettingsView> {
    for (const printerId of [change.labelPrinterId, change.slipPrinterId]) {
      if (typeof printerId === 'string') printerOf(printerId);
    }
    const scanner = {
      timing: change.scannerTiming ?? settings.scanner.timing,
      isUsbEnabled: change.isUsbScannerEnabled ?? settings.scanner.isUsbEnabled,
    };
    const wasUsbEnabled = settings.scanner.isUsbEnabled;
    await store({
      ...settings,
      labelPrinterId: change.labelPrinterId === undefined ? settings.labelPrinterId : change.labelPrinterId,
      slipPrinterId: change.slipPrinterId === undefined ? settings.slipPrinterId : change.slipPrinterId,
      scanner,
    });
    if (scanner.isUsbEnabled !== wasUsbEnabled) deps.setUsbScannersEnabled(scanner.isUsbEnabled);
    return view();
  }

  function testLabelData(printer: StationPrinterSettings): TestLabelData {
    return {
      language: deps.labelLanguage(),
      media: printer.language === 'escpos' ? 'receipt' : 'label',
      printerName: printer.name,
      printerAddress: connectionAddress(printer.connection),
      stationName: deps.stationName(),
      printedAt: new Date(deps.clock.now()).toISOString(),
      timeZone: deps.timeZone(),
    };
  }

  return {
    current: () => settings,
    view,
    savePrinter: (input) => inTurn(() => savePrinter(input)),
    removePrinter: (printerId, options) => inTurn(() => removePrinter(printerId, options)),
    assign: (change) => inTurn(() => assign(change)),
    async testPrint(printerId, actorId) {
      const printer = printerOf(printerId);
      if (queue === null) {
        throw new AppError('unavailable', 'The station database is not available, so nothing can print.');
      }
      const job = await queue.enqueue({
        printerId,
        templateId: 'test-label',
        data: testLabelData(printer),
        actorId,
      });
      return { jobId: job.id };
    },
    printers() {
      const snapshots = new Map((queue?.printers() ?? []).map((snapshot) => [snapshot.printerId, snapshot]));
      return settings.printers.map((printer) =>
        statusViewOf(printer, snapshots.get(printer.id), queue?.progress(printer.id)),
      );
    },
    async discover(request) {
      const found = await discoverPrinters(request, deps.discovery);
      const printers = found.printers.map((candidate) => ({
        ...candidate,
        configuredAs:
          settings.printers.find((printer) => isSameConnection(printer.connection, candidate.connection))
            ?.id ?? null,
      }));
      return { printers, probedHosts: found.probedHosts };
    },
  };
}

/** A printer as the settings screen shows it: from the queue's snapshot, or stopped when it has none. */
function statusViewOf(
  printer: StationPrinterSettings,
  snapshot: PrinterSnapshot | undefined,
  progress: PrintProgress | undefined,
): PrinterStatusView {
  return {
    printerId: printer.id,
    name: printer.name,
    language: printer.language,
    address: snapshot?.address ?? connectionAddress(printer.connection),
    phase: snapshot?.phase ?? 'stopped',
    state: snapshot?.status.state ?? 'unknown',
    problems: [...(snapshot?.status.problems ?? [])],
    message: snapshot?.status.message ?? null,
    checkedAt: snapshot?.checkedAt ?? null,
    progress: progress ?? { printerId: printer.id, ...noProgress },
  };
}

/**
 * Where a file printer set up over the bridge may write: the data folder, or a printer's device
 * file (`/dev/usb/lp0`). Anywhere else a bridge call could append label bytes to any file the
 * station's user may write (a shell profile, a cron file).
 */
function isAllowedFilePath(path: string, dataDir: string): boolean {
  const target = resolve(path);
  return target.startsWith(`${resolve(dataDir)}${sep}`) || target.startsWith('/dev/');
}
