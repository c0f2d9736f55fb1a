import type { Clock } from '../../clock';
import { createListenerSet } from '../../events';
import type { Logger } from '../../logging';
import type { UsbBus, UsbDeviceInfo } from './usb-bus';
import { createUsbScanner, type UsbScanner, type UsbScannerKind } from './usb-scanner';

/** Which USB devices are scanners, and how they report. */
export type UsbScannerRule = {
  readonly vendorId: number;
  /** Absent: every product of the vendor. */
  readonly productId?: number;
  readonly kind: UsbScannerKind | 'auto';
};

/**
 * Scanner makers whose devices are claimed without configuration. Only listed devices are ever
 * opened: claiming a HID interface takes it from the OS, and a real keyboard must keep working.
 * Other scanners keep typing through the keyboard wedge, or get a rule in the device settings.
 */
export const defaultUsbScannerRules: readonly UsbScannerRule[] = [
  { vendorId: 0x0c2e, kind: 'auto' }, // Honeywell (Hand Held Products, Metrologic)
  { vendorId: 0x05e0, kind: 'auto' }, // Zebra (Symbol)
  { vendorId: 0x05f9, kind: 'auto' }, // Datalogic
  { vendorId: 0x1eab, kind: 'auto' }, // Newland
];

/** Finds USB scanners and follows them being plugged in and out. */
export type UsbScannerWatcher = {
  /** Every scanner seen since start, connected or not, in the order they were found. */
  scanners(): readonly UsbScanner[];
  /** A scanner not seen before was plugged in. Returns the function that unsubscribes. */
  onScannerAdded(listener: (scanner: UsbScanner) => void): () => void;
  /** How plugging is noticed: the bus's hot-plug events, or listing the bus every poll interval. */
  readonly discovery: 'hot-plug' | 'polling';
  /** Stops watching and closes every scanner. Idempotent. */
  dispose(): Promise<void>;
};

/** Options of {@link startUsbScannerWatcher}. */
export type UsbScannerWatcherOptions = {
  readonly bus: UsbBus;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly rules?: readonly UsbScannerRule[];
  /** Used where the bus cannot announce hot-plug; default 2 s. */
  readonly pollIntervalMs?: number;
  readonly openAttempts?: number;
  readonly retryDelayMs?: number;
};

/**
 * Lists the bus, opens the scanners on it, then follows plugging. Resolves once the scanners
 * present at start are known (opening them goes on in the background).
 *
 *   start ──list, attach matching──▶ hot-plug: connect ──▶ attach, disconnect ──▶ detach
 *                                └─ (no hot-plug) polling: every pollIntervalMs list again;
 *                                   new keys ──▶ attach, vanished keys ──▶ detach
 *   any ──dispose()──▶ stopped: no more polls, every scanner closed
 */
export async function startUsbScannerWatcher(options: UsbScannerWatcherOptions): Promise<UsbScannerWatcher> {
  const { bus, clock, logger } = options;
  const rules = options.rules ?? defaultUsbScannerRules;
  const scanners: UsbScanner[] = [];
  const added = createListenerSet<UsbScanner>((error) => logger.error({ err: error }, 'scanner listener'));
  const present = new Set<string>();
  let isStopped = false;
  let cancelPoll: (() => void) | null = null;
  let polling: Promise<void> = Promise.resolve();

  function connect(device: UsbDeviceInfo) {
    const rule = rules.find(
      (r) =>
        r.vendorId === device.vendorId && (r.productId === undefined || r.productId === device.productId),
    );
    if (isStopped || rule === undefined || present.has(device.key)) return;
    present.add(device.key);
    scannerFor(device, rule.kind).attach(device);
  }

  function disconnect(deviceKey: string) {
    present.delete(deviceKey);
    for (const scanner of scanners) scanner.detach(deviceKey);
  }

  // A scanner keeps its id across unplugging: by serial number, else by vendor and product
  // (the first free one of that model, so two identical scanners get `-2`).
  function scannerFor(device: UsbDeviceInfo, kind: UsbScannerRule['kind']): UsbScanner {
    const base = `usb-${hex(device.vendorId)}-${hex(device.productId)}`;
    const id = device.serialNumber === null ? base : `${base}-${device.serialNumber}`;
    const sameModel = scanners.filter((s) => s.id === id || s.id.startsWith(`${id}~`));
    const free = sameModel.find((s) => s.deviceKey() === null);
    if (free !== undefined) return free;
    const scanner = createUsbScanner({
      id: sameModel.length === 0 ? id : `${id}~${sameModel.length + 1}`,
      name: device.productName ?? 'USB scanner',
      kind,
      bus,
      clock,
      logger,
      ...(options.openAttempts === undefined ? {} : { openAttempts: options.openAttempts }),
      ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
    });
    scanners.push(scanner);
    added.emit(scanner);
    return scanner;
  }

  async function poll() {
    try {
      const devices = await bus.listDevices();
      if (isStopped) return;
      const keys = new Set(devices.map((device) => device.key));
      for (const key of [...present]) if (!keys.has(key)) disconnect(key);
      for (const device of devices) connect(device);
    } catch (error) {
      logger.warn({ err: error }, 'USB bus could not be listed');
    } finally {
      if (!isStopped) schedulePoll();
    }
  }

  function schedulePoll() {
    cancelPoll = clock.setTimer(() => {
      cancelPoll = null;
      polling = poll();
    }, options.pollIntervalMs ?? 2000);
  }

  for (const device of await bus.listDevices()) connect(device);
  const unwatch = await bus.watch({ connect, disconnect });
  if (unwatch === null) schedulePoll();
  logger.info({ scanners: scanners.length, hotPlug: unwatch !== null }, 'USB scanners found');
  let disposing: Promise<void> | null = null;

  return {
    scanners: () => [...scanners],
    onScannerAdded: (listener) => added.add(listener),
    discovery: unwatch === null ? 'polling' : 'hot-plug',
    dispose() {
      disposing ??= (async () => {
        isStopped = true;
        unwatch?.();
        cancelPoll?.();
        await polling;
        await Promise.all(scanners.map((scanner) => scanner.close()));
        added.clear();
      })();
      return disposing;
    },
  };
}

function hex(n: number): string {
  return n.toString(16).padStart(4, '0');
}
