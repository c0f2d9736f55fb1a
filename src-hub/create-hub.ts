import type { AddressInfo } from 'node:net';
import { type Clock, createSystemClock } from './clock';
import { ensureDataFolder, type HubConfig, StartupError } from './config';
import { type DatabaseEngine, type HubDatabase, migrateHubDatabase, openHubDatabase } from './db';
import {
  type AuthService,
  createAuthRepo,
  createAuthService,
  createSignInTalliesRepo,
  createUserBadgeRepo,
  createUserBadgeService,
  registerAuthRoutes,
  registerUserBadgeRoutes,
} from './features/auth';
import {
  type ChangeBus,
  type ChangeRelay,
  createChangeBus,
  relayChangesAcrossHubs,
} from './features/changes';
import { createCommandProcessor } from './features/commands';
import { type DemoLoadReport, type DemoSize, loadDemoData } from './features/demo';
import { registerHealthRoutes } from './features/health';
import { type CreatedUser, seedFirstStart } from './features/setup';
import { createStationsRepo, createStationsService, registerStationsRoutes } from './features/stations';
import { createStockService } from './features/stock';
import { createSyncStreams, registerSyncRoutes } from './features/sync';
import { createHttpServer, type HubHttpServer } from './http';
import { createLogger, type Logger } from './logging';
import { readHubVersion } from './hub-version';

/** A running hub. */
export type Hub = {
  /** Base URL for clients on this machine, e.g. `http://127.0.0.1:7411`. */
  readonly url: string;
  readonly port: number;
  readonly engine: DatabaseEngine;
  /** Packline version, as the health check reports it. */
  readonly version: string;
  /** Users created by this start (first start only) with their initial passwords. */
  readonly createdUsers: readonly CreatedUser[];
  /** What `--demo` loaded on this start; null without `--demo`. */
  readonly demoLoad: DemoLoadReport | null;
  /** Stops accepting requests, finishes the ones in flight, checkpoints, closes the database, unlocks. */
  close(): Promise<void>;
};

/** Parts a caller may replace; tests inject a clock and a quiet logger. */
export type CreateHubOptions = {
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly version?: string;
  /** Time zone of a production hub's first warehouse; defaults to this machine's. */
  readonly timeZone?: string;
  readonly checkpointIntervalMs?: number;
  /** How much demo data `--demo` loads into a fresh database (default: the full set). */
  readonly demoSize?: DemoSize;
  /** Interval of the comment line that keeps quiet change streams open (default 15 s). */
  readonly streamHeartbeatMs?: number;
  /**
   * Called when the hub can no longer run safely (its PGlite folder lock was taken over).
   * Defaults to logging and closing the hub; the CLI exits instead.
   */
  readonly onFatal?: (error: Error) => void;
};

/**
 * Composition root of the hub process: checks the data folder, opens and migrates the database,
 * seeds a first start, mounts the features on one HTTP server and starts listening.
 * Anything opened before a failure is closed again before the error is rethrown.
 */
export async function createHub(config: HubConfig, options: CreateHubOptions = {}): Promise<Hub> {
  const logger = options.logger ?? createLogger('hub', { level: config.logLevel });
  const clock = options.clock ?? createSystemClock();
  ensureDataFolder(config.dataDir, config.isDataDirExplicit);

  // `close` exists only once the hub is assembled; a lock lost before that fails the start itself.
  let closeHub: (() => Promise<void>) | null = null;
  const lock: { lostWith: Error | null } = { lostWith: null };
  const database = await openHubDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    logger,
    ...(options.checkpointIntervalMs === undefined
      ? {}
      : { checkpointIntervalMs: options.checkpointIntervalMs }),
    onLockLost(error) {
      logger.fatal({ err: error, dataDir: config.dataDir }, 'data folder lock lost; stopping');
      lock.lostWith = error;
      if (options.onFatal) options.onFatal(error);
      else void closeHub?.();
    },
  });

  let app: HubHttpServer | null = null;
  let relay: ChangeRelay | null = null;
  try {
    const migration = await migrateHubDatabase(database);
    logger.info({ engine: database.engine, ...migration }, 'database ready');
    const createdUsers = await seedFirstStart({
      orm: database.orm,
      clock,
      logger,
      isDemo: config.demo,
      timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const changes = createChangeBus(logger);
    relay =
      database.changeFeed === null
        ? null
        : relayChangesAcrossHubs({ bus: changes, feed: database.changeFeed, logger });
    const stock = createStockService({ database, clock, logger, changes });
    const demoLoad = config.demo
      ? await loadDemoData(
          { database, clock, logger, changes, stock },
          options.demoSize ?? { orders: config.demoOrders },
        )
      : null;

    const version = options.version ?? readHubVersion(import.meta.dirname);
    app = createHttpServer(logger.child({ component: 'http' }));
    registerHealthRoutes(app, {
      version,
      engine: database.engine,
      clock,
      startedAt: new Date(clock.now()).toISOString(),
    });
    const auth = await createAuthService({
      repo: createAuthRepo(database.orm),
      tallies: createSignInTalliesRepo(database),
      clock,
      logger,
    });
    registerAuthRoutes(app, auth);
    registerUserBadgeRoutes(app, {
      auth,
      badges: createUserBadgeService({ repo: createUserBadgeRepo(database), clock, logger, changes }),
    });
    registerSyncFeatures(app, {
      database,
      clock,
      logger,
      changes,
      auth,
      ...(options.streamHeartbeatMs === undefined ? {} : { heartbeatMs: options.streamHeartbeatMs }),
    });

    const port = await listen(app, config);
    if (lock.lostWith !== null) throw lock.lostWith;
    const close = closeOnce(app, database, logger, relay);
    closeHub = close;
    const url = `http://${hostForUrl(config.host)}:${port}`;
    logger.info({ url, engine: database.engine, dataDir: config.dataDir }, 'hub listening');
    return { url, port, engine: database.engine, version, createdUsers, demoLoad, close };
  } catch (error) {
    await app?.close();
    await relay?.stop();
    await database.close();
    throw error;
  }
}

type SyncFeatureDeps = {
  readonly database: HubDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly changes: ChangeBus;
  readonly auth: AuthService;
  readonly heartbeatMs?: number;
};

/** Station registration and directory, command push, pull and the change stream. */
function registerSyncFeatures(app: HubHttpServer, deps: SyncFeatureDeps): void {
  const { database, clock, logger, changes, auth } = deps;
  const streams = createSyncStreams({
    changes,
    logger,
    ...(deps.heartbeatMs === undefined ? {} : { heartbeatMs: deps.heartbeatMs }),
  });
  const stations = createStationsService({
    repo: createStationsRepo(database.orm),
    clock,
    logger,
    onRevoked: (stationId) => streams.closeStation(stationId),
    isConnected: (stationId) => streams.isOpen(stationId),
  });
  registerStationsRoutes(app, { auth, stations });
  const commands = createCommandProcessor({ database, clock, logger, changes });
  registerSyncRoutes(app, { database, stations, commands, streams });
}

async function listen(app: HubHttpServer, config: HubConfig): Promise<number> {
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code; // net errors carry an errno code
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${config.port} on ${config.host} is already in use — stop the other program or choose another with --port`,
        { cause: error },
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new StartupError(
        `Cannot listen on ${config.host}: no such address on this machine — check --host`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
  // Listening on a TCP host always yields an AddressInfo, never a pipe name.
  return (app.server.address() as AddressInfo).port;
}

/** The fixed shutdown order, run once however often `close` is called. */
function closeOnce(
  app: HubHttpServer,
  database: HubDatabase,
  logger: Logger,
  relay: ChangeRelay | null,
): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => {
    closing ??= (async () => {
      // Fastify stops accepting, answers 503 to new requests on open sockets, waits for the rest.
      await app.close();
      await relay?.stop();
      await database.close();
      logger.info('hub stopped');
    })();
    return closing;
  };
}

/** A wildcard listen address is reachable locally through loopback. */
function hostForUrl(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
