import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import { databaseName, fileTimestamp, freshName, listBackups } from './db-file-names';
import { fsyncDirectory } from './fs-durable';
import { quickCheck } from './sqlite-checks';

/** How many backups of a database are kept; older ones are deleted after a new one is complete. */
export const backupsKept = 3;

/** Where and how to write the rolling backup of one database file. */
export type RollingBackupOptions = {
  /** The database file being backed up (names the backup). */
  readonly path: string;
  readonly backupDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
};

/**
 * Copies the open database `db` to `<backupDir>/<name>-<timestamp>.sqlite` with SQLite's online
 * backup, and keeps the newest {@link backupsKept}. A file that fails its quick check is never
 * backed up: it would push a good backup out of the rotation. Returns the backup's path, or
 * `undefined` when no backup was made; never throws — a failed backup must not fail a close.
 */
export async function writeRollingBackup(
  db: BetterSqlite3.Database,
  options: RollingBackupOptions,
): Promise<string | undefined> {
  const { backupDir, logger } = options;
  const name = databaseName(options.path);
  let partial: string | undefined;
  try {
    const check = quickCheck(db);
    if (check !== 'ok') {
      logger.error({ path: options.path, check }, 'database failed its check; no backup made');
      return undefined;
    }
    mkdirSync(backupDir, { recursive: true });
    removeDebris(backupDir, name);
    const finalName = freshName(backupDir, `${name}-${fileTimestamp(options.clock.now())}`, '.sqlite');
    // Written under a name listBackups ignores, renamed when complete: a crash mid-copy leaves
    // debris, never a backup that looks whole.
    partial = join(backupDir, `${finalName}.partial`);
    await db.backup(partial);
    const finalPath = join(backupDir, finalName);
    renameSync(partial, finalPath);
    partial = undefined;
    fsyncDirectory(backupDir);
    for (const old of listBackups(backupDir, name).slice(backupsKept)) rmSync(old.path, { force: true });
    logger.info({ backup: finalPath }, 'database backed up');
    return finalPath;
  } catch (error) {
    logger.error({ err: error, path: options.path }, 'database backup failed');
    if (partial !== undefined) rmSync(partial, { force: true });
    return undefined;
  }
}

/** Deletes partial copies a crash during an earlier backup left behind. */
function removeDebris(backupDir: string, name: string): void {
  for (const entry of readdirSync(backupDir)) {
    if (entry.startsWith(`${name}-`) && entry.endsWith('.partial'))
      rmSync(join(backupDir, entry), { force: true });
  }
}

/** {@link writeRollingBackup} for a database file nobody has open (after the RxDB storage closed it). */
export async function backupDatabaseFile(options: RollingBackupOptions): Promise<string | undefined> {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(options.path, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    options.logger.error({ err: error, path: options.path }, 'database backup failed: cannot open the file');
    return undefined;
  }
  try {
    return await writeRollingBackup(db, options);
  } finally {
    db.close();
  }
}

/** Backs up the open database `db` (see {@link writeRollingBackup}), then closes it. */
export async function closeDatabaseFile(
  db: BetterSqlite3.Database,
  options: RollingBackupOptions,
): Promise<void> {
  try {
    await writeRollingBackup(db, options);
  } finally {
    db.close();
  }
}
