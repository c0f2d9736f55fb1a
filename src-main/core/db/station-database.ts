import { join } from 'node:path';
import { addRxPlugin, createRxDatabase, overwritable, type RxCollectionCreator, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { RxDBCleanupPlugin } from 'rxdb/plugins/cleanup';
import {
  type DbChangedEvent,
  type DbRecoveryEvent,
  stationCollectionNames,
  stationCollections,
} from '../../../src-shared/db';
import { AppError, isAppError } from '../../../src-shared/errors';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { type CoalescerTiming, dbChangedTiming } from './change-coalescer';
import { watchCollectionChanges } from './db-changed';
import { createDatabaseFiles } from './database-files';
import { clearResyncFlag, readResyncFlag } from './file';
import {
  createStationRepos,
  type StationCollections,
  type StationRepos,
  type StationRxDatabase,
} from './repos';
import { createStationStorage } from './station-storage';

/** The RxDB database name, and so the file name: `<dataDir>/db/station.sqlite`. */
export const stationDatabaseName = 'station';

/** What {@link openStationDatabase} needs. */
export type StationDatabaseOptions = {
  /** The station's data folder; the database lives in its `db/` folder, backups in `db/backups/`. */
  readonly dataDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Another RxStorage instead of the SQLite files (tests of repositories on the memory storage). */
  readonly storage?: RxStorage<unknown, unknown>;
  /** Timing of `db.changed`; defaults to {@link dbChangedTiming}. */
  readonly changeTiming?: CoalescerTiming;
};

/** The state of the station database, for the Station screen. */
export type StationDatabaseStatus = {
  readonly state: 'ok' | 'recovered';
  readonly path: string;
  readonly openedAt: string;
  /** Set when the file was recovered during this open; the UI tells the person what happened. */
  readonly recovery?: DbRecoveryEvent;
  /** True until the sync step has pulled everything again after the station started empty. */
  readonly isResyncRequired: boolean;
};

/** The station's database: repositories, status and change signals. */
export type StationDatabase = {
  readonly repos: StationRepos;
  status(): StationDatabaseStatus;
  /** `db.changed`: one call per changed collection, coalesced; returns the unsubscribe. */
  readonly onChanged: (listener: (event: DbChangedEvent) => void) => () => void;
  /** Sync calls it once everything was pulled again after the station started empty. */
  clearResyncRequired(): void;
  /** Stops change signals, closes RxDB, backs up and closes the file. Later calls wait for the first. */
  close(): Promise<void>;
};

/**
 * Opens the station's RxDB database with every collection, migrating older schema versions. An
 * unusable file is recovered on the way (see `openDatabaseFile`); if even that fails this throws
 * one `AppError('unavailable')`, which the app shows instead of restarting.
 */
export async function openStationDatabase(options: StationDatabaseOptions): Promise<StationDatabase> {
  const { clock, logger } = options;
  const directory = join(options.dataDir, 'db');
  const path = join(directory, `${stationDatabaseName}.sqlite`);
  let recovery: DbRecoveryEvent | undefined;
  const files = createDatabaseFiles({
    directory,
    backupDir: join(directory, 'backups'),
    clock,
    logger,
    onRecovery: (event) => (recovery = event),
  });
  const storage =
    options.storage ??
    createStationStorage({ directory, openDatabase: files.open, closeDatabase: files.close });

  // A failed open closes what it opened without a backup: rotating the last good backups out for
  // copies of a database that does not open would be the wrong trade.
  const opened = await createStationRxDatabase(storage).catch((error: unknown) => {
    throw toOpenError(error, logger);
  });
  const changes = watchCollectionChanges(
    opened.collections,
    clock,
    options.changeTiming ?? dbChangedTiming,
    logger,
  );
  const openedAt = new Date(clock.now()).toISOString();
  let closing: Promise<void> | undefined;

  async function closeAll(): Promise<void> {
    changes.dispose();
    files.beginClose();
    try {
      await opened.close();
    } finally {
      await files.closeAll();
    }
  }

  return {
    repos: createStationRepos(opened.collections, clock),
    status() {
      return {
        state: recovery === undefined ? 'ok' : 'recovered',
        path,
        openedAt,
        ...(recovery === undefined ? {} : { recovery }),
        isResyncRequired: readResyncFlag(path) !== undefined,
      };
    },
    onChanged: changes.onChanged,
    clearResyncRequired: () => clearResyncFlag(path),
    close() {
      closing ??= closeAll();
      return closing;
    },
  };
}

/**
 * A deleted document stays behind as a tombstone, so replication and change streams can see the
 * deletion; the outbox pruning deletes thousands of commands a week. Tombstones older than a day
 * are purged, checked at most hourly once something was deleted, while no replication is behind.
 */
const tombstonePurge = {
  minimumDeletedTime: 24 * 60 * 60 * 1000,
  minimumCollectionAge: 60 * 1000,
  runEach: 60 * 60 * 1000,
  awaitReplicationsInSync: true,
  waitForLeadership: false,
} as const;

/** Creates the RxDB database with every collection; migrations run before it resolves. */
async function createStationRxDatabase(storage: RxStorage<unknown, unknown>): Promise<StationRxDatabase> {
  addRxPlugin(RxDBMigrationSchemaPlugin);
  addRxPlugin(RxDBCleanupPlugin);
  const database = await createRxDatabase<StationCollections>({
    name: stationDatabaseName,
    storage: await withValidationInDevMode(storage),
    multiInstance: false,
    cleanupPolicy: tombstonePurge,
    // One station database per process: a second open is a bug to surface, not to paper over.
    ignoreDuplicate: false,
    closeDuplicates: false,
  });
  try {
    await database.addCollections(collectionCreators());
    return database;
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Tests add RxDB's dev-mode plugin (never the app); it then demands schema validation on every
 * database, so every write in a test is checked against its schema. The validator is loaded only
 * then: the shipped app does not carry it.
 */
async function withValidationInDevMode(
  storage: RxStorage<unknown, unknown>,
): Promise<RxStorage<unknown, unknown>> {
  if (!overwritable.isDevMode()) return storage;
  const { wrappedValidateAjvStorage } = await import('rxdb/plugins/validate-ajv');
  return wrappedValidateAjvStorage({ storage });
}

function collectionCreators(): Record<string, RxCollectionCreator> {
  return Object.fromEntries(
    stationCollectionNames.map((name) => {
      const { schema, migrationStrategies } = stationCollections[name];
      return [name, { schema, migrationStrategies }];
    }),
  );
}

/** The one error an open reports: the file layer's own AppError, or `unavailable` around a cause. */
function toOpenError(error: unknown, logger: Logger): AppError {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (isAppError(cause)) return cause;
  }
  logger.error({ err: error }, 'station database cannot be opened');
  return new AppError('unavailable', 'The station database cannot be opened; the log has details.', {
    cause: error,
  });
}
