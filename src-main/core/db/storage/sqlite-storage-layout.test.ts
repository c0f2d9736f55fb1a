import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  getIndexableStringMonad,
  type MangoQuery,
  normalizeMangoQuery,
  prepareQuery,
  type RxDocumentData,
} from 'rxdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkLoadMinimum } from './bulk-write';
import {
  createStorageFixture,
  type StorageFixture,
  type TestInstance,
  type TestOrder,
  testOrderSchema,
  toStored,
} from './testing/storage-fixture';

const schema = testOrderSchema();
const table = 'rx_orders_v0';
const statuses = ['paid', 'packed', 'shipped'];

function makeOrders(count: number, from = 0): TestOrder[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `o${String(from + i).padStart(5, '0')}`,
    status: statuses[(from + i) % statuses.length] ?? 'paid',
    totalFen: ((from + i) * 7919) % 100_000,
  }));
}

async function packedByTotal(instance: TestInstance): Promise<string[]> {
  const query = {
    selector: { _deleted: { $eq: false }, status: { $eq: 'packed' } },
    sort: [{ totalFen: 'desc' }, { id: 'desc' }],
    limit: 5,
  } satisfies MangoQuery<RxDocumentData<TestOrder>>;
  // A selector over the stored shape is a selector over the document type plus meta fields.
  const prepared = prepareQuery(schema, normalizeMangoQuery(schema, query as MangoQuery<TestOrder>));
  return (await instance.query(prepared)).documents.map((doc) => doc.id);
}

function expectedPackedByTotal(orders: readonly TestOrder[]): string[] {
  return orders
    .filter((o) => o.status === 'packed')
    .sort((a, b) => b.totalFen - a.totalFen || (a.id < b.id ? 1 : -1))
    .slice(0, 5)
    .map((o) => o.id);
}

/** What another connection sees of the table: its columns and indexes. */
function describeFile(directory: string): { columns: string[]; indexes: string[] } {
  const db = new Database(join(directory, 'station.sqlite'), { readonly: true });
  try {
    return {
      columns: db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[],
      indexes: db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
        .pluck()
        .all(table) as string[],
    };
  } finally {
    db.close();
  }
}

const currentIndexes = [
  `${table}:key:_deleted,status,id`,
  `${table}:key:_deleted,status,totalFen,id`,
  `${table}:key:_meta.lwt,id`,
  `${table}:tombstones`,
].sort();

describe('SQLite RxStorage: bulk loads and file layout', () => {
  let fixture: StorageFixture;
  beforeEach(() => {
    fixture = createStorageFixture();
  });
  afterEach(async () => {
    await fixture.dispose();
  });

  it('loads a large first write without secondary indexes and builds them before the first read', async () => {
    const instance = await fixture.open();
    const first = makeOrders(bulkLoadMinimum);
    const second = makeOrders(300, bulkLoadMinimum);
    await instance.bulkWrite(
      first.map((o) => ({ document: toStored(o) })),
      'sync',
    );
    // Later writes before any read go into the index-free table as well.
    await instance.bulkWrite(
      second.map((o) => ({ document: toStored(o) })),
      'sync',
    );
    expect(describeFile(fixture.directory).indexes).toEqual([]);

    expect(await packedByTotal(instance)).toEqual(expectedPackedByTotal([...first, ...second]));
    expect(describeFile(fixture.directory).indexes.sort()).toEqual(currentIndexes);
  });

  it('has the indexes again when a loaded file is reopened before any read', async () => {
    const orders = makeOrders(bulkLoadMinimum + 10);
    const loader = await fixture.open();
    await loader.bulkWrite(
      orders.map((o) => ({ document: toStored(o) })),
      'sync',
    );
    await loader.close();
    const reopened = await fixture.open();
    expect(describeFile(fixture.directory).indexes.sort()).toEqual(currentIndexes);
    expect(await packedByTotal(reopened)).toEqual(expectedPackedByTotal(orders));
  });

  it('keeps the indexes for a smaller write into an empty table', async () => {
    const instance = await fixture.open();
    await instance.bulkWrite(
      makeOrders(bulkLoadMinimum - 1).map((o) => ({ document: toStored(o) })),
      'live',
    );
    expect(describeFile(fixture.directory).indexes.sort()).toEqual(currentIndexes);
  });

  it('rewrites a table of key format 1 (spaces written out) and answers from it', async () => {
    const orders = makeOrders(50);
    writeFormatOneTable(fixture.directory, orders);
    const instance = await fixture.open();
    expect(describeFile(fixture.directory)).toEqual({
      columns: ['id', 'rev', 'deleted', 'lwt', 'data', ...formatTwoColumns],
      indexes: currentIndexes,
    });
    expect(await packedByTotal(instance)).toEqual(expectedPackedByTotal(orders));
  });

  it('rebuilds the keys when an older build wrote to the file after the upgrade', async () => {
    const orders = makeOrders(50);
    writeFormatOneTable(fixture.directory, orders);
    await (await fixture.open()).close();
    // The older build adds its columns back and writes a row without ours.
    const late = { id: 'o99999', status: 'packed', totalFen: 999_999 };
    writeFormatOneTable(fixture.directory, [late]);
    const instance = await fixture.open();
    expect(await packedByTotal(instance)).toEqual(expectedPackedByTotal([...orders, late]));
  });
});

const formatTwoColumns = ['key:_deleted,status,id', 'key:_deleted,status,totalFen,id', 'key:_meta.lwt,id'];

/**
 * Writes `orders` as a build with key format 1 did: `idx:` columns holding the UTF-8 bytes of
 * RxDB's padded index string (CESU-8 equals UTF-8 for this ASCII data), indexed under `idx:` names.
 * On a table of the current format it adds those columns as that build's open did.
 */
function writeFormatOneTable(directory: string, orders: readonly TestOrder[]): void {
  const db = new Database(join(directory, 'station.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    const fields = (schema.indexes ?? []).map((index) => (typeof index === 'string' ? [index] : [...index]));
    const names = fields.map((f) => `"idx:${f.join(',')}"`);
    db.exec(
      `CREATE TABLE IF NOT EXISTS "${table}" (id TEXT PRIMARY KEY NOT NULL, rev TEXT NOT NULL,
        deleted INTEGER NOT NULL, lwt REAL NOT NULL, data TEXT NOT NULL)`,
    );
    const existing = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
    for (const [i, name] of names.entries()) {
      if (!existing.includes(`idx:${fields[i]?.join(',')}`))
        db.exec(`ALTER TABLE "${table}" ADD COLUMN ${name} BLOB`);
      db.exec(`CREATE INDEX IF NOT EXISTS "${table}:${name.slice(1, -1)}" ON "${table}" (${name})`);
    }
    const insert = db.prepare(
      `INSERT INTO "${table}" (id, rev, deleted, lwt, data, ${names.join(', ')})
       VALUES (?, ?, 0, ?, ?${names.map(() => ', ?').join('')})`,
    );
    const keyOf = fields.map((f) => getIndexableStringMonad(schema, f));
    for (const order of orders) {
      const doc = toStored(order);
      const keys = keyOf.map((key) => Buffer.from(key(doc), 'utf8'));
      insert.run(doc.id, doc._rev, doc._meta.lwt, JSON.stringify(doc), ...keys);
    }
  } finally {
    db.close();
  }
}
