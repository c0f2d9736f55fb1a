import type { Clock } from '../../clock';
import type { UsbBus, UsbDeviceInfo, UsbHotPlugListener, UsbInterfaceReader } from './usb-bus';

/** A device on the fake bus: its descriptors and, per interface, its HID report descriptor. */
export type FakeUsbDevice = {
  readonly info: UsbDeviceInfo;
  readonly reportDescriptors?: Readonly<Record<number, Uint8Array>>;
};

/** A {@link UsbBus} in memory that replays recorded reports. */
export type FakeUsbBus = UsbBus & {
  /** Plugs a device in; announced to hot-plug watchers. */
  plug(device: FakeUsbDevice): void;
  /** Pulls a device out: its read in flight fails, as on hardware, then watchers hear of it. */
  unplug(deviceKey: string): void;
  /** Queues recorded input reports; the device's reader returns them in order. */
  replay(deviceKey: string, reports: readonly Uint8Array[]): void;
  /** What was done to a device, in order (`open`, `claim 0`, `release 0`…). */
  journal(deviceKey: string): readonly string[];
};

/** Options of {@link createFakeUsbBus}. */
export type FakeUsbBusOptions = {
  readonly clock: Clock;
  /** False: `watch` resolves to null, like a machine without hot-plug events. Default true. */
  readonly hasHotPlug?: boolean;
  /** A read with nothing to return resolves null after this long; default 1000 ms. */
  readonly readTimeoutMs?: number;
  /** The first n opens fail with an access error, like right after hot-plug on Linux. */
  readonly failingOpens?: number;
};

type Waiter = {
  resolve: (report: Uint8Array | null) => void;
  reject: (error: Error) => void;
  cancel: () => void;
};
type Plugged = FakeUsbDevice & { queue: Uint8Array[]; waiter: Waiter | null; claimed: Set<number> };

/** Creates a {@link FakeUsbBus}, empty. */
export function createFakeUsbBus(options: FakeUsbBusOptions): FakeUsbBus {
  const devices = new Map<string, Plugged>();
  const journals = new Map<string, string[]>();
  const listeners = new Set<UsbHotPlugListener>();
  let failingOpens = options.failingOpens ?? 0;

  function note(key: string, entry: string) {
    journals.set(key, [...(journals.get(key) ?? []), entry]);
  }

  function openReader(device: Plugged, interfaceNumber: number): UsbInterfaceReader {
    const key = device.info.key;
    let inFlight: Promise<Uint8Array | null> | null = null;
    let closing: Promise<void> | null = null;

    function read(): Promise<Uint8Array | null> {
      if (devices.get(key) !== device) return Promise.reject(new Error('LIBUSB_ERROR_NO_DEVICE'));
      const next = device.queue.shift();
      if (next !== undefined) return Promise.resolve(next);
      return new Promise((resolve, reject) => {
        const cancel = options.clock.setTimer(() => {
          device.waiter = null;
          resolve(null); // the read timed out: "Cancelled" on hardware
        }, options.readTimeoutMs ?? 1000);
        device.waiter = { resolve, reject, cancel };
      });
    }

    return {
      readReportDescriptor: () =>
        Promise.resolve(device.reportDescriptors?.[interfaceNumber] ?? new Uint8Array()),
      useBootProtocol() {
        note(key, `set-boot-protocol ${interfaceNumber}`);
        return Promise.resolve();
      },
      readReport() {
        if (closing !== null) return Promise.reject(new Error('The interface is closed.'));
        if (inFlight !== null) return Promise.reject(new Error('One read at a time on an endpoint.'));
        const current = read().finally(() => {
          inFlight = null;
        });
        inFlight = current;
        return current;
      },
      close() {
        closing ??= (async () => {
          const waiter = device.waiter;
          device.waiter = null;
          waiter?.cancel();
          waiter?.resolve(null);
          await inFlight?.catch(() => null);
          device.claimed.delete(interfaceNumber);
          note(key, `release ${interfaceNumber}`);
          note(key, `attach-kernel-driver ${interfaceNumber}`);
          note(key, 'close');
        })();
        return closing;
      },
    };
  }

  function claim(deviceKey: string, interfaceNumber: number): UsbInterfaceReader {
    const device = devices.get(deviceKey);
    if (device === undefined) throw new Error(`No USB device ${deviceKey}.`);
    if (!device.info.interfaces.some((i) => i.interfaceNumber === interfaceNumber)) {
      throw new Error(`USB device ${deviceKey} has no interface ${interfaceNumber}.`);
    }
    if (failingOpens > 0) {
      failingOpens -= 1;
      throw new Error('LIBUSB_ERROR_ACCESS');
    }
    if (device.claimed.has(interfaceNumber)) throw new Error('LIBUSB_ERROR_BUSY');
    device.claimed.add(interfaceNumber);
    note(deviceKey, 'open');
    note(deviceKey, `detach-kernel-driver ${interfaceNumber}`);
    note(deviceKey, `claim ${interfaceNumber}`);
    return openReader(device, interfaceNumber);
  }

  return {
    listDevices: () => Promise.resolve([...devices.values()].map((device) => device.info)),
    watch(listener) {
      if (options.hasHotPlug === false) return Promise.resolve(null);
      listeners.add(listener);
      return Promise.resolve(() => {
        listeners.delete(listener);
      });
    },
    // Claimed in a promise job, so a refusal is a rejection as on hardware.
    openInterface: (deviceKey, interfaceNumber) =>
      Promise.resolve().then(() => claim(deviceKey, interfaceNumber)),
    plug(device) {
      devices.set(device.info.key, { ...device, queue: [], waiter: null, claimed: new Set() });
      for (const listener of [...listeners]) listener.connect(device.info);
    },
    unplug(deviceKey) {
      const device = devices.get(deviceKey);
      if (device === undefined) return;
      devices.delete(deviceKey);
      note(deviceKey, 'unplugged');
      device.waiter?.cancel();
      device.waiter?.reject(new Error('LIBUSB_ERROR_NO_DEVICE'));
      device.waiter = null;
      for (const listener of [...listeners]) listener.disconnect(deviceKey);
    },
    replay(deviceKey, reports) {
      const device = devices.get(deviceKey);
      if (device === undefined) throw new Error(`No USB device ${deviceKey}.`);
      for (const report of reports) {
        const waiter = device.waiter;
        device.waiter = null;
        if (waiter === null) device.queue.push(report);
        else {
          waiter.cancel();
          waiter.resolve(report);
        }
      }
    },
    journal: (deviceKey) => journals.get(deviceKey) ?? [],
  };
}
