import type { ScanEvent } from '../../../src-shared/features/devices';
import type { Clock } from '../clock';
import { createListenerSet } from '../events';
import type { ScannerPort } from './device-ports';

/** A scanner without hardware: for tests and the hardware-free demo. */
export type SimulatedScanner = ScannerPort & {
  /** Reads `code` as if a barcode had been scanned; ignored once closed. */
  emitScan(code: string, symbology?: string): void;
};

export type SimulatedScannerOptions = {
  readonly clock: Clock;
  readonly id?: string;
  readonly name?: string;
  readonly onListenerError?: (error: unknown) => void;
};

/** Creates a {@link SimulatedScanner}, connected. */
export function createSimulatedScanner(options: SimulatedScannerOptions): SimulatedScanner {
  const id = options.id ?? 'simulated-scanner';
  const name = options.name ?? 'Simulated scanner';
  const listeners = createListenerSet<ScanEvent>(options.onListenerError ?? (() => {}));
  let isConnected = true;

  return {
    id,
    describe: () => ({
      id,
      kind: 'scanner',
      name,
      transport: 'simulated',
      state: isConnected ? 'connected' : 'disconnected',
      address: null,
    }),
    onScan: (listener) => listeners.add(listener),
    emitScan(code, symbology) {
      if (!isConnected) return;
      const at = new Date(options.clock.now()).toISOString();
      listeners.emit({ code, source: id, at, ...(symbology === undefined ? {} : { symbology }) });
    },
    close() {
      isConnected = false;
      listeners.clear();
      return Promise.resolve();
    },
  };
}
