import { join } from 'node:path';
import { type Envelope, fail } from '../../../src-shared/bridge';
import { defaultIdleLockMs } from '../../../src-shared/features/auth';
import type { LabelLanguage } from '../../../src-shared/features/labels';
import type { StationStatus } from '../../../src-shared/features/station';
import { createDispatcher } from '../bridge';
import { type Clock, createSystemClock } from '../clock';
import {
  createDeviceHandlers,
  createDeviceRegistry,
  createDeviceSettingsHandlers,
  createDeviceSettingsService,
  createSimulatedPrinter,
  createSimulatedScanner,
  createUsbScannerSwitch,
  createWebUsbBus,
  openDeviceSettings,
  type PrinterPort,
  type ScannerPort,
  toPrintBridgeEvent,
  toStationPrinter,
  type UsbBus,
} from '../devices';
import { createListenerSet } from '../events';
import { createFetchTransport, createHubClient, createHubLink, type HubTransport } from '../hub-link';
import { createLogger, type Logger } from '../logging';
import type { WarehouseDetails } from '../../../src-shared/domain';
import {
  createPackBench,
  createPackHandlers,
  type PackBench,
  type ShipFrom,
  type StationPrinter,
} from '../pack';
import { createOrderHandlers, createStationSync, createSyncHandlers, type StationSync } from '../sync';
import { createAuthHandlers } from './auth.handlers';
import { type BenchSignInSettings, createBenchAuthHandlers } from './bench-auth.handlers';
import { createBenchSignIn } from './bench-sign-in';
import { createPinLockout, pinLockoutFileName } from './pin-lockout';
import { createSessionStore } from './session-store';
import type { StationCore, StationEvent } from './station-core.types';
import { openStationDb } from './station-db';
import { createStationHandlers } from './station.handlers';
import { createStationsHandlers } from './stations.handlers';
import { loadStationIdentity } from './station-identity';

/** Everything the station core is built from; the shells (Electron, host) fill it in. */
export type StationCoreConfig = {
  /** The station's own folder: `station.json`, the database in `db/`. Created when missing. */
  readonly dataDir: string;
  readonly hubUrl: string;
  readonly isHubEmbedded: boolean;
  readonly mode: StationStatus['mode'];
  readonly appVersion: string;
  readonly clock?: Clock;
  readonly transport?: HubTransport;
  /** Health check interval while online (default 2000); half of it while connecting or offline. */
  readonly healthIntervalMs?: number;
  readonly logger?: Logger;
  /** Devices to register; default one simulated scanner and one simulated label printer. */
  readonly devices?: { readonly scanners: readonly ScannerPort[]; readonly printers: readonly PrinterPort[] };
  /** Decides the default station name's language on first start. */
  readonly locale?: string;
  /**
   * The station's printers and which one takes shipping labels. Default: a file printer that
   * writes ZPL into `<dataDir>/printed/`, so the demo prints without hardware.
   */
  readonly printers?: { readonly list: readonly StationPrinter[]; readonly labelPrinterId: string | null };
  /**
   * Where USB scanners are read from (when the device settings allow it). Default: the `usb`
   * package's bus, loaded on first use; null reads none (tests).
   */
  readonly usbBus?: UsbBus | null;
  /**
   * Badge sign-in at pack benches: which sign-in the screen starts with (default: the one used
   * last there) and the idle lock (default 5 minutes; null never locks).
   */
  readonly benchSignIn?: Partial<BenchSignInSettings>;
};

/**
 * The composition root of the station's main-process services. Builds every service, wires the
 * events, starts the hub link, and returns the one dispatcher both Electron IPC and the station host
 * mount. Throws an `AppError` with a one-line message when the data folder cannot be used.
 */
export async function createStationCore(config: StationCoreConfig): Promise<StationCore> {
  const clock = config.clock ?? createSystemClock();
  const logger = config.logger ?? createLogger('station');
  const identity = await loadStationIdentity(config.dataDir, {
    now: () => clock.now(),
    ...(config.locale === undefined ? {} : { locale: config.locale }),
  });
  const events = createListenerSet<StationEvent>((error) =>
    logger.error({ err: error }, 'event listener failed'),
  );
  const transport = config.transport ?? createFetchTransport();
  const intervalMs = config.healthIntervalMs ?? 2000;

  const stationDb = await openStationDb({
    dataDir: config.dataDir,
    clock,
    logger: logger.child({ component: 'db' }),
  });
  const stopDbChanged = stationDb.database?.onChanged((change) =>
    events.emit({ name: 'db.changed', payload: change }),
  );
  const sync: StationSync | null =
    stationDb.database === null
      ? null
      : createStationSync({
          dataDir: config.dataDir,
          hubUrl: config.hubUrl,
          stationId: identity.stationId,
          stationName: identity.stationName,
          database: stationDb.database,
          transport,
          clock,
          logger: logger.child({ component: 'sync' }),
          onState: (state) => events.emit({ name: 'sync.state', payload: state }),
        });
  const hubLink = createHubLink({
    hubUrl: config.hubUrl,
    isEmbedded: config.isHubEmbedded,
    stationId: identity.stationId,
    transport,
    clock,
    logger: logger.child({ component: 'hub-link' }),
    onChange: (connection) => {
      sync?.hubConnectionChanged(connection);
      events.emit({ name: 'sync.status', payload: connection });
    },
    onlineIntervalMs: intervalMs,
    retryIntervalMs: intervalMs / 2,
  });
  const hubClient = createHubClient({
    hubUrl: config.hubUrl,
    stationId: identity.stationId,
    transport,
    clock,
  });
  const devices = createDeviceRegistry({
    ...(config.devices ?? defaultDevices(clock)),
    logger: logger.child({ component: 'devices' }),
    onScan: (scan) => events.emit({ name: 'scan.received', payload: scan }),
    onPrinterStatus: (status) => events.emit({ name: 'printer.status', payload: status }),
  });
  const sessions = createSessionStore(clock);
  const lockout = createPinLockout({
    clock,
    logger: logger.child({ component: 'auth' }),
    path: join(config.dataDir, pinLockoutFileName),
  });
  await lockout.load();
  const bench = createBenchSignIn({
    users: stationDb.database?.repos.benchUsers ?? null,
    lockout,
    clock,
    logger: logger.child({ component: 'auth' }),
  });
  // `devices.json`, or the demo file printer; printers given in the config win for this run.
  const initialDevices = await openDeviceSettings({
    dataDir: config.dataDir,
    logger: logger.child({ component: 'devices' }),
    ...(config.printers === undefined ? {} : { configPrinters: config.printers }),
  });
  const labelLanguage = (): LabelLanguage => (config.locale?.startsWith('zh') === true ? 'zh-CN' : 'en');
  const packBench: PackBench | null =
    sync === null || stationDb.database === null
      ? null
      : createPackBench({
          database: stationDb.database,
          sync,
          printers: initialDevices.settings.printers.map(toStationPrinter),
          labelPrinterId: () => deviceSettings.current().labelPrinterId,
          shipFrom: () => shipFromOf(sync.warehouse()),
          labelLanguage,
          clock,
          logger: logger.child({ component: 'pack' }),
          onPrintEvent: (event) => events.emit(toPrintBridgeEvent(event)),
        });
  const usbScanners = createUsbScannerSwitch({
    bus: () => config.usbBus ?? createWebUsbBus({ logger: logger.child({ component: 'usb' }) }),
    registry: devices,
    clock,
    logger: logger.child({ component: 'usb' }),
  });
  const deviceSettings = createDeviceSettingsService({
    dataDir: config.dataDir,
    initial: initialDevices,
    queue: packBench?.printQueue ?? null,
    printJobs: stationDb.database?.repos.printJobs ?? null,
    setUsbScannersEnabled: (isEnabled) => usbScanners.setEnabled(isEnabled && config.usbBus !== null),
    stationName: () => identity.stationName,
    labelLanguage,
    timeZone: () => sync?.warehouse()?.timeZone ?? 'Asia/Shanghai',
    clock,
    logger: logger.child({ component: 'devices' }),
  });
  const syncDeps = {
    sync,
    // A locked bench acts for nobody: its person's PIN must open it first.
    actorOf: (caller: { readonly sessionId: string }) => {
      const user = sessions.getOpen(caller.sessionId)?.user;
      return user === undefined ? null : { id: user.id, role: user.role, warehouseId: user.warehouseId };
    },
  };
  const dispatcher = createDispatcher(
    {
      ...createAuthHandlers({
        hubClient,
        sessions,
        bench,
        clock,
        logger: logger.child({ component: 'auth' }),
        ...(sync === null ? {} : { onSignedIn: (person) => sync.signedIn(person) }),
      }),
      ...createBenchAuthHandlers({
        bench,
        sessions,
        settings: {
          defaultMethod: config.benchSignIn?.defaultMethod ?? null,
          idleLockMs:
            config.benchSignIn?.idleLockMs === undefined ? defaultIdleLockMs : config.benchSignIn.idleLockMs,
        },
        clock,
        logger: logger.child({ component: 'auth' }),
      }),
      ...createStationHandlers({
        identity,
        hubLink,
        stationDb,
        appVersion: config.appVersion,
        mode: config.mode,
      }),
      ...createStationsHandlers({ hubClient, sessions }),
      ...createDeviceHandlers(devices),
      ...createDeviceSettingsHandlers({ settings: deviceSettings, actorOf: syncDeps.actorOf }),
      ...createSyncHandlers(syncDeps),
      ...createOrderHandlers(syncDeps),
      ...createPackHandlers({ pack: packBench?.service ?? null, actorOf: syncDeps.actorOf }),
    },
    {
      logger: logger.child({ component: 'bridge' }),
      isSignedIn: (caller) => sessions.getOpen(caller.sessionId) !== null,
    },
  );

  await sync?.start();
  await packBench?.start();
  usbScanners.setEnabled(initialDevices.settings.scanner.isUsbEnabled && config.usbBus !== null);
  hubLink.start();
  logger.info(
    { stationId: identity.stationId, hubUrl: config.hubUrl, mode: config.mode },
    'station core started',
  );

  let isAccepting = true;
  const inFlight = new Set<Promise<Envelope<unknown>>>();
  let disposing: Promise<void> | null = null;

  // Shutdown order: stop accepting work → drain calls in flight → stop sync → stop the hub link →
  // close devices → close DB.
  async function shutDown(): Promise<void> {
    isAccepting = false;
    await Promise.allSettled([...inFlight]);
    await packBench?.stop();
    await sync?.stop();
    await hubLink.stop();
    await usbScanners.dispose();
    await devices.dispose();
    stopDbChanged?.();
    await stationDb.close();
    sessions.clear();
    events.clear();
    logger.info('station core stopped');
  }

  return {
    dispatch(channel, input, caller) {
      if (!isAccepting) return Promise.resolve(fail('unavailable', 'The station is shutting down'));
      const call = dispatcher.dispatch(channel, input, caller);
      inFlight.add(call);
      void call.finally(() => inFlight.delete(call));
      return call;
    },
    database: stationDb.database,
    onEvent: (listener) => events.add(listener),
    endSession: (sessionId) => sessions.delete(sessionId),
    dispose() {
      disposing ??= shutDown();
      return disposing;
    },
  };
}

function defaultDevices(clock: Clock) {
  return { scanners: [createSimulatedScanner({ clock })], printers: [createSimulatedPrinter()] };
}

/**
 * The sender block of this station's waybills: the warehouse's, as the hub sent it at
 * registration. A warehouse without one prints its name and leaves the address to the carrier's
 * pickup record (the label's sender lines then say so instead of guessing).
 */
function shipFromOf(warehouse: WarehouseDetails | null): ShipFrom {
  const timeZone = warehouse?.timeZone ?? 'Asia/Shanghai';
  if (warehouse?.shipFrom != null) return { ...warehouse.shipFrom, timeZone };
  return {
    name: warehouse?.name ?? 'Packline',
    phone: '未设置',
    address: { province: '—', city: '—', district: '—', detail: 'sender address not set at the hub' },
    timeZone,
  };
}
