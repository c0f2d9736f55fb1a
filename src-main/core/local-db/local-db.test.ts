import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock/testing/manual-clock';
import { createLogger } from '../logging';
import { type LocalDb, openLocalDb } from './index';

const logger = createLogger('local-db-test', { level: 'silent' });

describe('openLocalDb', () => {
  let dataDir = '';
  let db: LocalDb | undefined;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-localdb-'));
  });
  afterEach(() => {
    db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates station.db in WAL mode and reports it healthy', () => {
    const clock = createManualClock(Date.parse('2025-05-05T05:05:05.000Z'));
    db = openLocalDb({ dataDir, clock, logger });
    const status = db.status();
    expect(status).toEqual({
      state: 'ok',
      path: join(dataDir, 'station.db'),
      sizeBytes: expect.any(Number) as number,
      integrity: 'ok',
      sqliteVersion: expect.stringMatching(/^3\.\d+\.\d+$/) as string,
      openedAt: '2025-05-05T05:05:05.000Z',
    });
    db.close();
    const reopened = new Database(join(dataDir, 'station.db'), { readonly: true });
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    reopened.close();
  });

  it('reports a file of garbage as an error with the reason, without throwing', () => {
    writeFileSync(join(dataDir, 'station.db'), Buffer.alloc(8192, 0x5a));
    db = openLocalDb({ dataDir, clock: createManualClock(), logger });
    expect(db.status()).toMatchObject({
      state: 'error',
      sizeBytes: 8192,
      integrity: expect.stringMatching(/^Cannot open: .*not a database/) as string,
    });
    db.close();
    db.close();
  });

  it('reports a data folder it cannot use as an error', () => {
    db = openLocalDb({ dataDir: join(dataDir, 'missing', 'deeper'), clock: createManualClock(), logger });
    expect(db.status()).toMatchObject({ state: 'error', sizeBytes: 0 });
  });
});
