import BetterSqlite3 from 'better-sqlite3';

/**
 * `synchronous = FULL`: in WAL mode SQLite then syncs the WAL on every commit, so an acknowledged
 * write survives power loss as well as a process crash. Measured cost and the alternative are in
 * docs/adr/0007-station-db-durability.md.
 */
export const synchronousLevel = 'FULL';

/** The WAL is truncated to this size after a checkpoint, so one big pull does not leave 1 GB behind. */
const journalSizeLimitBytes = 64 * 1024 * 1024;

/** Settings every connection to a station database file gets, before its first read. */
export function applyPragmas(db: BetterSqlite3.Database): void {
  // Another connection (a backup, a support tool) may hold the lock for a moment: wait, don't fail.
  db.pragma('busy_timeout = 5000');
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`SQLite refused WAL mode (got ${String(mode)})`);
  db.pragma(`synchronous = ${synchronousLevel}`);
  db.pragma(`journal_size_limit = ${journalSizeLimitBytes}`);
}

/**
 * `PRAGMA quick_check`: the structural checks of `integrity_check` without comparing indexes to
 * tables — O(N) instead of O(N log N), about 0.1 s for 100,000 orders. Returns `ok` or the first
 * problems SQLite reports.
 */
export function quickCheck(db: BetterSqlite3.Database): string {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  return rows.map((row) => row.quick_check).join('; ');
}

/**
 * True for the errors that mean the file's content is damaged. Every other failure (locked, no
 * space, no permission, I/O error) leaves the file alone: moving a healthy file aside because the
 * disk is full would turn a wait into data loss.
 */
export function isCorruptionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = error.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** Thrown by {@link openCheckedDatabase} when the file opens but fails its integrity check. */
export class IntegrityCheckError extends Error {
  readonly code = 'SQLITE_CORRUPT';

  constructor(readonly problems: string) {
    super(`integrity check failed: ${problems}`);
    this.name = 'IntegrityCheckError';
  }
}

/** Opens `path` with {@link applyPragmas} and a passing quick check, or throws and leaves it closed. */
export function openCheckedDatabase(path: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(path);
  try {
    applyPragmas(db);
    const result = quickCheck(db);
    if (result !== 'ok') throw new IntegrityCheckError(result);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
