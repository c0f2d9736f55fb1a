import type { Device, ScanEvent } from '../../../src-shared/features/devices';
import type { Logger } from '../logging';
import type { DeviceState, PrinterPort, ScannerPort } from './device-ports';

/** Every device main knows, and one stream of what they report. */
export type DeviceRegistry = {
  list(): Device[];
  /**
   * Registers a scanner found while the station runs (a USB scanner plugged in): it is listed and
   * its scans are forwarded until the returned function removes it. Whoever added it still owns
   * it, but `dispose` closes it too. Ignored after `dispose`.
   */
  addScanner(scanner: ScannerPort): () => void;
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

type Entry = { readonly device: ScannerPort | PrinterPort; readonly unsubscribe: () => void };

/** Builds the registry and subscribes to every device. */
export function createDeviceRegistry(options: DeviceRegistryOptions): DeviceRegistry {
  const entries: Entry[] = [
    ...options.scanners.map((scanner) => ({ device: scanner, unsubscribe: scanner.onScan(options.onScan) })),
    ...options.printers.map((printer) => ({
      device: printer,
      unsubscribe: printer.onStatus((state) => options.onPrinterStatus({ deviceId: printer.id, state })),
    })),
  ];
  let disposing: Promise<void> | null = null;

  // Closed devices stay listed (disconnected, offline), as the station screen showed them last.
  async function closeAll(): Promise<void> {
    for (const entry of entries) entry.unsubscribe();
    const all = entries.map((entry) => entry.device);
    const results = await Promise.allSettled(all.map((device) => device.close()));
    results.forEach((result, index) => {
      if (result.status === 'rejected') {
        options.logger.error({ err: result.reason, deviceId: all[index]?.id }, 'device did not close');
      }
    });
  }

  return {
    list: () => entries.map((entry) => entry.device.describe()),
    addScanner(scanner) {
      if (disposing !== null) return () => undefined;
      const entry = { device: scanner, unsubscribe: scanner.onScan(options.onScan) };
      entries.push(entry);
      return () => {
        const index = entries.indexOf(entry);
        if (index < 0) return;
        entries.splice(index, 1);
        entry.unsubscribe();
      };
    },
    dispose() {
      disposing ??= closeAll();
      return disposing;
    },
  };
}
