import { type Envelope, fail } from '../../../src-shared/bridge';
import type { StationStatus } from '../../../src-shared/features/station';
import { createDispatcher } from '../bridge';
import { type Clock, createSystemClock } from '../clock';
import {
  createDeviceHandlers,
  createDeviceRegistry,
  createSimulatedPrinter,
  createSimulatedScanner,
  type PrinterPort,
  type ScannerPort,
} from '../devices';
import { createListenerSet } from '../events';
import { createFetchTransport, createHubClient, createHubLink, type HubTransport } from '../hub-link';
import { createLogger, type Logger } from '../logging';
import { createOrderHandlers, createStationSync, createSyncHandlers, type StationSync } from '../sync';
import { createAuthHandlers } from './auth.handlers';
import { createSessionStore } from './session-store';
import type { StationCore, StationEvent } from './station-core.types';
import { openStationDb } from './station-db';
import { createStationHandlers } from './station.handlers';
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
  const syncDeps = {
    sync,
    actorOf: (caller: { readonly sessionId: string }) => {
      const user = sessions.get(caller.sessionId)?.user;
      return user === undefined ? null : { id: user.id, role: user.role, warehouseId: user.warehouseId };
    },
  };
  const dispatcher = createDispatcher(
    {
      ...createAuthHandlers({
        hubClient,
        sessions,
        clock,
        logger: logger.child({ component: 'auth' }),
        ...(sync === null ? {} : { onSignedIn: (person) => sync.signedIn(person) }),
      }),
      ...createStationHandlers({
        identity,
        hubLink,
        stationDb,
        appVersion: config.appVersion,
        mode: config.mode,
      }),
      ...createDeviceHandlers(devices),
      ...createSyncHandlers(syncDeps),
      ...createOrderHandlers(syncDeps),
    },
    {
      logger: logger.child({ component: 'bridge' }),
      isSignedIn: (caller) => sessions.get(caller.sessionId) !== null,
    },
  );

  await sync?.start();
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
    await sync?.stop();
    await hubLink.stop();
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
