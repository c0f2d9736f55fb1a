import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createStorageFixture, type StorageFixture, toStored } from './testing/storage-fixture';

describe('SQLite RxStorage: connections', () => {
  let fixture: StorageFixture | undefined;
  afterEach(async () => {
    await fixture?.dispose();
  });

  it('opens one WAL file per database and shares it between collections', async () => {
    fixture = createStorageFixture();
    const orders = await fixture.open({ databaseName: 'station' });
    await fixture.open({ databaseName: 'station', collectionName: 'skus' });
    await fixture.open({ databaseName: 'other' });
    await orders.bulkWrite([{ document: toStored({ id: 'o1', status: 'paid', totalFen: 1 }) }], 'test');

    const file = join(fixture.directory, 'station.sqlite');
    const probe = new Database(file, { readonly: true });
    try {
      expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(
        probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all(),
      ).toEqual(['rx_orders_v0', 'rx_skus_v0']);
    } finally {
      probe.close();
    }
    expect(existsSync(join(fixture.directory, 'other.sqlite'))).toBe(true);
  });

  it('hands each database to the plugged-in opener once and closes it after its last collection', async () => {
    const calls: string[] = [];
    const opened = new Map<string, Database.Database>();
    fixture = createStorageFixture({
      openDatabase: (name) => {
        calls.push(`open ${name}`);
        const db = new Database(':memory:');
        opened.set(name, db);
        return db;
      },
      closeDatabase: (name, db) => {
        calls.push(`close ${name} ${db === opened.get(name) ? 'same' : 'other'}`);
        db.close();
      },
    });
    const orders = await fixture.open({ databaseName: 'station' });
    const skus = await fixture.open({ databaseName: 'station', collectionName: 'skus' });
    // The storage sizes the page cache; the opener keeps the durability pragmas.
    expect(opened.get('station')?.pragma('cache_size', { simple: true })).toBe(-65536);
    await orders.close();
    expect(calls).toEqual(['open station']);
    await skus.close();
    expect(calls).toEqual(['open station', 'close station same']);
  });

  it('refuses a database name that is not a plain file name', async () => {
    fixture = createStorageFixture();
    await expect(fixture.open({ databaseName: '../escape' })).rejects.toThrow(/file name/);
  });
});
