import { join } from 'node:path';
import { isAppError } from '../../../src-shared/errors';
import type { LocalDbStatus } from '../../../src-shared/features/station';
import type { Clock } from '../clock';
import {
  databaseSizeBytes,
  openStationDatabase,
  readSqliteVersion,
  type StationDatabase,
  stationDatabaseName,
} from '../db';
import type { Logger } from '../logging';

/** The station database as the core holds it: open, or the reason it is not. */
export type StationDb = {
  /** `null` when the database could not be opened; the station runs without it. */
  readonly database: StationDatabase | null;
  /** Live status for the Station screen (the size is read now). */
  status(): LocalDbStatus;
  /** Closes the database; nothing to do when it never opened. Later calls wait for the first. */
  close(): Promise<void>;
};

export type StationDbOptions = {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
};

/** The message shown when the open failed with something other than our own error. */
const unknownFailure = 'The station database cannot be opened; the log has details.';

/**
 * Opens the station database (recovering a damaged file on the way). When even the recovery ladder
 * fails this does not throw: a station that exits would be restarted into the same failure, so it
 * keeps running — sign-in, hub link and devices work — and its status says `error` with the reason.
 */
export async function openStationDb(options: StationDbOptions): Promise<StationDb> {
  const { clock, logger } = options;
  const sqliteVersion = readSqliteVersion();
  try {
    const database = await openStationDatabase(options);
    return {
      database,
      status() {
        const { recovery, ...status } = database.status();
        return {
          ...status,
          sizeBytes: databaseSizeBytes(status.path),
          // openStationDatabase only hands out a file whose quick_check answered `ok` at this open
          // (a restored backup is checked before it is used).
          integrity: 'ok',
          sqliteVersion,
          ...(recovery === undefined ? {} : { recovery }),
        };
      },
      close: () => database.close(),
    };
  } catch (error) {
    logger.error({ err: error }, 'station database unavailable; the station runs without it');
    // Where openStationDatabase keeps the file; it cannot tell us, since it did not open.
    const path = join(options.dataDir, 'db', `${stationDatabaseName}.sqlite`);
    const reason = isAppError(error) ? error.message : unknownFailure;
    const openedAt = new Date(clock.now()).toISOString();
    return {
      database: null,
      status: () => ({
        state: 'error',
        path,
        sizeBytes: databaseSizeBytes(path),
        integrity: reason,
        sqliteVersion,
        openedAt,
        // Nothing to fill: the download from the hub needs a database to go into.
        isResyncRequired: false,
      }),
      close: () => Promise.resolve(),
    };
  }
}
