// Differential test: the same random writes and >= 1,000 random queries against Packline's SQLite
// storage and RxDB's reference memory storage must give identical results, counts and change
// pages — and again after the SQLite instance is closed and reopened from disk.
// Replay a failure with STORAGE_SEED=<seed> (the seed is printed in every failure message).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BulkWriteRow,
  createRevision,
  getChangedDocumentsSince,
  type MangoQuery,
  normalizeMangoQuery,
  now,
  prepareQuery,
  type RxDocumentData,
  type RxStorage,
  type RxStorageDefaultCheckpoint,
  type RxStorageInstance,
} from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRxStorageSqlite } from '../../src-main/core/db/storage';
import {
  createRandom,
  type Item,
  itemSchema,
  type Random,
  randomId,
  randomItem,
  randomQuery,
} from './storage-random-data';

type Instance = RxStorageInstance<Item, unknown, unknown, RxStorageDefaultCheckpoint>;
type Outcome = { ids: string[]; docs: RxDocumentData<Item>[]; count: number };

const seed = Number(process.env.STORAGE_SEED ?? 20_261_122);
const queryCount = 1_000;
const schema = itemSchema;

async function open(storage: RxStorage<unknown, unknown>, databaseName: string): Promise<Instance> {
  return (await storage.createStorageInstance<Item>({
    databaseInstanceToken: 'diff',
    databaseName,
    collectionName: 'items',
    schema,
    options: {},
    multiInstance: false,
    devMode: false,
  })) as Instance;
}

function stored(item: Item, previous?: RxDocumentData<Item>, deleted = false): RxDocumentData<Item> {
  const doc = {
    ...item,
    _deleted: deleted,
    _attachments: {},
    _meta: { lwt: now() },
    _rev: '',
  } as RxDocumentData<Item>;
  doc._rev = createRevision('diff', previous);
  return doc;
}

/** Inserts, then updates (moving documents between index ranges), deletes and revives. */
function randomWriteBatches(random: Random): { batches: BulkWriteRow<Item>[][]; items: Item[] } {
  const current = new Map<string, RxDocumentData<Item>>();
  const batches: BulkWriteRow<Item>[][] = [];
  for (let b = 0; b < 4; b += 1) {
    const batch: BulkWriteRow<Item>[] = [];
    for (let i = 0; i < 100; i += 1) {
      const id = randomId(random, b * 100 + i);
      const document = stored(randomItem(random, id));
      batch.push({ document });
      current.set(id, document);
    }
    batches.push(batch);
  }
  for (let round = 0; round < 3; round += 1) {
    const batch: BulkWriteRow<Item>[] = [];
    for (const previous of [...current.values()].filter(() => random.chance(0.15))) {
      const roll = random.next();
      const deleted = roll < 0.3 ? true : roll < 0.4 ? false : previous._deleted;
      const fresh = random.chance(0.7)
        ? randomItem(random, previous.id)
        : { ...stripMeta(previous), note: 'touched' };
      const document = stored(fresh, previous, deleted);
      batch.push({ previous, document });
      current.set(previous.id, document);
    }
    // A stale write in every round: both storages must refuse it the same way.
    const victim = random.pick([...current.values()]);
    batch.push({ document: stored(randomItem(random, victim.id)) });
    batches.push(batch);
  }
  return { batches, items: [...current.values()].map(stripMeta) };
}

function stripMeta(doc: RxDocumentData<Item>): Item {
  const { _deleted, _attachments, _meta, _rev, ...item } = doc;
  return item;
}

async function outcome(instance: Instance, query: MangoQuery<Item>): Promise<Outcome> {
  const prepared = prepareQuery(schema, normalizeMangoQuery(schema, query));
  const { skip: _skip, limit: _limit, ...unbounded } = query;
  const docs = (await instance.query(prepared)).documents;
  const count = (await instance.count(prepareQuery(schema, normalizeMangoQuery(schema, unbounded)))).count;
  return { ids: docs.map((d) => d.id), docs, count };
}

async function changePages(instance: Instance, pageSize: number): Promise<string[][]> {
  const pages: string[][] = [];
  let checkpoint: RxStorageDefaultCheckpoint | undefined;
  for (;;) {
    const page = await getChangedDocumentsSince<Item, RxStorageDefaultCheckpoint>(
      instance,
      pageSize,
      checkpoint,
    );
    if (page.documents.length === 0) return pages;
    pages.push(page.documents.map((d) => `${d.id}@${d._rev}`));
    checkpoint = page.checkpoint;
  }
}

describe(`storage differential against RxDB's memory storage (seed ${seed})`, () => {
  const random = createRandom(seed);
  const directory = mkdtempSync(join(tmpdir(), 'packline-storage-diff-'));
  const sqlite = getRxStorageSqlite({ directory }) as RxStorage<unknown, unknown>;
  const memory = getRxStorageMemory() as RxStorage<unknown, unknown>;
  const databaseName = `diff${seed}`;
  let ours: Instance;
  let reference: Instance;
  let items: Item[] = [];
  const queries: MangoQuery<Item>[] = [];
  const expected: Outcome[] = [];

  beforeAll(async () => {
    ours = await open(sqlite, databaseName);
    reference = await open(memory, databaseName);
    const writes = randomWriteBatches(random);
    items = writes.items;
    for (const batch of writes.batches) {
      const [a, b] = await Promise.all([ours.bulkWrite(batch, 'diff'), reference.bulkWrite(batch, 'diff')]);
      expect(
        a.error.map((e) => [e.status, e.documentId]),
        `seed ${seed}`,
      ).toEqual(b.error.map((e) => [e.status, e.documentId]));
    }
    for (let i = 0; i < queryCount; i += 1) queries.push(randomQuery(random, items));
    for (const query of queries) expected.push(await outcome(reference, query));
  });

  afterAll(async () => {
    await ours.close();
    await reference.remove();
    rmSync(directory, { recursive: true, force: true });
  });

  async function compareAll(label: string): Promise<void> {
    let nonEmpty = 0;
    for (const [i, query] of queries.entries()) {
      const got = await outcome(ours, query);
      const want = expected[i] as Outcome;
      const where = `${label}: seed ${seed}, query #${i}: ${JSON.stringify(query)}`;
      expect(got.ids, where).toEqual(want.ids);
      expect(got.docs, where).toEqual(want.docs);
      expect(got.count, where).toEqual(want.count);
      if (i % 3 === 0) {
        // Count with the query's own skip and limit equals the length of its result.
        const bounded = await ours.count(prepareQuery(schema, normalizeMangoQuery(schema, query)));
        expect(bounded.count, where).toBe(got.ids.length);
      }
      if (got.ids.length > 0) nonEmpty += 1;
    }
    // Guard against a generator that only asks questions with empty answers.
    expect(nonEmpty, `seed ${seed}`).toBeGreaterThan(queries.length / 3);
  }

  it('asks questions that reach every way a plan can be run', () => {
    const shapes = new Map<string, number>();
    for (const query of queries) {
      const { queryPlan, query: filled } = prepareQuery(schema, normalizeMangoQuery(schema, query));
      const allDescending = filled.sort.every((part) => Object.values(part).every((d) => d === 'desc'));
      const shape = [
        queryPlan.selectorSatisfiedByIndex ? 'range-only' : 'matcher',
        queryPlan.sortSatisfiedByIndex ? 'index-order' : allDescending ? 'all-desc' : 'js-sort',
      ].join('+');
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    }
    for (const shape of [
      'range-only+index-order',
      'matcher+index-order',
      'matcher+js-sort',
      'matcher+all-desc',
    ]) {
      expect(shapes.get(shape) ?? 0, `${shape} in ${JSON.stringify([...shapes])}`).toBeGreaterThan(
        queries.length / 50,
      );
    }
  });

  it(`answers ${queryCount} random queries exactly as the memory storage`, async () => {
    await compareAll('open');
  });

  it('pages changes by checkpoint exactly as RxDB does over the memory storage', async () => {
    for (const pageSize of [1, 7, 100]) {
      expect(await changePages(ours, pageSize), `seed ${seed}, page ${pageSize}`).toEqual(
        await changePages(reference, pageSize),
      );
    }
  });

  it('answers them all the same after closing and reopening from disk', async () => {
    await ours.close();
    ours = await open(getRxStorageSqlite({ directory }), databaseName);
    await compareAll('reopened');
    expect(await changePages(ours, 50), `seed ${seed}`).toEqual(await changePages(reference, 50));
  });
});
