import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { DbRecoveryEvent } from '../../../src-shared/db';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { backupDatabaseFile, closeDatabaseFile, openDatabaseFile } from './file';

/**
 * The SQLite files the storage opened through the station's opener. The storage closes a file
 * synchronously when its last collection closes, but a backup is asynchronous: so while the
 * station is closing, those connections are parked here and backed up, then closed, by
 * {@link DatabaseFiles.closeAll}.
 */
export type DatabaseFiles = {
  // Properties, not methods: the storage receives them as detached functions.
  readonly open: (databaseName: string) => BetterSqlite3.Database;
  readonly close: (databaseName: string, db: BetterSqlite3.Database) => void;
  /** Marks the start of a clean shutdown: closes from now on are parked for their backup. */
  beginClose(): void;
  /** Backs up and closes every file; for one the storage already closed, backs up from disk. */
  closeAll(): Promise<void>;
  /** Paths of the files opened so far. */
  paths(): string[];
};

/** Where the files live and who hears about recoveries. */
export type DatabaseFilesOptions = {
  readonly directory: string;
  readonly backupDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly onRecovery: (event: DbRecoveryEvent) => void;
};

/** Creates the file bookkeeping for one station database. */
export function createDatabaseFiles(options: DatabaseFilesOptions): DatabaseFiles {
  const { directory, backupDir, clock, logger } = options;
  const opened = new Set<string>();
  const parked = new Map<string, BetterSqlite3.Database>();
  let isClosing = false;
  const pathOf = (databaseName: string): string => join(directory, `${databaseName}.sqlite`);
  return {
    open(databaseName) {
      const path = pathOf(databaseName);
      const db = openDatabaseFile({ path, backupDir, clock, logger, onRecovery: options.onRecovery });
      opened.add(path);
      return db;
    },
    close(databaseName, db) {
      if (isClosing) parked.set(pathOf(databaseName), db);
      else db.close();
    },
    beginClose() {
      isClosing = true;
    },
    async closeAll() {
      for (const path of opened) {
        const db = parked.get(path);
        parked.delete(path);
        if (db !== undefined) await closeDatabaseFile(db, { path, backupDir, clock, logger });
        else await backupDatabaseFile({ path, backupDir, clock, logger });
      }
    },
    paths: () => [...opened],
  };
}
