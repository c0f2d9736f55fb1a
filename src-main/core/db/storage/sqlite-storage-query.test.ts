import {
  type MangoQuery,
  normalizeMangoQuery,
  type PreparedQuery,
  prepareQuery,
  type RxDocumentData,
  type RxStorageDefaultCheckpoint,
} from 'rxdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStorageFixture,
  type StorageFixture,
  type TestInstance,
  type TestOrder,
  testOrderSchema,
  toStored,
} from './testing/storage-fixture';

const schema = testOrderSchema();

/** Queries name RxDB's meta fields too, as RxDB's own queries do (`_deleted`). */
type Query = MangoQuery<RxDocumentData<TestOrder>>;

function prepare(query: Query): PreparedQuery<TestOrder> {
  // A selector over the stored shape is a selector over the document type plus meta fields.
  return prepareQuery(schema, normalizeMangoQuery(schema, query as MangoQuery<TestOrder>));
}

async function stored(instance: TestInstance, id: string): Promise<RxDocumentData<TestOrder>> {
  const [doc] = await instance.findDocumentsById([id], false);
  if (!doc) throw new Error(`${id} is not stored`);
  return doc;
}

async function ids(instance: TestInstance, query: Query): Promise<string[]> {
  return (await instance.query(prepare(query))).documents.map((doc) => doc.id);
}

// Ten orders: statuses alternate, totals 0..900, buyer names mix CJK, emoji and Latin.
const buyers = ['王芳', 'Anna', '😀 Emoji', '李娜', 'anna', '张伟', 'Zoë', '刘洋', '🎉', 'Bob'];
const orders: TestOrder[] = buyers.map((buyerName, i) => ({
  id: `o${i}`,
  status: i % 2 ? 'packed' : 'paid',
  totalFen: ((i * 7) % 10) * 100,
  buyerName,
}));

describe('SQLite RxStorage: query and count', () => {
  let fixture: StorageFixture;
  let instance: TestInstance;
  beforeEach(async () => {
    fixture = createStorageFixture();
    instance = await fixture.open();
    await instance.bulkWrite(
      orders.map((o) => ({ document: toStored(o) })),
      'seed',
    );
    // o9 becomes a tombstone: it must drop out of queries that ask for live documents.
    const o9 = await stored(instance, 'o9');
    await instance.bulkWrite(
      [{ previous: o9, document: toStored(orders[9] as TestOrder, o9, { deleted: true }) }],
      'delete',
    );
  });
  afterEach(async () => {
    await fixture.dispose();
  });

  const live = { _deleted: { $eq: false } } as const;
  const byTotal = (list: TestOrder[]) =>
    [...list].sort((a, b) => a.totalFen - b.totalFen || (a.id < b.id ? -1 : 1)).map((o) => o.id);
  const packed = orders.filter((o) => o.status === 'packed' && o.id !== 'o9');

  it('finds nothing in an empty collection', async () => {
    const empty = await fixture.open({ collectionName: 'empty' });
    expect(await ids(empty, { selector: live })).toEqual([]);
    expect(await empty.count(prepare({ selector: live }))).toEqual({ count: 0, mode: 'fast' });
  });

  it('runs a covered selector and sort with skip and limit, also past the end', async () => {
    const query = { selector: { ...live, status: { $eq: 'packed' } }, sort: [{ totalFen: 'asc' as const }] };
    expect(await ids(instance, query)).toEqual(byTotal(packed));
    expect(await ids(instance, { ...query, skip: 1, limit: 2 })).toEqual(byTotal(packed).slice(1, 3));
    expect(await ids(instance, { ...query, skip: 3, limit: 10 })).toEqual(byTotal(packed).slice(3));
    expect(await ids(instance, { ...query, skip: 50 })).toEqual([]);
    expect(await ids(instance, { ...query, limit: 0 })).toEqual([]);
  });

  it('reads the index backwards for an all-descending sort', async () => {
    const query = {
      selector: { ...live, status: { $eq: 'packed' } },
      sort: [{ totalFen: 'desc' as const }, { id: 'desc' as const }],
    };
    expect(await ids(instance, { ...query, limit: 3 })).toEqual(byTotal(packed).reverse().slice(0, 3));
  });

  it('matches and sorts in JavaScript what the index does not cover', async () => {
    expect(
      await ids(instance, {
        selector: { ...live, buyerName: { $regex: '^[Aa]' } },
        sort: [{ totalFen: 'desc' }],
        limit: 5,
      }),
    ).toEqual(byTotal(orders.filter((o) => /^[Aa]/.test(o.buyerName ?? ''))).reverse());
    const byName = orders
      .filter((o) => o.id !== 'o9')
      .map((o) => o.buyerName ?? '')
      .sort((a, b) => (a < b ? -1 : 1));
    const sorted = (await instance.query(prepare({ selector: live, sort: [{ buyerName: 'asc' }] })))
      .documents;
    expect(sorted.map((o) => o.buyerName)).toEqual(byName);
  });

  it('returns tombstones only to a query that does not exclude them', async () => {
    expect(await ids(instance, { selector: { status: { $eq: 'packed' } }, sort: [{ id: 'asc' }] })).toContain(
      'o9',
    );
    expect(await ids(instance, { selector: { ...live, status: { $eq: 'packed' } } })).not.toContain('o9');
  });

  it('counts with a covered selector, with the matcher, and honours skip and limit', async () => {
    expect(await instance.count(prepare({ selector: { ...live, status: { $eq: 'packed' } } }))).toEqual({
      count: packed.length,
      mode: 'fast',
    });
    expect((await instance.count(prepare({ selector: { ...live, totalFen: { $gte: 500 } } }))).count).toBe(
      orders.filter((o) => o.totalFen >= 500 && o.id !== 'o9').length,
    );
    expect((await instance.count(prepare({ selector: live, skip: 7, limit: 5 }))).count).toBe(2);
    expect((await instance.count(prepare({ selector: live, skip: 20 }))).count).toBe(0);
  });

  it('pages through changes by checkpoint: every document once, deletions included, updates moved to the end', async () => {
    const o3 = await stored(instance, 'o3');
    await instance.bulkWrite([{ previous: o3, document: toStored(orders[3] as TestOrder, o3) }], 'update');
    const seen: RxDocumentData<TestOrder>[] = [];
    let checkpoint: RxStorageDefaultCheckpoint | undefined;
    for (;;) {
      const page = await instance.getChangedDocumentsSince?.(3, checkpoint);
      if (!page) throw new Error('getChangedDocumentsSince missing');
      if (page.documents.length === 0) {
        expect(page.checkpoint).toEqual(checkpoint);
        break;
      }
      seen.push(...page.documents);
      checkpoint = page.checkpoint;
    }
    const sortedByChange = [...seen].sort((a, b) => a._meta.lwt - b._meta.lwt || (a.id < b.id ? -1 : 1));
    expect(seen).toEqual(sortedByChange);
    expect(seen.map((d) => d.id)).toEqual(['o0', 'o1', 'o2', 'o4', 'o5', 'o6', 'o7', 'o8', 'o9', 'o3']);
    expect(seen.find((d) => d.id === 'o9')?._deleted).toBe(true);
    expect(checkpoint).toEqual({ id: 'o3', lwt: seen.at(-1)?._meta.lwt });
  });
});
