import type { Device, ScanEvent } from '../../../../src-shared/features/devices';
import type { Clock } from '../../clock';
import { createListenerSet } from '../../events';
import type { Logger } from '../../logging';
import type { ScannerPort } from '../device-ports';
import { createBootKeyboardDecoder } from './boot-keyboard-decoder';
import { createHidPosDecoder, type HidPosScan } from './hid-pos-decoder';
import { barcodeScannerUsagePage, usagePagesOf } from './hid-report-descriptor';
import type { UsbBus, UsbDeviceInfo, UsbInterfaceInfo, UsbInterfaceReader } from './usb-bus';

/** How a USB scanner reports: as a boot keyboard, or as a HID POS barcode scanner (page 0x8C). */
export type UsbScannerKind = 'hid-keyboard' | 'hid-pos';

/** A scanner on USB; it outlives unplugging, going disconnected until its device is back. */
export type UsbScanner = ScannerPort & {
  /** Its device is plugged in (or was found at start): open it and read. Ignored while reading. */
  attach(device: UsbDeviceInfo): void;
  /** The device with this key was unplugged. */
  detach(deviceKey: string): void;
  /** The key of the device it reads now, or null. */
  deviceKey(): string | null;
  /** Returns the function that unsubscribes. */
  onState(listener: (state: 'connected' | 'disconnected') => void): () => void;
};

/** Options of {@link createUsbScanner}. */
export type UsbScannerOptions = {
  readonly id: string;
  readonly name: string;
  /** A fixed protocol, or `auto`: a HID POS interface when the device has one, else its keyboard. */
  readonly kind: UsbScannerKind | 'auto';
  readonly bus: UsbBus;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Opening right after hot-plug can fail until the OS has set the device's permissions. */
  readonly openAttempts?: number;
  readonly retryDelayMs?: number;
  readonly onListenerError?: (error: unknown) => void;
};

type Candidate = { readonly kind: UsbScannerKind; readonly iface: UsbInterfaceInfo };
type Session = {
  readonly deviceKey: string;
  isStopping: boolean;
  reader: UsbInterfaceReader | null;
  cancelRetry: () => void;
  done: Promise<void>;
};

const hidClass = 3;

/**
 * Creates a {@link UsbScanner}, disconnected.
 *
 *   disconnected ──attach──▶ opening ──claimed (HID POS: page 0x8C seen)──▶ connected
 *   opening ──failed──▶ waits retryDelayMs ──▶ opening (openAttempts in all) ──▶ disconnected
 *   connected ──read fails (unplugged) or detach──▶ released ──▶ disconnected
 *   any ──close()──▶ closed: waits for the read in flight, releases, never reads again
 */
export function createUsbScanner(options: UsbScannerOptions): UsbScanner {
  const { id, name, bus, clock, logger } = options;
  const onListenerError =
    options.onListenerError ?? ((error) => logger.error({ err: error }, 'scan listener'));
  const scans = createListenerSet<ScanEvent>(onListenerError);
  const states = createListenerSet<'connected' | 'disconnected'>(onListenerError);
  let state: 'connected' | 'disconnected' = 'disconnected';
  let address: string | null = null;
  let session: Session | null = null;
  let queued: UsbDeviceInfo | null = null;
  let isClosed = false;

  function setState(next: typeof state) {
    if (next === state) return;
    state = next;
    states.emit(next);
  }

  function emit({ code, symbology }: HidPosScan) {
    const at = new Date(clock.now()).toISOString();
    scans.emit({ code, source: id, at, ...(symbology === undefined ? {} : { symbology }) });
  }

  async function open(current: Session, device: UsbDeviceInfo): Promise<void> {
    const attempts = options.openAttempts ?? 3;
    for (let attempt = 1; attempt <= attempts && !current.isStopping; attempt += 1) {
      try {
        const opened = await openScanner(bus, device, candidatesOf(device, options.kind));
        if (opened === null) {
          logger.warn({ deviceId: id }, 'USB device has no barcode scanner interface');
          return;
        }
        await read(current, opened);
        return;
      } catch (error) {
        logger.warn({ err: error, deviceId: id, attempt }, 'USB scanner could not be opened');
        if (attempt < attempts) await delay(current, options.retryDelayMs ?? 1000);
      }
    }
  }

  function delay(current: Session, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const cancel = clock.setTimer(resolve, ms);
      current.cancelRetry = () => {
        cancel();
        resolve();
      };
    });
  }

  async function read(current: Session, opened: { kind: UsbScannerKind; reader: UsbInterfaceReader }) {
    const decoder = opened.kind === 'hid-pos' ? createHidPosDecoder() : keyboardAsScans();
    current.reader = opened.reader;
    try {
      if (current.isStopping) return;
      setState('connected');
      while (!current.isStopping) {
        const report = await opened.reader.readReport();
        if (report !== null && !isClosed) for (const scan of decoder.push(report)) emit(scan);
      }
    } catch (error) {
      // Expected when the scanner is unplugged: the read fails before the disconnect event.
      logger.info({ err: error, deviceId: id }, 'USB scanner stopped reading');
    } finally {
      await opened.reader.close();
    }
  }

  function start(device: UsbDeviceInfo) {
    address = addressOf(device);
    const current: Session = {
      deviceKey: device.key,
      isStopping: false,
      reader: null,
      cancelRetry: () => undefined,
      done: Promise.resolve(),
    };
    session = current;
    current.done = open(current, device).finally(() => {
      session = null;
      setState('disconnected');
      const next = queued;
      queued = null;
      if (next !== null && !isClosed) start(next);
    });
  }

  // Closing the reader ends the read in flight (at the latest when it times out); the loop then
  // sees isStopping and ends.
  function stop(current: Session) {
    current.isStopping = true;
    current.cancelRetry();
    void current.reader?.close();
  }

  return {
    id,
    describe: (): Device => ({ id, kind: 'scanner', name, transport: 'usb', state, address }),
    onScan: (listener) => scans.add(listener),
    onState: (listener) => states.add(listener),
    deviceKey: () => (session !== null && !session.isStopping ? session.deviceKey : (queued?.key ?? null)),
    attach(device) {
      if (isClosed) return;
      if (session === null) start(device);
      // Plugged back in before reading the old connection has ended: read it right after.
      else if (session.isStopping) queued = device;
    },
    detach(deviceKey) {
      if (queued?.key === deviceKey) queued = null;
      if (session?.deviceKey === deviceKey) stop(session);
    },
    async close() {
      isClosed = true;
      queued = null;
      const current = session;
      if (current !== null) {
        stop(current);
        await current.done;
      }
      setState('disconnected');
      scans.clear();
      states.clear();
    },
  };
}

function keyboardAsScans() {
  const keyboard = createBootKeyboardDecoder();
  return { push: (report: Uint8Array): HidPosScan[] => keyboard.push(report).map((code) => ({ code })) };
}

/** The interfaces worth trying, best first: HID POS interfaces, then the boot keyboard. */
function candidatesOf(device: UsbDeviceInfo, kind: UsbScannerKind | 'auto'): Candidate[] {
  const hid = device.interfaces.filter((i) => i.interfaceClass === hidClass && i.inEndpoint !== null);
  const isBootKeyboard = (i: UsbInterfaceInfo) => i.interfaceSubclass === 1 && i.interfaceProtocol === 1;
  const pos = hid.filter((i) => !isBootKeyboard(i)).map((iface) => ({ kind: 'hid-pos' as const, iface }));
  const keyboard = hid.filter(isBootKeyboard).map((iface) => ({ kind: 'hid-keyboard' as const, iface }));
  if (kind === 'hid-pos') return pos;
  if (kind === 'hid-keyboard') return keyboard;
  return [...pos, ...keyboard];
}

/** Claims the first candidate that is what it claims to be; null when none is. */
async function openScanner(
  bus: UsbBus,
  device: UsbDeviceInfo,
  candidates: readonly Candidate[],
): Promise<{ kind: UsbScannerKind; reader: UsbInterfaceReader } | null> {
  for (const { kind, iface } of candidates) {
    const reader = await bus.openInterface(device.key, iface.interfaceNumber);
    try {
      if (kind === 'hid-keyboard') {
        // Boot keyboards report in the boot format in report protocol too, nearly always: a
        // device that refuses SET_PROTOCOL is still worth reading.
        await reader.useBootProtocol().catch(() => undefined);
        return { kind, reader };
      }
      // A scanner in keyboard mode often has a vendor HID interface too (for configuration):
      // only the barcode scanner usage page makes it a HID POS scanner.
      if (usagePagesOf(await reader.readReportDescriptor()).has(barcodeScannerUsagePage)) {
        return { kind, reader };
      }
    } catch (error) {
      await reader.close();
      throw error;
    }
    await reader.close();
  }
  return null;
}

function addressOf(device: UsbDeviceInfo): string {
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return `usb://${hex(device.vendorId)}:${hex(device.productId)}/${device.serialNumber ?? device.key}`;
}
