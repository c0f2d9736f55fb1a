import type { Clock } from '../clock';
import type { Logger } from '../logging';
import type { DeviceRegistry } from './device-registry';
import { startUsbScannerWatcher, type UsbBus, type UsbScanner, type UsbScannerWatcher } from './usb';

/** Turns reading USB scanners on and off while the station runs (the device setting). */
export type UsbScannerSwitch = {
  /** Asks for the watcher on or off; it follows in the background, in the order asked. */
  setEnabled(isEnabled: boolean): void;
  /** Resolves once every switch asked for so far has happened. */
  settled(): Promise<void>;
  /** Stops the watcher (its scanners close and leave the registry). Idempotent. */
  dispose(): Promise<void>;
};

/** What {@link createUsbScannerSwitch} needs. */
export type UsbScannerSwitchOptions = {
  /** Made on first use: the real bus loads the `usb` package. */
  readonly bus: () => UsbBus;
  readonly registry: DeviceRegistry;
  readonly clock: Clock;
  readonly logger: Logger;
};

type Running = { readonly watcher: UsbScannerWatcher; readonly stop: () => Promise<void> };

/**
 * Builds the switch, off.
 *
 *   off ──setEnabled(true)──▶ starting ──watcher listed the bus──▶ on: every scanner it finds
 *    ▲                           │ (failed: logged, stays off)        is added to the registry
 *    └──── watcher disposed ◀── setEnabled(false) or dispose() ◀──────┘
 *
 * A machine without a USB bus (containers, these build machines) finds no scanner and stays on,
 * polling the empty bus; it never throws.
 */
export function createUsbScannerSwitch(options: UsbScannerSwitchOptions): UsbScannerSwitch {
  const { registry, clock, logger } = options;
  let bus: UsbBus | null = null;
  let running: Running | null = null;
  let isWanted = false;
  let isDisposed = false;
  let turns: Promise<void> = Promise.resolve();

  async function start(): Promise<void> {
    try {
      bus ??= options.bus();
      const watcher = await startUsbScannerWatcher({ bus, clock, logger });
      const removers: (() => void)[] = [];
      const register = (scanner: UsbScanner) => removers.push(registry.addScanner(scanner));
      for (const scanner of watcher.scanners()) register(scanner);
      const stopListening = watcher.onScannerAdded(register);
      running = {
        watcher,
        async stop() {
          stopListening();
          for (const remove of removers) remove();
          await watcher.dispose();
        },
      };
      logger.info({ discovery: watcher.discovery }, 'reading USB scanners');
    } catch (error) {
      logger.warn({ err: error }, 'USB scanners could not be watched');
    }
  }

  async function follow(): Promise<void> {
    if (isWanted && !isDisposed && running === null) await start();
    else if ((!isWanted || isDisposed) && running !== null) {
      const stopping = running;
      running = null;
      await stopping
        .stop()
        .catch((error: unknown) => logger.error({ err: error }, 'USB scanners did not close'));
      logger.info('stopped reading USB scanners');
    }
  }

  function enqueue(): Promise<void> {
    turns = turns.then(follow);
    return turns;
  }

  let disposing: Promise<void> | null = null;
  return {
    setEnabled(isEnabled) {
      if (isDisposed) return;
      isWanted = isEnabled;
      void enqueue();
    },
    settled: () => turns,
    dispose() {
      isDisposed = true;
      disposing ??= enqueue();
      return disposing;
    },
  };
}
