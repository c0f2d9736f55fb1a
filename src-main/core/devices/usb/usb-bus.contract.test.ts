import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../clock/testing/manual-clock';
import { createLogger } from '../../logging';
import { hexBytes } from './fixtures/hex';
import { toteReports } from './fixtures/hid-pos-reports';
import { honeywellPosScanner } from './fixtures/usb-devices';
import {
  createFakeUsbBus,
  createWebUsbBus,
  startUsbScannerWatcher,
  type UsbBus,
  type UsbDeviceInfo,
} from './index';

// One behaviour for every UsbBus: the fake, and the real adapter over the `usb` package. This
// machine has no USB bus, so the real adapter is held to the "no device" half of the contract.

const logger = createLogger('usb-contract-test', { level: 'silent' });
const clock = () => createManualClock(Date.parse('2025-06-01T10:00:00.000Z'));

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

/** Lets pending native callbacks and promise jobs run, so a stray rejection would surface. */
async function settle() {
  for (let round = 0; round < 5; round += 1) await new Promise((resolve) => setImmediate(resolve));
}

const emptyBuses: { name: string; create: () => UsbBus }[] = [
  { name: 'the fake bus, nothing plugged', create: () => createFakeUsbBus({ clock: clock() }) },
  { name: 'the usb package on this machine (no USB bus)', create: () => createWebUsbBus({ logger }) },
];

describe.each(emptyBuses)('UsbBus without devices: $name', ({ create }) => {
  it('lists no device, and watching or polling never rejects', async () => {
    const bus = create();
    const devices = await bus.listDevices();
    const unwatch = await bus.watch({ connect: () => undefined, disconnect: () => undefined });
    unwatch?.();
    await settle();
    expect({ devices, unhandled }).toEqual({ devices: [], unhandled: [] });
  });

  it('refuses to open a device that is not there', async () => {
    await expect(create().openInterface('1-9/9', 0)).rejects.toThrow('No USB device 1-9/9.');
  });

  it('gives a scanner watcher zero scanners and no unhandled rejection', async () => {
    const watcher = await startUsbScannerWatcher({ bus: create(), clock: clock(), logger });
    await settle();
    expect({ scanners: watcher.scanners(), unhandled }).toEqual({ scanners: [], unhandled: [] });
    await watcher.dispose();
  });
});

describe('UsbBus with a device: the fake bus', () => {
  function plugged() {
    const manual = clock();
    const bus = createFakeUsbBus({ clock: manual, readTimeoutMs: 1000 });
    const heard: string[] = [];
    return { manual, bus, heard };
  }

  it('announces plugging to watchers until they unsubscribe, and lists what is plugged', async () => {
    const { bus, heard } = plugged();
    const unwatch = await bus.watch({
      connect: (device: UsbDeviceInfo) => heard.push(`connect ${device.key}`),
      disconnect: (key) => heard.push(`disconnect ${key}`),
    });
    bus.plug(honeywellPosScanner('1-2/5'));
    expect((await bus.listDevices()).map((device) => device.key)).toEqual(['1-2/5']);
    bus.unplug('1-2/5');
    unwatch?.();
    bus.plug(honeywellPosScanner('1-2/6'));
    expect(heard).toEqual(['connect 1-2/5', 'disconnect 1-2/5']);
  });

  it('reads reports in order, null after the read timeout, one read at a time', async () => {
    const { bus, manual } = plugged();
    bus.plug(honeywellPosScanner('1-2/5'));
    const reader = await bus.openInterface('1-2/5', 0);
    await expect(bus.openInterface('1-2/5', 0)).rejects.toThrow('LIBUSB_ERROR_BUSY');
    bus.replay(
      '1-2/5',
      toteReports.map((report) => hexBytes(report)),
    );
    expect(await reader.readReport()).toEqual(hexBytes(toteReports[0] ?? []));

    const waiting = reader.readReport();
    await expect(reader.readReport()).rejects.toThrow('One read at a time');
    manual.advance(1000);
    expect(await waiting).toBeNull();
    await reader.close();
  });

  it('fails the read in flight on unplug, and closes cleanly afterwards, twice', async () => {
    const { bus } = plugged();
    bus.plug(honeywellPosScanner('1-2/5'));
    const reader = await bus.openInterface('1-2/5', 0);
    const waiting = reader.readReport();
    bus.unplug('1-2/5');
    await expect(waiting).rejects.toThrow('LIBUSB_ERROR_NO_DEVICE');
    await reader.close();
    await reader.close();
    await expect(reader.readReport()).rejects.toThrow('closed');
    expect(bus.journal('1-2/5').slice(-4)).toEqual([
      'unplugged',
      'release 0',
      'attach-kernel-driver 0',
      'close',
    ]);
  });
});
