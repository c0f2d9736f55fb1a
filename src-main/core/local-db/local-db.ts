import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LocalDbStatus } from '../../../src-shared/features/station';
import type { Clock } from '../clock';
import type { Logger } from '../logging';

/** The station's own SQLite file. Step 2 puts RxDB on it; for now it is opened and checked. */
export type LocalDb = {
  /** Live status for the Station screen (size is read now). */
  status(): LocalDbStatus;
  /** Idempotent. */
  close(): void;
};

export type LocalDbOptions = {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
};

export const localDbFileName = 'station.db';

/**
 * Opens `<dataDir>/station.db` in WAL mode and runs `PRAGMA quick_check`. A file that cannot be
 * opened or fails the check never throws: the status says `error` with the reason, the file is left
 * as it is for the recovery ladder (Step 2), and the rest of the station keeps running.
 */
export function openLocalDb(options: LocalDbOptions): LocalDb {
  const path = join(options.dataDir, localDbFileName);
  const openedAt = new Date(options.clock.now()).toISOString();
  const sqliteVersion = readSqliteVersion();
  let db: Database.Database | null = null;
  let state: LocalDbStatus['state'] = 'ok';
  let integrity: string;

  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    integrity = quickCheck(db);
    if (integrity !== 'ok') state = 'error';
  } catch (error) {
    state = 'error';
    integrity = `Cannot open: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (state === 'error') {
    options.logger.error({ path, integrity }, 'local database failed its check');
    db?.close();
    db = null;
  }

  return {
    status: () => ({ state, path, sizeBytes: fileSize(path), integrity, sqliteVersion, openedAt }),
    close() {
      db?.close();
      db = null;
    },
  };
}

function quickCheck(db: Database.Database): string {
  // quick_check answers one row per problem, or a single row 'ok'.
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((row) => row.quick_check);
  return problems.length > 3 ? `${problems.slice(0, 3).join('; ')} (and more)` : problems.join('; ');
}

function readSqliteVersion(): string {
  const memory = new Database(':memory:');
  try {
    // A one-column, one-row select; pluck() gives the value.
    return memory.prepare('select sqlite_version()').pluck().get() as string;
  } finally {
    memory.close();
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
