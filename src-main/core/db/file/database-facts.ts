import { statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** The SQLite library's version (`3.50.4`): the one every station database file is opened with. */
export function readSqliteVersion(): string {
  const memory = new BetterSqlite3(':memory:');
  try {
    // A one-column, one-row select: pluck() gives the value, a string.
    return memory.prepare('select sqlite_version()').pluck().get() as string;
  } finally {
    memory.close();
  }
}

/**
 * Bytes the database at `path` takes on disk: the file and its write-ahead log, which holds every
 * write since the last checkpoint. 0 when there is no file.
 */
export function databaseSizeBytes(path: string): number {
  return fileSize(path) + fileSize(`${path}-wal`);
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
