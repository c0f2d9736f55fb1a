import {
  type MangoQuery,
  normalizeMangoQuery,
  prepareQuery,
  type RxDocumentData,
  type RxStorage,
  type RxStorageDefaultCheckpoint,
  type RxStorageInstance,
} from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStorageFixture,
  type StorageFixture,
  type TestInstance,
  type TestOrder,
  testOrderSchema,
  toStored,
} from './testing/storage-fixture';

const schema = testOrderSchema();
type Query = MangoQuery<RxDocumentData<TestOrder>>;

// Statuses whose padded index strings collide ('a', 'a ', 'a  ') or invert against JavaScript's
// order ('a\t' and 'a\tb' sort above 'a' but their keys below it), with ids that do the same.
const statuses = ['a', 'a ', 'a  ', 'a\t', 'a\tb', 'a \t', 'a!', 'b', '', '中', '😀'];
const ids = ['x', 'x ', 'x\t', 'y'];
const orders: TestOrder[] = statuses.flatMap((status, s) =>
  ids.map((id, i) => ({ id: `${s}${id}`, status, totalFen: ((s * 4 + i) * 37) % 500 })),
);

const live = { _deleted: { $eq: false } } as const;
const newestFirst = [{ status: 'desc' as const }, { id: 'desc' as const }];
const queries: Query[] = [
  { selector: live, sort: newestFirst },
  { selector: { ...live, totalFen: { $gte: 150 } }, sort: newestFirst },
  { selector: { ...live, status: { $eq: 'a' } }, sort: [{ totalFen: 'desc' }, { id: 'desc' }] },
];

async function resultIds(
  instance: RxStorageInstance<TestOrder, unknown, unknown, RxStorageDefaultCheckpoint>,
  query: Query,
): Promise<string[]> {
  // A selector over the stored shape is a selector over the document type plus meta fields.
  const prepared = prepareQuery(schema, normalizeMangoQuery(schema, query as MangoQuery<TestOrder>));
  return (await instance.query(prepared)).documents.map((doc) => doc.id);
}

describe('SQLite RxStorage: descending sorts read backwards', () => {
  let fixture: StorageFixture;
  let ours: TestInstance;
  let reference: TestInstance;
  beforeAll(async () => {
    fixture = createStorageFixture();
    ours = await fixture.open();
    reference = (await (getRxStorageMemory() as RxStorage<unknown, unknown>).createStorageInstance<TestOrder>(
      {
        databaseInstanceToken: fixture.token,
        databaseName: 'reference',
        collectionName: 'orders',
        schema,
        options: {},
        multiInstance: false,
        devMode: true,
      },
    )) as TestInstance;
    const rows = orders.map((order) => ({ document: toStored(order) }));
    await ours.bulkWrite(rows, 'seed');
    await reference.bulkWrite(rows, 'seed');
  });
  afterAll(async () => {
    await reference.remove();
    await fixture.dispose();
  });

  it("returns every page exactly as RxDB's memory storage where padded keys collide or invert", async () => {
    for (const query of queries) {
      for (const skip of [0, 1, 3]) {
        for (const limit of [1, 2, 3, 5, 8, 13, 100, undefined]) {
          const paged = { ...query, skip, ...(limit === undefined ? {} : { limit }) };
          expect(await resultIds(ours, paged), JSON.stringify(paged)).toEqual(
            await resultIds(reference, paged),
          );
        }
      }
    }
  });

  it('puts a string that extends another first, though its key sorts below', async () => {
    const extended = await fixture.open({ collectionName: 'extended' });
    await extended.bulkWrite(
      [
        { document: toStored({ id: 'p', status: 'a', totalFen: 1 }) },
        { document: toStored({ id: 'q', status: 'a\tb', totalFen: 2 }) },
      ],
      'seed',
    );
    // The backwards read meets 'a' (key 'a   …') before 'a\tb' (key 'a\tb …'); JavaScript says
    // 'a\tb' > 'a', so the newest-first page of one is 'q'.
    expect(await resultIds(extended, { selector: live, sort: newestFirst, limit: 1 })).toEqual(['q']);
    expect(await resultIds(extended, { selector: live, sort: newestFirst })).toEqual(['q', 'p']);
  });
});
