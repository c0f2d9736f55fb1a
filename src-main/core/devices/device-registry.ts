import type { Device, ScanEvent } from '../../../src-shared/features/devices';
import type { Logger } from '../logging';
import type { DeviceState, PrinterPort, ScannerPort } from './device-ports';

/** Every device main knows, and one stream of what they report. */
export type DeviceRegistry = {
  list(): Device[];
  /** Closes every device, in parallel; a failing close is logged, never thrown. Idempotent. */
  dispose(): Promise<void>;
};

export type DeviceRegistryOptions = {
  readonly scanners: readonly ScannerPort[];
  readonly printers: readonly PrinterPort[];
  readonly logger: Logger;
  readonly onScan: (scan: ScanEvent) => void;
  readonly onPrinterStatus: (status: { deviceId: string; state: DeviceState }) => void;
};

/** Builds the registry and subscribes to every device. */
export function createDeviceRegistry(options: DeviceRegistryOptions): DeviceRegistry {
  const devices = [...options.scanners, ...options.printers];
  const unsubscribers = [
    ...options.scanners.map((scanner) => scanner.onScan(options.onScan)),
    ...options.printers.map((printer) =>
      printer.onStatus((state) => options.onPrinterStatus({ deviceId: printer.id, state })),
    ),
  ];
  let disposing: Promise<void> | null = null;

  async function closeAll(): Promise<void> {
    for (const unsubscribe of unsubscribers) unsubscribe();
    const results = await Promise.allSettled(devices.map((device) => device.close()));
    results.forEach((result, index) => {
      if (result.status === 'rejected') {
        options.logger.error({ err: result.reason, deviceId: devices[index]?.id }, 'device did not close');
      }
    });
  }

  return {
    list: () => devices.map((device) => device.describe()),
    dispose() {
      disposing ??= closeAll();
      return disposing;
    },
  };
}
