import {
  bridgeChannels,
  type ChannelName,
  type Envelope,
  type EventName,
  fail,
  ok,
} from '../../../src-shared/bridge';
import type { z } from 'zod';
import type { Session } from '../../../src-shared/features/auth';
import {
  connectionAddress,
  type DeviceSettings,
  type DeviceSettingsView,
  type DiscoveredPrinter,
  isSameConnection,
  type PrintJobEvent,
  type PrinterStatusView,
  scannerProfileOf,
} from '../../../src-shared/features/devices';

type Handler = (input: unknown) => Envelope<unknown>;
type ChannelInput<N extends ChannelName> = z.output<(typeof bridgeChannels)[N]['input']>;

/** The device settings of a fake station: a small model of what main does with them. */
export type FakeDeviceSettings = {
  readonly handlers: Partial<Record<ChannelName, Handler>>;
  /** The settings as they are now. */
  settings(): DeviceSettings;
  /** What the next discovery finds (`configuredAs` is worked out as main does). */
  setDiscovered(found: Omit<DiscoveredPrinter, 'configuredAs'>[]): void;
  /** A printer's state changes: `devices.printers` answers it and `printer.status` is pushed. */
  setPrinterState(printerId: string, state: PrinterStatusView['state'], problems?: string[]): void;
  /** A job moves on: `print.job` is pushed, as the print queue does. */
  moveJob(jobId: string, status: PrintJobEvent['status'], lastError?: string): void;
  /** Every test print asked for, oldest first. */
  readonly testPrints: readonly PrintJobEvent[];
};

/** A bench's settings: a Zebra on the network for labels, the fast USB wedge timing. */
export function fakeDeviceSettings(): DeviceSettings {
  return {
    version: 1,
    printers: [
      {
        id: 'zebra-1',
        name: 'Zebra ZT230',
        language: 'zpl',
        connection: { kind: 'tcp', host: '10.0.0.5', port: 9100 },
      },
    ],
    labelPrinterId: 'zebra-1',
    slipPrinterId: null,
    scanner: { timing: { kind: 'built-in', profileId: 'usb-wedge' }, isUsbEnabled: true },
  };
}

const noProgress = { queued: 0, sending: 0, done: 0, failed: 0, uncertain: 0, cancelled: 0, total: 0 };

/** Builds the fake; `emit` pushes an event to the page as main would. */
export function createFakeDeviceSettings(options: {
  readonly sessionOf: () => Session | null;
  readonly emit: (event: EventName, payload: unknown) => void;
  readonly settings?: DeviceSettings;
  readonly origin?: DeviceSettingsView['origin'];
}): FakeDeviceSettings {
  let settings = options.settings ?? fakeDeviceSettings();
  let origin = options.origin ?? 'file';
  let discovered: Omit<DiscoveredPrinter, 'configuredAs'>[] = [];
  const states = new Map<string, { state: PrinterStatusView['state']; problems: string[] }>();
  const testPrints: PrintJobEvent[] = [];

  const view = (): DeviceSettingsView => ({
    settings,
    scannerProfile: scannerProfileOf(settings.scanner.timing),
    origin,
  });

  /** Parses the input with the channel's schema, checks the person, then answers. */
  function handle<N extends ChannelName>(
    name: N,
    isAdminOnly: boolean,
    answer: (input: ChannelInput<N>) => Envelope<unknown>,
  ): Handler {
    return (input) => {
      const session = options.sessionOf();
      if (session === null) return fail('unauthorized', 'Sign in first.');
      if (isAdminOnly && session.user.role !== 'admin') return fail('forbidden', 'Admins only.');
      const parsed = bridgeChannels[name].input.safeParse(input);
      if (!parsed.success) return fail('validation', parsed.error.issues[0]?.message ?? 'invalid');
      // Parsed with exactly channel N's schema.
      return answer(parsed.data as ChannelInput<N>);
    };
  }

  const has = (printerId: string) => settings.printers.some((printer) => printer.id === printerId);
  const waitingFor = (printerId: string) =>
    testPrints.filter((job) => job.printerId === printerId && job.status === 'queued');

  function printers(): PrinterStatusView[] {
    return settings.printers.map((printer) => ({
      printerId: printer.id,
      name: printer.name,
      language: printer.language,
      address: connectionAddress(printer.connection),
      phase: 'idle',
      state: states.get(printer.id)?.state ?? 'ready',
      problems: states.get(printer.id)?.problems ?? [],
      message: null,
      checkedAt: '2025-03-01T08:00:00.000Z',
      progress: {
        printerId: printer.id,
        ...noProgress,
        queued: waitingFor(printer.id).length,
        total: waitingFor(printer.id).length,
      },
    }));
  }

  function moveJob(jobId: string, status: PrintJobEvent['status'], lastError?: string) {
    const index = testPrints.findIndex((job) => job.jobId === jobId);
    const job = testPrints[index];
    if (job === undefined) throw new Error(`no test print ${jobId}`);
    const moved = { ...job, status, lastError: lastError ?? null };
    testPrints[index] = moved;
    options.emit('print.job', moved);
  }

  const handlers: Partial<Record<ChannelName, Handler>> = {
    'devices.settings': handle('devices.settings', false, () => ok(view())),
    'devices.printers': handle('devices.printers', false, () => ok(printers())),
    'devices.savePrinter': handle('devices.savePrinter', true, ({ id, ...printer }) => {
      if (id !== undefined && !has(id))
        return fail('not_found', 'That printer is not set up at this station.');
      const slug =
        printer.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'printer';
      const newId = has(slug) ? `${slug}-${settings.printers.length + 1}` : slug;
      const saved = { ...printer, id: id ?? newId };
      const twin = settings.printers.find(
        (other) => other.id !== saved.id && isSameConnection(other.connection, saved.connection),
      );
      if (twin !== undefined) return fail('conflict', `${twin.name} already prints there.`);
      settings = {
        ...settings,
        printers:
          id === undefined
            ? [...settings.printers, saved]
            : settings.printers.map((other) => (other.id === id ? saved : other)),
      };
      origin = 'file';
      return ok(view());
    }),
    'devices.removePrinter': handle(
      'devices.removePrinter',
      true,
      ({ printerId, isCancellingWaitingJobs }) => {
        const printer = settings.printers.find((candidate) => candidate.id === printerId);
        if (printer === undefined) return fail('not_found', 'That printer is not set up at this station.');
        const waiting = waitingFor(printerId);
        if (waiting.length > 0 && !isCancellingWaitingJobs) {
          return fail('conflict', `${waiting.length} print jobs are still waiting for ${printer.name}.`);
        }
        for (const job of waiting) moveJob(job.jobId, 'cancelled');
        const known = (assigned: string | null) => (assigned === printerId ? null : assigned);
        settings = {
          ...settings,
          printers: settings.printers.filter((other) => other.id !== printerId),
          labelPrinterId: known(settings.labelPrinterId),
          slipPrinterId: known(settings.slipPrinterId),
        };
        return ok(view());
      },
    ),
    'devices.assign': handle('devices.assign', true, (change) => {
      for (const printerId of [change.labelPrinterId, change.slipPrinterId]) {
        if (typeof printerId === 'string' && !has(printerId)) return fail('not_found', 'No such printer.');
      }
      settings = {
        ...settings,
        labelPrinterId: change.labelPrinterId === undefined ? settings.labelPrinterId : change.labelPrinterId,
        slipPrinterId: change.slipPrinterId === undefined ? settings.slipPrinterId : change.slipPrinterId,
        scanner: {
          timing: change.scannerTiming ?? settings.scanner.timing,
          isUsbEnabled: change.isUsbScannerEnabled ?? settings.scanner.isUsbEnabled,
        },
      };
      return ok(view());
    }),
    'devices.discoverPrinters': handle('devices.discoverPrinters', true, ({ hosts, subnet }) =>
      ok({
        printers: discovered.map((found) => ({
          ...found,
          configuredAs:
            settings.printers.find((printer) => isSameConnection(printer.connection, found.connection))?.id ??
            null,
        })),
        probedHosts: hosts.length + (subnet === undefined ? 0 : 254),
      }),
    ),
    'devices.testPrint': handle('devices.testPrint', true, ({ printerId }) => {
      if (!has(printerId)) return fail('not_found', 'That printer is not set up at this station.');
      const job: PrintJobEvent = {
        jobId: `job-${testPrints.length + 1}`,
        printerId,
        templateId: 'test-label',
        orderId: null,
        status: 'queued',
        lastError: null,
      };
      testPrints.push(job);
      options.emit('print.job', job);
      return ok({ jobId: job.jobId });
    }),
  };

  return {
    handlers,
    settings: () => settings,
    setDiscovered(found) {
      discovered = found;
    },
    setPrinterState(printerId, state, problems = []) {
      states.set(printerId, { state, problems });
      options.emit('printer.status', { deviceId: printerId, state, problems });
    },
    moveJob,
    testPrints,
  };
}
