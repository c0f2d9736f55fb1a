import type { UsbInterfaceInfo, UsbPrinterDevice, UsbPrinterFinder } from './usb-printer-device';

/** Which USB printer to use: vendor and product id, and the serial number when several are plugged in. */
export type UsbPrinterMatch = {
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber?: string;
};

/** What the `usb` package's device offers beyond the port, as its type declarations name it. */
type NativeUsbDevice = {
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber: string | null;
  readonly configuration: unknown;
  open(): Promise<void>;
  close(): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  releaseInterface(interfaceNumber: number): Promise<void>;
  detachKernelDriver(interfaceNumber: number): Promise<void>;
  nativeTransferOut(endpointNumber: number, timeout: number, data: Uint8Array): Promise<number>;
  nativeControlTransferIn(
    setup: { requestType: string; recipient: string; request: number; value: number; index: number },
    timeout: number,
    length: number,
  ): Promise<Uint8Array | null>;
};

/**
 * Finds a USB printer with the `usb` package. The package (and its native binding) is loaded on
 * the first search, not when the station starts, so a machine without it or without a USB bus
 * only sees this printer `offline`. Each search lists the bus again: a printer plugged in later
 * is found on the next try.
 */
export function findUsbPrinter(match: UsbPrinterMatch): UsbPrinterFinder {
  return async () => {
    const { usb } = await import('usb');
    const devices: readonly NativeUsbDevice[] = await usb.getDevices();
    const found = devices.find(
      (device) =>
        device.vendorId === match.vendorId &&
        device.productId === match.productId &&
        (match.serialNumber === undefined || device.serialNumber === match.serialNumber),
    );
    return found === undefined ? null : adaptDevice(found);
  };
}

function adaptDevice(device: NativeUsbDevice): UsbPrinterDevice {
  return {
    get interfaces() {
      return interfacesOf(device.configuration);
    },
    open: () => device.open(),
    close: () => device.close(),
    async claimInterface(interfaceNumber) {
      // Linux binds `usblp` to printers; the interface must be taken from it first. Elsewhere,
      // or with no driver bound, detaching fails and changes nothing.
      await device.detachKernelDriver(interfaceNumber).catch(() => {});
      await device.claimInterface(interfaceNumber);
    },
    releaseInterface: (interfaceNumber) => device.releaseInterface(interfaceNumber),
    transferOut: (endpointNumber, data, timeoutMs) =>
      device.nativeTransferOut(endpointNumber, timeoutMs, data),
    controlTransferIn: (setup, length, timeoutMs) => device.nativeControlTransferIn(setup, timeoutMs, length),
  };
}

/** The configuration the binding reports, checked field by field (its declared type is WebUSB's). */
function interfacesOf(configuration: unknown): readonly UsbInterfaceInfo[] | null {
  if (typeof configuration !== 'object' || configuration === null || !('interfaces' in configuration)) {
    return null;
  }
  const { interfaces } = configuration;
  return Array.isArray(interfaces) ? interfaces.filter(isInterfaceInfo) : null;
}

function isInterfaceInfo(value: unknown): value is UsbInterfaceInfo {
  if (typeof value !== 'object' || value === null) return false;
  if (!('interfaceNumber' in value) || typeof value.interfaceNumber !== 'number') return false;
  if (!('alternate' in value) || typeof value.alternate !== 'object' || value.alternate === null)
    return false;
  const { alternate } = value;
  return (
    'interfaceClass' in alternate &&
    typeof alternate.interfaceClass === 'number' &&
    'endpoints' in alternate &&
    Array.isArray(alternate.endpoints)
  );
}
