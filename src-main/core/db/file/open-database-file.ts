import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { DbRecoveryEvent } from '../../../../src-shared/db';
import { AppError, isAppError } from '../../../../src-shared/errors';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import {
  type BackupFile,
  databaseName,
  fileTimestamp,
  freshName,
  hasMovedAsideFiles,
  listBackups,
  movedAsidePrefix,
  sidecarSuffixes,
} from './db-file-names';
import { fsyncDirectory } from './fs-durable';
import { writeResyncFlag } from './resync-flag';
import { isCorruptionError, openCheckedDatabase } from './sqlite-checks';

/** Where the database file lives and who hears about a recovery. */
export type OpenDatabaseFileOptions = {
  /** The SQLite file (`<dataDir>/db/station.sqlite`). */
  readonly path: string;
  /** Where the rolling backups are (see `writeRollingBackup`). */
  readonly backupDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Called at most once per open, after the recovery is complete. */
  readonly onRecovery?: (event: DbRecoveryEvent) => void;
};

/**
 * Opens the station's SQLite file ready for use — WAL, `synchronous = FULL`, quick check passed —
 * walking the recovery ladder when the file is damaged:
 *
 *   open + quick_check ──ok───────────────────────────────────────────▶ database
 *        │ corrupt / not a database
 *        ▼
 *   move file, -wal, -shm aside to <file>.corrupt-<time>
 *        │ ◀── also entered when the file is missing or empty but backups or a moved-aside file exist
 *        ▼
 *   newest backup that passes quick_check?
 *        ├─ yes: copy it in place ───────────────────────────────────▶ database + `restored-backup`
 *        └─ none: write the resync flag, create an empty file ───────▶ database + `started-empty`
 *
 * Each step runs at most once per call: no retries, no loop. Any other failure (locked, disk full,
 * no permission) touches nothing and throws one `AppError('unavailable')`; so does a ladder that
 * cannot finish. A crash part-way leaves a state the next open finishes: the file is missing while
 * backups or a moved-aside file exist, and the resync flag is written before the empty file.
 */
export function openDatabaseFile(options: OpenDatabaseFileOptions): BetterSqlite3.Database {
  const { path, logger } = options;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const absence = describeAbsence(path);
    if (absence !== undefined && wasEverOpened(options)) return recover(options, absence);
    try {
      return openCheckedDatabase(path);
    } catch (error) {
      if (!isCorruptionError(error)) throw error;
      logger.error({ err: error, path }, 'database file is damaged; recovering');
      return recover(options, describeDamage(error));
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    logger.error({ err: error, path }, 'database file cannot be opened');
    throw new AppError(
      'unavailable',
      'The station database cannot be opened. Check the disk, then restart the station; the log has details.',
      { cause: error },
    );
  }
}

/** `missing` or `empty` (zero bytes and no WAL holding its pages) when there is no database. */
function describeAbsence(path: string): string | undefined {
  if (!existsSync(path)) return 'database file missing';
  const isEmpty =
    statSync(path).size === 0 && (!existsSync(`${path}-wal`) || statSync(`${path}-wal`).size === 0);
  return isEmpty ? 'database file empty' : undefined;
}

/**
 * A missing or empty file is a first start, unless backups or a moved-aside file show that a database lived
 * here: then a recovery was cut short (or the file was deleted) and the ladder must finish.
 */
function wasEverOpened(options: OpenDatabaseFileOptions): boolean {
  return (
    listBackups(options.backupDir, databaseName(options.path)).length > 0 || hasMovedAsideFiles(options.path)
  );
}

function describeDamage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith('integrity check failed') ? message : `database file damaged: ${message}`;
}

function recover(options: OpenDatabaseFileOptions, reason: string): BetterSqlite3.Database {
  const { path, clock, logger } = options;
  const movedTo = moveAside(path, clock.now());
  const at = new Date(clock.now()).toISOString();
  for (const backup of listBackups(options.backupDir, databaseName(path))) {
    const db = restoreBackup(backup, path, logger);
    if (db === undefined) continue;
    report(options, {
      kind: 'restored-backup',
      reason,
      ...(movedTo ? { movedTo } : {}),
      backupUsed: backup.path,
      at,
    });
    return db;
  }
  writeResyncFlag(path, { reason, at });
  const db = openCheckedDatabase(path);
  report(options, { kind: 'started-empty', reason, ...(movedTo ? { movedTo } : {}), at });
  return db;
}

/**
 * Renames the file and its WAL sidecars to `<file>.corrupt-<time>[-wal|-shm]`, a set SQLite can
 * still open for forensics. Sidecars without a main file are moved too: a stale WAL next to a
 * restored backup would be replayed into it. Returns the main file's new path, if there was one.
 */
function moveAside(path: string, nowMs: number): string | undefined {
  const dir = dirname(path);
  const target = join(dir, freshName(dir, `${movedAsidePrefix(path)}${fileTimestamp(nowMs)}`, ''));
  const hadMain = existsSync(path);
  if (hadMain) renameSync(path, target);
  for (const suffix of sidecarSuffixes) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  fsyncDirectory(dir);
  return hadMain ? target : undefined;
}

/**
 * Copies `backup` next to `path`, checks the copy, and renames it into place. Returns the opened
 * database, or `undefined` when this backup is damaged too (the next older one is tried).
 */
function restoreBackup(backup: BackupFile, path: string, logger: Logger): BetterSqlite3.Database | undefined {
  const staging = `${path}.restoring`;
  removeWithSidecars(staging);
  copyFileSync(backup.path, staging);
  syncFile(staging);
  try {
    openCheckedDatabase(staging).close();
  } catch (error) {
    removeWithSidecars(staging);
    if (!isCorruptionError(error)) throw error;
    logger.error({ err: error, backup: backup.path }, 'backup is damaged too; trying an older one');
    return undefined;
  }
  renameSync(staging, path);
  fsyncDirectory(dirname(path));
  return openCheckedDatabase(path);
}

function removeWithSidecars(path: string): void {
  for (const suffix of ['', ...sidecarSuffixes]) rmSync(path + suffix, { force: true });
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function report(options: OpenDatabaseFileOptions, event: DbRecoveryEvent): void {
  options.logger.warn({ recovery: event }, `database recovered: ${event.kind}`);
  try {
    options.onRecovery?.(event);
  } catch (error) {
    // A failing listener must not turn a recovered database into a failed open.
    options.logger.error({ err: error }, 'recovery listener failed');
  }
}
