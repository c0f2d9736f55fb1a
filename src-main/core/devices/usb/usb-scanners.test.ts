import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScanEvent } from '../../../../src-shared/features/devices';
import { createManualClock, type ManualClock } from '../../clock/testing/manual-clock';
import { createLogger } from '../../logging';
import { createDeviceRegistry } from '../device-registry';
import { gs1WithControlGs, toteScan } from './fixtures/boot-keyboard-reports';
import { hexBytes } from './fixtures/hex';
import { gs1DataMatrixCode, gs1DataMatrixReports, toteReports } from './fixtures/hid-pos-reports';
import { honeywellPosScanner, officeKeyboard, zebraKeyboardScanner } from './fixtures/usb-devices';
import {
  createFakeUsbBus,
  type FakeUsbBusOptions,
  startUsbScannerWatcher,
  type UsbScanner,
  type UsbScannerWatcher,
} from './index';

const logger = createLogger('usb-test', { level: 'silent' });
const watchers: UsbScannerWatcher[] = [];
afterEach(async () => {
  for (const watcher of watchers.splice(0)) await watcher.dispose();
});

async function setUp(
  options: Partial<FakeUsbBusOptions> = {},
  plugged: ReturnType<typeof zebraKeyboardScanner>[] = [],
) {
  const clock: ManualClock = createManualClock(Date.parse('2025-06-01T10:00:00.000Z'));
  const bus = createFakeUsbBus({ clock, ...options });
  for (const device of plugged) bus.plug(device);
  const watcher = await startUsbScannerWatcher({ bus, clock, logger });
  watchers.push(watcher);
  return { clock, bus, watcher };
}

function nextScanner(watcher: UsbScannerWatcher): Promise<UsbScanner> {
  return new Promise((resolve) => {
    const stop = watcher.onScannerAdded((scanner) => {
      stop();
      resolve(scanner);
    });
  });
}

/** Resolves when the scanner is in `state` (at once when it already is). */
function becomes(scanner: UsbScanner, state: 'connected' | 'disconnected'): Promise<void> {
  if (scanner.describe().state === state) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = scanner.onState((next) => {
      if (next !== state) return;
      stop();
      resolve();
    });
  });
}

function scansOf(scanner: UsbScanner, count: number): Promise<ScanEvent[]> {
  const scans: ScanEvent[] = [];
  return new Promise((resolve) => {
    const stop = scanner.onScan((scan) => {
      scans.push(scan);
      if (scans.length < count) return;
      stop();
      resolve(scans);
    });
  });
}

const reports = (...recordings: readonly (readonly (string | readonly string[])[])[]) =>
  recordings.flat().map((report) => hexBytes(report));

describe('USB scanners over the fake bus', () => {
  it('finds a HID POS scanner on hot-plug, reads recorded reports and follows unplugging', async () => {
    const { bus, watcher } = await setUp();
    expect({ discovery: watcher.discovery, scanners: watcher.scanners() }).toEqual({
      discovery: 'hot-plug',
      scanners: [],
    });

    const added = nextScanner(watcher);
    bus.plug(honeywellPosScanner('1-2/5'));
    const scanner = await added;
    await becomes(scanner, 'connected');
    const scans = scansOf(scanner, 2);
    bus.replay('1-2/5', reports(toteReports, gs1DataMatrixReports));
    expect(await scans).toEqual([
      { code: 'TOTE-104233', symbology: ']C0', source: scanner.id, at: '2025-06-01T10:00:00.000Z' },
      { code: gs1DataMatrixCode, symbology: ']d2', source: scanner.id, at: '2025-06-01T10:00:00.000Z' },
    ]);
    expect(scanner.describe()).toEqual({
      id: 'usb-0c2e-0b87-21093B4F21',
      kind: 'scanner',
      name: 'Voyager 1450g',
      transport: 'usb',
      state: 'connected',
      address: 'usb://0c2e:0b87/21093B4F21',
    });

    const gone = becomes(scanner, 'disconnected');
    bus.unplug('1-2/5');
    await gone;
    expect(bus.journal('1-2/5')).toEqual([
      'open',
      'detach-kernel-driver 0',
      'claim 0',
      'unplugged',
      'release 0',
      'attach-kernel-driver 0',
      'close',
    ]);

    // Plugged in again (at a new address): the same scanner, connected again, reading.
    const back = becomes(scanner, 'connected');
    bus.plug(honeywellPosScanner('1-2/6'));
    await back;
    const again = scansOf(scanner, 1);
    bus.replay('1-2/6', reports(toteReports));
    expect((await again).map((scan) => scan.code)).toEqual(['TOTE-104233']);
    expect(watcher.scanners()).toEqual([scanner]);
  });

  it('stays one scanner when plugged straight back in before its old connection has closed', async () => {
    const { bus, watcher } = await setUp({}, [zebraKeyboardScanner('3-1/2')]);
    const [scanner] = watcher.scanners();
    if (scanner === undefined) throw new Error('the scanner present at start was not found');
    await becomes(scanner, 'connected');
    bus.unplug('3-1/2');
    bus.plug(zebraKeyboardScanner('3-1/7'));
    await becomes(scanner, 'disconnected');
    await becomes(scanner, 'connected');

    const scans = scansOf(scanner, 1);
    bus.replay('3-1/7', reports(toteScan));
    expect((await scans).map((scan) => scan.code)).toEqual(['TOTE-104233']);
    expect(watcher.scanners().map((s) => s.id)).toEqual(['usb-05e0-1200']);
  });

  it('reads a keyboard-mode scanner as a boot keyboard, past its vendor interface', async () => {
    const { bus, watcher } = await setUp({}, [zebraKeyboardScanner('3-1/2')]);
    const [scanner] = watcher.scanners();
    if (scanner === undefined) throw new Error('the scanner present at start was not found');
    await becomes(scanner, 'connected');
    const scans = scansOf(scanner, 2);
    bus.replay('3-1/2', reports(toteScan, gs1WithControlGs));

    expect((await scans).map(({ code, symbology }) => ({ code, symbology }))).toEqual([
      { code: 'TOTE-104233', symbology: undefined },
      { code: '10LOT42\u001d21SN7', symbology: undefined },
    ]);
    expect(bus.journal('3-1/2')).toEqual([
      ...['open', 'detach-kernel-driver 0', 'claim 0', 'release 0', 'attach-kernel-driver 0', 'close'],
      ...['open', 'detach-kernel-driver 1', 'claim 1', 'set-boot-protocol 1'],
    ]);
  });

  it('never opens a device that is not a known scanner, such as the packer’s keyboard', async () => {
    const { bus, watcher } = await setUp({}, [officeKeyboard('1-1/2')]);
    bus.plug(officeKeyboard('1-1/3'));
    expect(watcher.scanners()).toEqual([]);
    expect([...bus.journal('1-1/2'), ...bus.journal('1-1/3')]).toEqual([]);
  });

  it('polls every 2 s where the bus has no hot-plug events', async () => {
    const { bus, clock, watcher } = await setUp({ hasHotPlug: false });
    expect(watcher.discovery).toBe('polling');
    bus.plug(honeywellPosScanner('1-2/5'));
    clock.advance(1999);
    expect(watcher.scanners()).toEqual([]);

    const added = nextScanner(watcher);
    clock.advance(1);
    const scanner = await added;
    await becomes(scanner, 'connected');
    const scans = scansOf(scanner, 1);
    bus.replay('1-2/5', reports(toteReports));
    expect((await scans).map((scan) => scan.code)).toEqual(['TOTE-104233']);
  });

  it('tries opening again when the first attempt is refused (permissions not set yet)', async () => {
    const { bus, clock, watcher } = await setUp({ failingOpens: 1 });
    const added = nextScanner(watcher);
    bus.plug(honeywellPosScanner('1-2/5'));
    const scanner = await added;
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([1000]));
    expect(scanner.describe().state).toBe('disconnected');

    const connected = becomes(scanner, 'connected');
    clock.advance(1000);
    await connected;
  });

  it('feeds the device registry, and closing releases every claimed interface', async () => {
    const { bus, watcher } = await setUp({}, [honeywellPosScanner('1-2/5'), zebraKeyboardScanner('3-1/2')]);
    await Promise.all(watcher.scanners().map((scanner) => becomes(scanner, 'connected')));
    const forwarded: ScanEvent[] = [];
    const registry = createDeviceRegistry({
      scanners: watcher.scanners(),
      printers: [],
      logger,
      onScan: (scan) => forwarded.push(scan),
      onPrinterStatus: () => undefined,
    });
    const [pos] = watcher.scanners();
    if (pos === undefined) throw new Error('no scanner');
    const scanned = scansOf(pos, 1);
    bus.replay('1-2/5', reports(toteReports));
    await scanned;

    await registry.dispose();
    await watcher.dispose();
    expect(forwarded.map((scan) => [scan.source, scan.code])).toEqual([
      ['usb-0c2e-0b87-21093B4F21', 'TOTE-104233'],
    ]);
    expect(registry.list().map((device) => [device.id, device.state])).toEqual([
      ['usb-0c2e-0b87-21093B4F21', 'disconnected'],
      ['usb-05e0-1200', 'disconnected'],
    ]);
    expect([bus.journal('1-2/5').slice(-3), bus.journal('3-1/2').slice(-3)]).toEqual([
      ['release 0', 'attach-kernel-driver 0', 'close'],
      ['release 1', 'attach-kernel-driver 1', 'close'],
    ]);
  });
});
