import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../src-main/core/clock/testing/manual-clock';
import {
  closeDatabaseFile,
  listBackups,
  openDatabaseFile,
  readResyncFlag,
  resyncFlagPath,
} from '../../src-main/core/db/file';
import { createLogger } from '../../src-main/core/logging';
import type { DbRecoveryEvent } from '../../src-shared/db';
import { AppError } from '../../src-shared/errors';
import { makeTempDir } from '../helpers/processes';

const logger = createLogger('recovery-test', { level: 'silent' });

type Fixture = {
  dir: string;
  path: string;
  backupDir: string;
  clock: ManualClock;
  events: DbRecoveryEvent[];
  open(): BetterSqlite3.Database;
  close(db: BetterSqlite3.Database): Promise<void>;
};

function fixture(dir: string): Fixture {
  const path = join(dir, 'station.sqlite');
  const backupDir = join(dir, 'backups');
  const clock = createManualClock(Date.parse('2025-03-01T08:00:00.000Z'));
  const events: DbRecoveryEvent[] = [];
  return {
    dir,
    path,
    backupDir,
    clock,
    events,
    open: () =>
      openDatabaseFile({ path, backupDir, clock, logger, onRecovery: (event) => events.push(event) }),
    close: (db) => closeDatabaseFile(db, { path, backupDir, clock, logger }),
  };
}

/** Rows `from`..`to` with 600-byte payloads: enough pages that the middle of the file is table data. */
function writeItems(db: BetterSqlite3.Database, from: number, to: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO items (id, payload) VALUES (?, ?)');
  db.transaction(() => {
    for (let id = from; id <= to; id += 1) insert.run(id, `item ${id} `.padEnd(600, '·'));
  })();
}

function itemIds(db: BetterSqlite3.Database): number[] {
  // `id` is an INTEGER PRIMARY KEY: pluck() yields numbers.
  return db.prepare('SELECT id FROM items ORDER BY id').pluck().all() as number[];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Overwrites `length` bytes at `offset` (the middle of the file when omitted) with a fixed pattern. */
function damage(path: string, offset?: number, length = 3 * 4096): void {
  const at = offset ?? Math.floor(statSync(path).size / 2 / 4096) * 4096;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, at);
  } finally {
    closeSync(fd);
  }
}

describe('station database file: backups and the recovery ladder', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let f: Fixture;
  beforeEach(() => {
    temp = makeTempDir('packline-recovery-');
    f = fixture(temp.path);
  });
  afterEach(() => temp.remove());

  it('opens a new file in WAL mode with synchronous FULL, and reports nothing', async () => {
    const db = f.open();
    const settings = {
      journal: db.pragma('journal_mode', { simple: true }),
      synchronous: db.pragma('synchronous', { simple: true }),
    };
    await f.close(db);
    expect({ settings, events: f.events }).toEqual({
      settings: { journal: 'wal', synchronous: 2 },
      events: [],
    });
  });

  it('backs up on every clean close and keeps the newest three', async () => {
    for (let round = 1; round <= 5; round += 1) {
      const db = f.open();
      writeItems(db, round, round);
      await f.close(db);
      f.clock.advance(60_000);
    }
    expect(listBackups(f.backupDir, 'station').map((b) => b.name)).toEqual([
      'station-20250301T080400000Z.sqlite',
      'station-20250301T080300000Z.sqlite',
      'station-20250301T080200000Z.sqlite',
    ]);
    expect(readdirSync(f.backupDir).sort()).toEqual(
      listBackups(f.backupDir, 'station')
        .map((b) => b.name)
        .sort(),
    );
  });

  it('restores the newest backup when the middle of the file is overwritten', async () => {
    let db = f.open();
    writeItems(db, 1, 400);
    await f.close(db); // backup with items 1..400
    f.clock.advance(1000);
    db = f.open();
    writeItems(db, 401, 450);
    db.close(); // not a clean close: no backup of 401..450
    damage(f.path);

    db = f.open();
    const ids = itemIds(db);
    db.close();
    const [backup] = listBackups(f.backupDir, 'station');
    const movedTo = join(f.dir, 'station.sqlite.corrupt-20250301T080001000Z');
    expect(f.events).toEqual([
      {
        kind: 'restored-backup',
        reason: expect.stringMatching(/^(integrity check failed|database file damaged)/) as string,
        movedTo,
        backupUsed: backup?.path,
        at: '2025-03-01T08:00:01.000Z',
      },
    ]);
    expect(ids).toEqual(range(1, 400));
    expect(readdirSync(f.dir).sort()).toEqual([
      'backups',
      'station.sqlite',
      'station.sqlite.corrupt-20250301T080001000Z',
    ]);
    expect(readResyncFlag(f.path)).toBeUndefined();

    // Recovered once: the next open is an ordinary one.
    db = f.open();
    db.close();
    expect(f.events).toHaveLength(1);
  });

  it('skips a damaged backup and restores the one before it', async () => {
    let db = f.open();
    writeItems(db, 1, 100);
    await f.close(db);
    f.clock.advance(1000);
    db = f.open();
    writeItems(db, 101, 300);
    await f.close(db);
    const [newest, older] = listBackups(f.backupDir, 'station');
    damage(newest!.path);
    damage(f.path, 0, 100); // the header: "file is not a database"

    db = f.open();
    const ids = itemIds(db);
    db.close();
    expect({ kind: f.events[0]?.kind, backupUsed: f.events[0]?.backupUsed, ids }).toEqual({
      kind: 'restored-backup',
      backupUsed: older?.path,
      ids: range(1, 100),
    });
    expect(f.events[0]?.reason).toMatch(/not a database/);
  });

  it('starts empty and marks the station for a full resync when no backup exists', () => {
    let db = f.open();
    writeItems(db, 1, 400);
    db.close();
    damage(f.path);

    db = f.open();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    writeItems(db, 1, 1); // usable
    db.close();
    expect({ kinds: f.events.map((e) => e.kind), tables }).toEqual({ kinds: ['started-empty'], tables: [] });
    expect(f.events[0]?.backupUsed).toBeUndefined();
    expect(readResyncFlag(f.path)).toEqual({ reason: f.events[0]?.reason, at: '2025-03-01T08:00:00.000Z' });
  });

  it('finishes a ladder cut short: a missing or emptied file with backups is restored', async () => {
    const db = f.open();
    writeItems(db, 1, 50);
    await f.close(db);
    rmSync(f.path);
    let reopened = f.open();
    const ids = itemIds(reopened);
    reopened.close();
    writeFileSync(f.path, ''); // truncated to nothing by something outside the app
    reopened = f.open();
    const idsAfterTruncation = itemIds(reopened);
    reopened.close();
    expect({ events: f.events.map((e) => [e.kind, e.reason, e.movedTo]), ids, idsAfterTruncation }).toEqual({
      events: [
        ['restored-backup', 'database file missing', undefined],
        ['restored-backup', 'database file empty', join(f.dir, 'station.sqlite.corrupt-20250301T080000000Z')],
      ],
      ids: range(1, 50),
      idsAfterTruncation: range(1, 50),
    });
  });

  it('throws one AppError and touches nothing when the file cannot be opened for another reason', () => {
    mkdirSync(f.path); // a folder where the file should be: cannot open, but not damaged
    const attempt = (): unknown => {
      try {
        f.open();
        return undefined;
      } catch (error) {
        return error;
      }
    };
    const error = attempt();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unavailable');
    expect({ events: f.events, files: readdirSync(f.dir).sort() }).toEqual({
      events: [],
      files: ['station.sqlite'],
    });
  });

  it('throws one AppError when even an empty file cannot be set up, and finishes once it can', () => {
    let db = f.open();
    writeItems(db, 1, 400);
    db.close();
    damage(f.path);
    mkdirSync(resyncFlagPath(f.path)); // the flag cannot be written

    expect(() => f.open()).toThrow(AppError);
    expect(() => f.open()).toThrow(AppError);
    expect(f.events).toEqual([]);

    rmSync(resyncFlagPath(f.path), { recursive: true });
    db = f.open();
    db.close();
    expect(f.events.map((e) => e.kind)).toEqual(['started-empty']);
    expect(readResyncFlag(f.path)).toBeDefined();
  });

  it('moves a stale WAL aside instead of replaying it into a restored backup', async () => {
    const db = f.open();
    writeItems(db, 1, 20);
    await f.close(db);
    // A WAL full of later writes outlives its main file (a crash between the renames of the ladder).
    const live = f.open();
    live.pragma('wal_autocheckpoint = 0');
    writeItems(live, 21, 200);
    copyFileSync(`${f.path}-wal`, join(f.dir, 'saved-wal'));
    live.close();
    rmSync(f.path);
    renameSync(join(f.dir, 'saved-wal'), `${f.path}-wal`);

    const restored = f.open();
    const ids = itemIds(restored);
    restored.close();
    expect({
      ids,
      movedWal: existsSync(join(f.dir, 'station.sqlite.corrupt-20250301T080000000Z-wal')),
    }).toEqual({
      ids: range(1, 20),
      movedWal: true,
    });
  });

  it('survives a recovery listener that throws', () => {
    let db = f.open();
    writeItems(db, 1, 400);
    db.close();
    damage(f.path);
    db = openDatabaseFile({
      path: f.path,
      backupDir: f.backupDir,
      clock: f.clock,
      logger,
      onRecovery: () => {
        throw new Error('listener broke');
      },
    });
    writeItems(db, 1, 1);
    db.close();
    expect(readResyncFlag(f.path)).toBeDefined();
  });
});
