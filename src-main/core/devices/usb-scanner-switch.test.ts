import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScanEvent } from '../../../src-shared/features/devices';
import { createManualClock } from '../clock/testing/manual-clock';
import { createLogger } from '../logging';
import { createDeviceRegistry, type DeviceRegistry } from './device-registry';
import { createUsbScannerSwitch, type UsbScannerSwitch } from './usb-scanner-switch';
import { createFakeUsbBus } from './usb';
import { hexBytes } from './usb/fixtures/hex';
import { toteReports } from './usb/fixtures/hid-pos-reports';
import { honeywellPosScanner } from './usb/fixtures/usb-devices';

const logger = createLogger('usb-switch-test', { level: 'silent' });
const opened: { usb: UsbScannerSwitch; registry: DeviceRegistry }[] = [];
afterEach(async () => {
  for (const { usb, registry } of opened.splice(0)) {
    await usb.dispose();
    await registry.dispose();
  }
});

function setUp() {
  const clock = createManualClock(Date.parse('2025-06-01T10:00:00.000Z'));
  const bus = createFakeUsbBus({ clock });
  const scans: ScanEvent[] = [];
  const registry = createDeviceRegistry({
    scanners: [],
    printers: [],
    logger,
    onScan: (scan) => scans.push(scan),
    onPrinterStatus: () => undefined,
  });
  const usb = createUsbScannerSwitch({ bus: () => bus, registry, clock, logger });
  opened.push({ usb, registry });
  return { bus, scans, registry, usb };
}

describe('the USB scanner switch of the device settings', () => {
  it('lists a scanner plugged in while on and forwards its scans; off, it closes and leaves the list', async () => {
    const { bus, scans, registry, usb } = setUp();
    usb.setEnabled(true);
    await usb.settled();
    bus.plug(honeywellPosScanner('1-2/5'));
    await vi.waitFor(() => expect(registry.list().map((device) => device.state)).toEqual(['connected']));
    bus.replay(
      '1-2/5',
      toteReports.flat().map((report) => hexBytes(report)),
    );
    await vi.waitFor(() => expect(scans.map((scan) => scan.code)).toEqual(['TOTE-104233']));

    usb.setEnabled(false);
    await usb.settled();
    expect(registry.list()).toEqual([]);
    expect(bus.journal('1-2/5').at(-1)).toBe('close');
  });

  it('never opens a scanner while off, so it keeps typing as a keyboard', async () => {
    const { bus, registry, usb } = setUp();
    bus.plug(honeywellPosScanner('1-2/5'));
    usb.setEnabled(false);
    await usb.settled();
    expect({ listed: registry.list(), journal: bus.journal('1-2/5') }).toEqual({ listed: [], journal: [] });
  });

  it('closes its scanners on dispose and ignores being switched on afterwards', async () => {
    const { bus, registry, usb } = setUp();
    bus.plug(honeywellPosScanner('1-2/5'));
    usb.setEnabled(true);
    await vi.waitFor(() => expect(registry.list().map((device) => device.state)).toEqual(['connected']));
    await usb.dispose();
    usb.setEnabled(true);
    await usb.settled();
    expect({ listed: registry.list(), lastStep: bus.journal('1-2/5').at(-1) }).toEqual({
      listed: [],
      lastStep: 'close',
    });
  });
});
