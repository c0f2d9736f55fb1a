import { describe, expect, it } from 'vitest';
import type { ScanEvent } from '../../../src-shared/features/devices';
import { createManualClock } from '../clock/testing/manual-clock';
import { createLogger } from '../logging';
import {
  createDeviceHandlers,
  createDeviceRegistry,
  createSimulatedPrinter,
  createSimulatedScanner,
} from './index';

const logger = createLogger('devices-test', { level: 'silent' });

function setUp() {
  const clock = createManualClock(Date.parse('2025-06-01T10:00:00.000Z'));
  const scanner = createSimulatedScanner({ clock });
  const printer = createSimulatedPrinter();
  const scans: ScanEvent[] = [];
  const statuses: { deviceId: string; state: string }[] = [];
  const registry = createDeviceRegistry({
    scanners: [scanner],
    printers: [printer],
    logger,
    onScan: (scan) => scans.push(scan),
    onPrinterStatus: (status) => statuses.push(status),
  });
  return { scanner, printer, scans, statuses, registry };
}

describe('device registry with simulated devices', () => {
  it('lists the fake scanner and printer through the bridge handler', async () => {
    const { registry } = setUp();
    const handlers = createDeviceHandlers(registry);
    expect(await handlers['devices.list']({}, { sessionId: 's' })).toEqual([
      {
        id: 'simulated-scanner',
        kind: 'scanner',
        name: 'Simulated scanner',
        transport: 'simulated',
        state: 'connected',
        address: null,
      },
      {
        id: 'simulated-printer',
        kind: 'printer',
        name: 'Simulated label printer',
        transport: 'simulated',
        state: 'ready',
        address: null,
      },
    ]);
    await registry.dispose();
  });

  it('forwards scans and printer state changes, and only real changes', async () => {
    const { scanner, printer, scans, statuses, registry } = setUp();
    scanner.emitScan('4006381333931', 'ean13');
    printer.setState('paper_out');
    printer.setState('paper_out');
    printer.setState('ready');
    expect(scans).toEqual([
      {
        code: '4006381333931',
        symbology: 'ean13',
        source: 'simulated-scanner',
        at: '2025-06-01T10:00:00.000Z',
      },
    ]);
    expect(statuses).toEqual([
      { deviceId: 'simulated-printer', state: 'paper_out' },
      { deviceId: 'simulated-printer', state: 'ready' },
    ]);
    await registry.dispose();
  });

  it('closes every device on dispose, after which nothing is forwarded', async () => {
    const { scanner, printer, scans, statuses, registry } = setUp();
    await registry.dispose();
    await registry.dispose();
    scanner.emitScan('123');
    printer.setState('head_open');
    expect(scans).toEqual([]);
    expect(statuses).toEqual([]);
    expect(registry.list().map((d) => d.state)).toEqual(['disconnected', 'offline']);
  });
});
