import type { Logger } from '../../logging';
import type { UsbBus, UsbDeviceInfo, UsbInterfaceInfo, UsbInterfaceReader } from './usb-bus';
import type { WebUsbApi, WebUsbDevice } from './webusb-api';

/** Options of {@link createWebUsbBus}. */
export type WebUsbBusOptions = {
  readonly logger: Logger;
  /** The `usb` package's WebUSB object; tests pass a stand-in. Loaded lazily: its native part may be missing. */
  readonly loadUsb?: () => Promise<WebUsbApi>;
  /** How long one interrupt read waits before it is cancelled; default 1000 ms. */
  readonly readTimeoutMs?: number;
};

const standardGetDescriptor = 0x06;
const hidReportDescriptor = 0x2200; // descriptor type 0x22 in the high byte, index 0
const hidSetProtocol = 0x0b;

/** The real {@link UsbBus} over the `usb` package. Where there is no USB bus it has no devices. */
export function createWebUsbBus(options: WebUsbBusOptions): UsbBus {
  const { logger } = options;
  const readTimeoutMs = options.readTimeoutMs ?? 1000;
  let loading: Promise<WebUsbApi | null> | null = null;
  let hasWarned = false;

  function warnOnce(error: unknown, message: string) {
    if (hasWarned) return;
    hasWarned = true;
    logger.warn({ err: error }, message);
  }

  function usb(): Promise<WebUsbApi | null> {
    loading ??= (options.loadUsb ?? loadUsbPackage)().catch((error: unknown) => {
      warnOnce(error, 'USB support is not available on this machine');
      return null;
    });
    return loading;
  }

  async function rawDevices(): Promise<WebUsbDevice[]> {
    const api = await usb();
    if (api === null) return [];
    try {
      return await api.getDevices();
    } catch (error) {
      // No USB bus (containers, some VMs): `/sys/bus/usb/devices` is missing. Not an error here.
      warnOnce(error, 'USB devices cannot be listed; no USB scanners');
      return [];
    }
  }

  function describe(device: WebUsbDevice): UsbDeviceInfo | null {
    try {
      return infoOf(device);
    } catch (error) {
      logger.debug({ err: error }, 'USB device could not be described');
      return null;
    }
  }

  return {
    async listDevices() {
      return (await rawDevices()).map(describe).filter((info) => info !== null);
    },
    async watch(listener) {
      const api = await usb();
      if (api === null) return null;
      // The package lists devices itself when the first hot-plug listener is added, and nothing
      // catches that listing: on a machine without a USB bus it would be an unhandled rejection.
      // Listing first tells whether that can happen.
      try {
        await api.getDevices();
      } catch (error) {
        warnOnce(error, 'USB devices cannot be listed; no USB scanners');
        return null;
      }
      const onConnect = (event: { device: WebUsbDevice }) => {
        const info = describe(event.device);
        if (info !== null) listener.connect(info);
      };
      const onDisconnect = (event: { device: WebUsbDevice }) => listener.disconnect(keyOf(event.device));
      api.addEventListener('connect', onConnect);
      api.addEventListener('disconnect', onDisconnect);
      return () => {
        api.removeEventListener('connect', onConnect);
        api.removeEventListener('disconnect', onDisconnect);
      };
    },
    async openInterface(deviceKey, interfaceNumber) {
      const device = (await rawDevices()).find((candidate) => keyOf(candidate) === deviceKey);
      if (device === undefined) throw new Error(`No USB device ${deviceKey}.`);
      const iface = infoOf(device).interfaces.find((i) => i.interfaceNumber === interfaceNumber);
      if (iface?.inEndpoint == null) throw new Error(`USB interface ${interfaceNumber} has no IN endpoint.`);
      return claim(device, interfaceNumber, iface.inEndpoint, readTimeoutMs);
    },
  };
}

async function loadUsbPackage(): Promise<WebUsbApi> {
  const { usb } = await import('usb');
  // The package adds transferIn and the control transfers to its devices at load time and types
  // them through the browser's WebUSB declarations, which main does not load: the shape is
  // WebUSB's, as webusb-api.ts spells it, and the driver test runs against the real package.
  return usb as unknown as WebUsbApi;
}

/** Opens and claims; on failure leaves the device as it found it. */
async function claim(
  device: WebUsbDevice,
  interfaceNumber: number,
  endpoint: NonNullable<UsbInterfaceInfo['inEndpoint']>,
  readTimeoutMs: number,
): Promise<UsbInterfaceReader> {
  await device.open();
  let hasDetached = false;
  try {
    if (device.configuration == null) {
      await device.selectConfiguration(device.configurations[0]?.configurationValue ?? 1);
    }
    // Linux binds HID devices to its own driver; elsewhere (or with no driver bound) this fails harmlessly.
    hasDetached = await device.detachKernelDriver(interfaceNumber).then(
      () => true,
      () => false,
    );
    await device.claimInterface(interfaceNumber);
  } catch (error) {
    if (hasDetached) await device.attachKernelDriver(interfaceNumber).catch(() => undefined);
    await device.close().catch(() => undefined);
    throw error;
  }
  return readerOf(device, interfaceNumber, endpoint, readTimeoutMs, hasDetached);
}

function readerOf(
  device: WebUsbDevice,
  interfaceNumber: number,
  endpoint: NonNullable<UsbInterfaceInfo['inEndpoint']>,
  readTimeoutMs: number,
  hasDetached: boolean,
): UsbInterfaceReader {
  let inFlight: Promise<Uint8Array | null> | null = null;
  let closing: Promise<void> | null = null;
  const setup = { recipient: 'interface', index: interfaceNumber } as const;

  async function read(): Promise<Uint8Array | null> {
    try {
      const result = await device.transferIn(endpoint.endpointNumber, endpoint.packetSize, readTimeoutMs);
      if (result.data === undefined) return null;
      return new Uint8Array(result.data.buffer, result.data.byteOffset, result.data.byteLength).slice();
    } catch (error) {
      // A read that timed out is cancelled by the library: nothing was scanned meanwhile.
      if (error instanceof Error && error.message.includes('Cancelled')) return null;
      throw error;
    }
  }

  return {
    async readReportDescriptor() {
      const result = await device.controlTransferIn(
        { ...setup, requestType: 'standard', request: standardGetDescriptor, value: hidReportDescriptor },
        4096,
      );
      if (result.data === undefined) throw new Error('The HID report descriptor could not be read.');
      return new Uint8Array(result.data.buffer, result.data.byteOffset, result.data.byteLength).slice();
    },
    async useBootProtocol() {
      // The library's control transfer expects a buffer even when there is no data stage.
      await device.controlTransferOut(
        { ...setup, requestType: 'class', request: hidSetProtocol, value: 0 },
        new Uint8Array(0),
      );
    },
    readReport() {
      if (closing !== null) return Promise.reject(new Error('The USB interface is closed.'));
      if (inFlight !== null) return Promise.reject(new Error('One read at a time on an endpoint.'));
      const current = read().finally(() => {
        inFlight = null;
      });
      inFlight = current;
      return current;
    },
    close() {
      closing ??= (async () => {
        // Releasing with a transfer pending fails: let the read finish or time out first.
        await inFlight?.catch(() => null);
        await device.releaseInterface(interfaceNumber).catch(() => undefined);
        if (hasDetached) await device.attachKernelDriver(interfaceNumber).catch(() => undefined);
        await device.close().catch(() => undefined);
      })();
      return closing;
    },
  };
}

function keyOf(device: WebUsbDevice): string {
  return `${device.bus}/${device.address}`;
}

function infoOf(device: WebUsbDevice): UsbDeviceInfo {
  const configuration = device.configuration ?? device.configurations[0];
  const interfaces = (configuration?.interfaces ?? []).map(({ interfaceNumber, alternate }) => {
    const endpoint = alternate.endpoints.find((e) => e.direction === 'in' && e.type === 'interrupt');
    return {
      interfaceNumber,
      interfaceClass: alternate.interfaceClass,
      interfaceSubclass: alternate.interfaceSubclass,
      interfaceProtocol: alternate.interfaceProtocol,
      inEndpoint:
        endpoint === undefined
          ? null
          : { endpointNumber: endpoint.endpointNumber, packetSize: endpoint.packetSize },
    };
  });
  return {
    key: keyOf(device),
    vendorId: device.vendorId,
    productId: device.productId,
    serialNumber: device.serialNumber ?? null,
    productName: device.productName ?? null,
    interfaces,
  };
}
