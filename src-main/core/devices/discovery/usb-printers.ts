import { usbPrinterClass } from '../../printing';

/** A USB device with a printer-class interface. */
export type UsbPrinterFound = {
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber: string | null;
  readonly name: string;
};

/** What the `usb` package's WebUSB devices offer, as far as this list reads them. */
type ListedDevice = {
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber?: string | null;
  readonly productName?: string | null;
  readonly manufacturerName?: string | null;
  readonly configuration?: unknown;
};

/** Lists the USB devices of this machine; rejects where there is no USB bus. */
export type ListUsbDevices = () => Promise<readonly ListedDevice[]>;

/**
 * USB printers plugged in now: devices with an interface of the printer class (7). The `usb`
 * package is loaded here, not at start; where it or the USB bus is missing (containers, some VMs)
 * the list is empty.
 */
export async function listUsbPrinters(
  listDevices: ListUsbDevices = listWithUsbPackage,
): Promise<UsbPrinterFound[]> {
  let devices: readonly ListedDevice[];
  try {
    devices = await listDevices();
  } catch {
    return [];
  }
  return devices.filter(hasPrinterInterface).map((device) => ({
    vendorId: device.vendorId,
    productId: device.productId,
    serialNumber: device.serialNumber ?? null,
    name: [device.manufacturerName, device.productName].filter(Boolean).join(' ') || 'USB printer',
  }));
}

async function listWithUsbPackage(): Promise<readonly ListedDevice[]> {
  const { usb } = await import('usb');
  return usb.getDevices();
}

/** The active configuration is read field by field: its declared type is WebUSB's, the binding's may differ. */
function hasPrinterInterface(device: ListedDevice): boolean {
  const { configuration } = device;
  if (typeof configuration !== 'object' || configuration === null || !('interfaces' in configuration)) {
    return false;
  }
  const { interfaces } = configuration;
  return (
    Array.isArray(interfaces) &&
    interfaces.some(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        'alternate' in entry &&
        typeof entry.alternate === 'object' &&
        entry.alternate !== null &&
        'interfaceClass' in entry.alternate &&
        entry.alternate.interfaceClass === usbPrinterClass,
    )
  );
}
