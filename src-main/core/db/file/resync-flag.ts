import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDirectory } from './fs-durable';

/** Why the station must pull everything from the hub again, and since when. */
export type ResyncFlag = { readonly reason: string; readonly at: string };

/** The flag's file beside the database: `station.sqlite` → `station.sqlite.resync-required`. */
export function resyncFlagPath(databasePath: string): string {
  return `${databasePath}.resync-required`;
}

/**
 * Marks the database at `databasePath` as needing a full resync from the hub. Written and synced
 * before the empty database is created, so a crash in between cannot leave an empty database that
 * looks like a healthy one. Throws when the flag cannot be written.
 */
export function writeResyncFlag(databasePath: string, flag: ResyncFlag): void {
  const path = resyncFlagPath(databasePath);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `${JSON.stringify(flag)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  fsyncDirectory(dirname(path));
}

/** The resync flag of the database at `databasePath`, or `undefined` when none is set. */
export function readResyncFlag(databasePath: string): ResyncFlag | undefined {
  const path = resyncFlagPath(databasePath);
  if (!existsSync(path)) return undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isResyncFlag(parsed)) return parsed;
  } catch {
    // A torn or hand-edited flag still means "resync": its presence is the signal.
  }
  return { reason: 'unreadable resync flag', at: new Date(0).toISOString() };
}

/** Clears the flag; the sync step calls it after a full pull completed. */
export function clearResyncFlag(databasePath: string): void {
  rmSync(resyncFlagPath(databasePath), { force: true });
}

function isResyncFlag(value: unknown): value is ResyncFlag {
  return (
    typeof value === 'object' &&
    value !== null &&
    'reason' in value &&
    typeof value.reason === 'string' &&
    'at' in value &&
    typeof value.at === 'string'
  );
}
