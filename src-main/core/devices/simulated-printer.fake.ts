import { createListenerSet } from '../events';
import type { DeviceState, PrinterPort } from './device-ports';

/** A label printer without hardware: its state is whatever the test or demo sets. */
export type SimulatedPrinter = PrinterPort & {
  /** E.g. `paper_out` to show how the station reacts; announces only real changes. */
  setState(state: Extract<DeviceState, 'ready' | 'offline' | 'paper_out' | 'head_open'>): void;
};

export type SimulatedPrinterOptions = {
  readonly id?: string;
  readonly name?: string;
  readonly onListenerError?: (error: unknown) => void;
};

/** Creates a {@link SimulatedPrinter}, ready. */
export function createSimulatedPrinter(options: SimulatedPrinterOptions = {}): SimulatedPrinter {
  const id = options.id ?? 'simulated-printer';
  const name = options.name ?? 'Simulated label printer';
  const listeners = createListenerSet<DeviceState>(options.onListenerError ?? (() => {}));
  let state: DeviceState = 'ready';
  let isClosed = false;

  return {
    id,
    describe: () => ({ id, kind: 'printer', name, transport: 'simulated', state, address: null }),
    onStatus: (listener) => listeners.add(listener),
    setState(next) {
      if (isClosed || next === state) return;
      state = next;
      listeners.emit(state);
    },
    close() {
      isClosed = true;
      state = 'offline';
      listeners.clear();
      return Promise.resolve();
    },
  };
}
