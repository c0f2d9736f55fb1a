import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** The database's name: its file name without the extension (`station.sqlite` → `station`). */
export function databaseName(path: string): string {
  return basename(path, extname(path));
}

/**
 * A time stamp safe in file names on every OS and sortable as text: `20250101T000000123Z`.
 * ISO 8601 basic format, because `:` is not allowed in Windows file names.
 */
export function fileTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

/** A name in `dir` built from `stem` that no file has yet: `stem`, then `stem-2`, `stem-3`, … */
export function freshName(dir: string, stem: string, extension: string): string {
  for (let n = 1; ; n += 1) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}${extension}`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** Prefix of the files a damaged database was moved to: `station.sqlite.corrupt-<time>`. */
export function movedAsidePrefix(path: string): string {
  return `${basename(path)}.corrupt-`;
}

/** True when a damaged copy of the database at `path` was moved aside at some point. */
export function hasMovedAsideFiles(path: string): boolean {
  const prefix = movedAsidePrefix(path);
  return readdirSync(dirname(path)).some((entry) => entry.startsWith(prefix));
}

/** The files SQLite keeps beside a database in WAL mode. */
export const sidecarSuffixes = ['-wal', '-shm'] as const;

/** One backup file of a database. */
export type BackupFile = { readonly path: string; readonly name: string };

const backupPattern = /^(.+)-(\d{8}T\d{9}Z)(?:-(\d+))?\.sqlite$/;

/**
 * The backups of database `name` in `backupDir`, newest first. Only complete backups count: a
 * backup is written under a temporary name and renamed when done.
 */
export function listBackups(backupDir: string, name: string): BackupFile[] {
  if (!existsSync(backupDir)) return [];
  const found: { file: BackupFile; stamp: string; seq: number }[] = [];
  for (const entry of readdirSync(backupDir)) {
    const match = backupPattern.exec(entry);
    if (match === null || match[1] !== name) continue;
    found.push({
      file: { path: join(backupDir, entry), name: entry },
      stamp: match[2] ?? '',
      seq: Number(match[3] ?? 1),
    });
  }
  found.sort((a, b) => (a.stamp === b.stamp ? b.seq - a.seq : a.stamp < b.stamp ? 1 : -1));
  return found.map((entry) => entry.file);
}
