import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bridgeChannels, bridgeEvents, type Envelope } from '../../src-shared/bridge';
import type { Actor } from '../../src-shared/domain';
import type { DeviceSettingsView, PrinterStatusView } from '../../src-shared/features/devices';
import { type BridgeHandlers, createDispatcher, type Dispatcher } from '../../src-main/core/bridge';
import { createSystemClock } from '../../src-main/core/clock';
import { openStationDatabase, type StationDatabase } from '../../src-main/core/db';
import {
  createDeviceSettingsHandlers,
  createDeviceSettingsService,
  openDeviceSettings,
  toPrintBridgeEvent,
  toQueuedPrinter,
} from '../../src-main/core/devices';
import { createLogger } from '../../src-main/core/logging';
import { renderLabelJob } from '../../src-main/core/pack';
import { createPrintQueue, type PrintQueue, type PrintQueueEvent } from '../../src-main/core/printing';
import { createEventLog, type EventLog } from '../helpers/print-queue-harness';
import { type PrinterPeer, startPrinterPeer } from '../helpers/printer-peer';

// The device settings behind the real dispatcher, on a real station database and print queue,
// with the TCP printer peer as the bench's Zebra. Only the signed-in person is given (as the
// station core's sessions would).

const logger = createLogger('device-settings-test', { level: 'silent' });
const people: Record<string, Actor> = {
  admin: { id: 'u-admin', role: 'admin', warehouseId: null },
  packer: { id: 'u-packer', role: 'packer', warehouseId: 'wh-1' },
};
const asAdmin = { sessionId: 'admin' };
const asPacker = { sessionId: 'packer' };

describe('device settings of a station', () => {
  let dataDir: string;
  let peer: PrinterPeer;
  let db: StationDatabase;
  let queue: PrintQueue;
  let log: EventLog;
  let dispatcher: Dispatcher;
  const usbSwitches: boolean[] = [];

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-device-settings-'));
    peer = await startPrinterPeer();
    const clock = createSystemClock();
    db = await openStationDatabase({ dataDir, clock, logger });
    log = createEventLog();
    const initial = await openDeviceSettings({ dataDir, logger });
    queue = createPrintQueue({
      repo: db.repos.printJobs,
      printers: initial.settings.printers.map(toQueuedPrinter),
      render: renderLabelJob,
      clock,
      logger,
      onEvent: (event) => log.push(event),
      waits: { firstMs: 50, longestMs: 100 },
    });
    await queue.start();
    // A stand-in for CUPS lpstat with two queues, one of them disabled.
    const lpstat = join(dataDir, 'lpstat');
    writeFileSync(
      lpstat,
      '#!/bin/sh\necho "printer Zebra_ZP450 is idle.  enabled since Mon 01 Dec 2025 09:00:00"\n' +
        'echo "printer TM-T88 disabled since Mon 01 Dec 2025 09:00:00 -"\n',
    );
    chmodSync(lpstat, 0o755);
    const settings = createDeviceSettingsService({
      dataDir,
      initial,
      queue,
      printJobs: db.repos.printJobs,
      setUsbScannersEnabled: (isEnabled) => usbSwitches.push(isEnabled),
      stationName: () => 'PACK-01',
      labelLanguage: () => 'zh-CN',
      timeZone: () => 'Asia/Shanghai',
      clock,
      logger,
      discovery: { lpstatCommand: lpstat, connectTimeoutMs: 500, answerTimeoutMs: 500 },
    });
    // Channels of other features are not called here.
    const otherFeatures = Object.fromEntries(
      Object.keys(bridgeChannels).map((name) => [name, () => Promise.reject(new Error(`${name} not used`))]),
    ) as unknown as BridgeHandlers;
    dispatcher = createDispatcher(
      {
        ...otherFeatures,
        ...createDeviceSettingsHandlers({ settings, actorOf: (caller) => people[caller.sessionId] ?? null }),
      },
      { logger, isSignedIn: () => true },
    );
  });

  afterEach(async () => {
    await queue.stop();
    await db.close();
    await peer.close();
    usbSwitches.length = 0;
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function call<T>(channel: string, input: unknown = {}, caller = asAdmin): Promise<T> {
    const answer = await dispatcher.dispatch(channel, input, caller);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
    // The dispatcher parsed the answer with the channel's output schema; T names it.
    return answer.value as T;
  }

  function peerPrinterInput(name = 'Zebra 打包台 1') {
    return { name, language: 'zpl', connection: { kind: 'tcp', host: peer.host, port: peer.port } };
  }

  async function printerStatus(printerId: string): Promise<PrinterStatusView | undefined> {
    return (await call<PrinterStatusView[]>('devices.printers')).find(
      (printer) => printer.printerId === printerId,
    );
  }

  function isReady(printerId: string) {
    return (event: PrintQueueEvent) =>
      event.type === 'printer' &&
      event.printer.printerId === printerId &&
      event.printer.status.state === 'ready';
  }

  function jobDone(jobId: string) {
    return log.until(
      (event) => event.type === 'job' && event.job.id === jobId && event.job.status === 'done',
    );
  }

  it('adds a TCP printer at once, and its test label reaches the printer and the settings file', async () => {
    const saved = await call<DeviceSettingsView>('devices.savePrinter', peerPrinterInput());
    expect(saved.settings.printers.map((printer) => printer.id)).toEqual(['demo-label-file', 'zebra-1']);

    const { jobId } = await call<{ jobId: string }>('devices.testPrint', { printerId: 'zebra-1' });
    const [label] = await peer.waitForJobs(1);
    await jobDone(jobId);
    await log.until(isReady('zebra-1'));
    expect(label).toContain('^CI28');
    expect(label).toContain('Zebra 打包台 1');
    expect(label).toContain(`tcp://127.0.0.1:${peer.port}`);
    expect(label).toContain('^FDPACKLINE-TEST^FS');
    expect(await printerStatus('zebra-1')).toMatchObject({
      name: 'Zebra 打包台 1',
      state: 'ready',
      progress: { done: 1, queued: 0, total: 1 },
    });
    const file: unknown = JSON.parse(readFileSync(join(dataDir, 'devices.json'), 'utf8'));
    expect(file).toEqual(saved.settings);

    // What the screens hear of it: bridge events that pass the contract the renderer checks.
    const pushed = log.events.map(toPrintBridgeEvent);
    expect(pushed.filter((event) => !bridgeEvents[event.name].safeParse(event.payload).success)).toEqual([]);
    expect(pushed).toContainEqual({
      name: 'print.job',
      payload: {
        jobId,
        printerId: 'zebra-1',
        templateId: 'test-label',
        orderId: null,
        status: 'done',
        lastError: null,
      },
    });
    expect(pushed).toContainEqual({
      name: 'printer.status',
      payload: { deviceId: 'zebra-1', state: 'ready', problems: [] },
    });
  });

  it('finds the printer peer on 127.0.0.1 as a ZPL printer, the spooler queues, and no USB printer', async () => {
    const found = await call<{ printers: unknown[]; probedHosts: number }>('devices.discoverPrinters', {
      subnet: '127.0.0.0/30',
      port: peer.port,
    });
    expect(found).toEqual({
      probedHosts: 2,
      printers: [
        {
          source: 'spooler',
          name: 'Zebra_ZP450',
          connection: { kind: 'spooler', destination: 'Zebra_ZP450' },
          language: null,
          state: 'ready',
          configuredAs: null,
        },
        {
          source: 'spooler',
          name: 'TM-T88',
          connection: { kind: 'spooler', destination: 'TM-T88' },
          language: null,
          state: 'paused',
          configuredAs: null,
        },
        {
          source: 'tcp',
          name: '127.0.0.1',
          connection: { kind: 'tcp', host: '127.0.0.1', port: peer.port },
          language: 'zpl',
          state: 'ready',
          configuredAs: null,
        },
      ],
    });
    await call('devices.savePrinter', peerPrinterInput());
    const again = await call<{ printers: { configuredAs: string | null }[] }>('devices.discoverPrinters', {
      hosts: ['127.0.0.1'],
      port: peer.port,
    });
    expect(again.printers.map((printer) => printer.configuredAs)).toEqual([null, null, 'zebra-1']);
  });

  it('sends the jobs waiting for a printer to its new address once an admin corrects it', async () => {
    await peer.stop();
    await call('devices.savePrinter', peerPrinterInput());
    const { jobId } = await call<{ jobId: string }>('devices.testPrint', { printerId: 'zebra-1' });
    await log.until((event) => event.type === 'printer' && event.printer.status.state === 'offline');
    const other = await startPrinterPeer();
    const sinceEdit = log.mark();
    try {
      await call('devices.savePrinter', {
        ...peerPrinterInput('Zebra 打包台 1'),
        id: 'zebra-1',
        connection: { kind: 'tcp', host: other.host, port: other.port },
      });
      await other.waitForJobs(1);
      await jobDone(jobId);
      await log.until(isReady('zebra-1'), sinceEdit);
      expect(await printerStatus('zebra-1')).toMatchObject({
        address: `tcp://127.0.0.1:${other.port}`,
        state: 'ready',
      });
    } finally {
      await other.close();
    }
  });

  it('removes a printer only with its waiting jobs cancelled, and its loop stops', async () => {
    await call('devices.savePrinter', peerPrinterInput());
    await call('devices.assign', { labelPrinterId: 'zebra-1' });
    peer.setState('paper_out');
    const { jobId } = await call<{ jobId: string }>('devices.testPrint', { printerId: 'zebra-1' });
    await log.until((event) => event.type === 'printer' && event.printer.status.state === 'paper_out');

    const refused = await dispatcher.dispatch('devices.removePrinter', { printerId: 'zebra-1' }, asAdmin);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('1 print jobs') as string },
    });

    const removed = await call<DeviceSettingsView>('devices.removePrinter', {
      printerId: 'zebra-1',
      isCancellingWaitingJobs: true,
    });
    expect(removed.settings).toMatchObject({ labelPrinterId: null, printers: [{ id: 'demo-label-file' }] });
    expect((await db.repos.printJobs.get(jobId))?.status).toBe('cancelled');
    expect(queue.printers().map((printer) => printer.printerId)).toEqual(['demo-label-file']);

    // Paper loaded: a loop still running would ask within 100 ms and print nothing (its job is
    // cancelled), so the only proof is silence for several of its waits.
    const queries = peer.statusQueryCount();
    peer.setState('ready');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect({ queries: peer.statusQueryCount(), jobs: peer.jobs() }).toEqual({ queries, jobs: [] });
  });

  it('assigns printers and the scanner timing, and says what the pack screen will use', async () => {
    await call('devices.savePrinter', peerPrinterInput());
    const view = await call<DeviceSettingsView>('devices.assign', {
      labelPrinterId: 'zebra-1',
      slipPrinterId: 'demo-label-file',
      scannerTiming: {
        kind: 'custom',
        timing: {
          maxGapMs: 120,
          maxMeanGapMs: 95,
          minLength: 8,
          terminators: ['Enter'],
          hasAimPrefix: false,
        },
      },
      isUsbScannerEnabled: false,
    });
    expect(view).toMatchObject({
      origin: 'file',
      settings: {
        labelPrinterId: 'zebra-1',
        slipPrinterId: 'demo-label-file',
        scanner: { isUsbEnabled: false },
      },
      scannerProfile: { id: 'custom', maxGapMs: 120, maxMeanGapMs: 95, minLength: 8, terminators: ['Enter'] },
    });
    expect(usbSwitches).toEqual([false]);
    expect(await call('devices.settings', {}, asPacker)).toEqual(view);
  });

  it('lets a packer read but not change, and refuses bad input (a file printer outside the data folder too)', async () => {
    const answers: Envelope<unknown>[] = await Promise.all([
      dispatcher.dispatch('devices.savePrinter', peerPrinterInput(), asPacker),
      dispatcher.dispatch('devices.testPrint', { printerId: 'demo-label-file' }, asPacker),
      dispatcher.dispatch('devices.discoverPrinters', { hosts: ['127.0.0.1'] }, asPacker),
      dispatcher.dispatch('devices.assign', { labelPrinterId: null }, asPacker),
      dispatcher.dispatch(
        'devices.savePrinter',
        {
          ...peerPrinterInput(),
          connection: { kind: 'tcp', host: 'zebra 01' },
        },
        asAdmin,
      ),
      dispatcher.dispatch(
        'devices.savePrinter',
        { name: 'Cron', language: 'zpl', connection: { kind: 'file', path: '/etc/cron.d/../cron.d/labels' } },
        asAdmin,
      ),
      dispatcher.dispatch('devices.assign', { labelPrinterId: 'no-such-printer' }, asAdmin),
      dispatcher.dispatch('devices.discoverPrinters', { hosts: ['10.0.0.300'] }, asAdmin),
    ]);
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code))).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'validation',
      'validation',
      'not_found',
      'validation',
    ]);
    const view = await call<DeviceSettingsView>('devices.settings', {}, asPacker);
    expect(view).toMatchObject({ origin: 'defaults', settings: { labelPrinterId: 'demo-label-file' } });
    expect(view.settings.printers.map((printer) => printer.id)).toEqual(['demo-label-file']);
  });
});
