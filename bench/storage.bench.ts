// Suite `storage`: Packline's SQLite RxStorage with 100,000 documents of the station's `orders`
// collection (its real schema at the current version: its indexes plus RxDB's change index).
// Inserts are compared, in the same run, with RxDB's memory storage (same bulkWrite batches) and
// with the physical limit: the same JSON into a plain better-sqlite3 table in one transaction.
// Queries and counts go through RxDB's query planning as RxDB's own queries do. Cold open and
// memory are measured in fresh processes that open the finished file through RxDB.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  type MangoQuery,
  normalizeMangoQuery,
  type PreparedQuery,
  prepareQuery,
  type RxDocumentData,
  type RxStorage,
  type RxStorageInstance,
} from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { getValidator } from 'rxdb/plugins/validate-ajv';
import { getRxStorageSqlite } from '../src-main/core/db/storage';
import { makeTempDir } from '../tests/helpers/processes';
import { median, type Metric, p95, withBaseline, writeResults } from './support/results';
import {
  type BenchOrder,
  benchOrderSchema,
  makeOrders,
  statuses,
  warehouses,
} from './support/storage-orders';

const documentCount = 100_000;
// An initial sync page; RxDB's own bulkInsert sends everything as one bulkWrite.
const batchSize = 10_000;
// A live replication batch.
const smallBatchSize = 1_000;
const runs = 200;
// The schema's own indexes, as RxDB fills them in, without the change index RxDB adds.
const indexCount = (benchOrderSchema.indexes ?? []).length - 1;
const coldOpenSamples = 3;

type Instance = RxStorageInstance<BenchOrder, unknown, unknown>;
type Query = MangoQuery<RxDocumentData<BenchOrder>>;

async function open(storage: RxStorage<unknown, unknown>, databaseName: string): Promise<Instance> {
  return (await storage.createStorageInstance<BenchOrder>({
    databaseInstanceToken: 'bench',
    databaseName,
    collectionName: 'orders',
    schema: benchOrderSchema,
    options: {},
    multiInstance: false,
    devMode: false,
  })) as Instance;
}

function prepare(query: Query): PreparedQuery<BenchOrder> {
  // RxDB adds `_deleted` to every query it runs; its mango type describes only the document.
  return prepareQuery(
    benchOrderSchema,
    normalizeMangoQuery(benchOrderSchema, query as MangoQuery<BenchOrder>),
  );
}

/** The generated orders must be ones the collection accepts, or the numbers describe other data. */
function assertValid(docs: readonly RxDocumentData<BenchOrder>[]): void {
  const validate = getValidator(benchOrderSchema);
  for (const doc of docs) {
    const errors = validate(doc) as unknown[];
    if (errors.length > 0) throw new Error(`order ${doc.id} fails the schema: ${JSON.stringify(errors)}`);
  }
}

/** Documents per second for all batches, until the storage can answer a query over them. */
async function insertRate(
  instance: Instance,
  docs: RxDocumentData<BenchOrder>[],
  batch = batchSize,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < docs.length; i += batch) {
    const result = await instance.bulkWrite(
      docs.slice(i, i + batch).map((document) => ({ document })),
      'bench',
    );
    if (result.error.length > 0) throw new Error(`insert failed: ${JSON.stringify(result.error[0])}`);
  }
  // Both storages may defer index work to the first read (the memory storage builds its indexes
  // lazily): the first query pays for it, so the rate includes it.
  const { count } = await instance.count(prepare({ selector: { _deleted: { $eq: false } } }));
  if (count !== docs.length) throw new Error(`expected ${docs.length} documents, counted ${count}`);
  return docs.length / ((performance.now() - started) / 1000);
}

function rawSqliteRate(directory: string, docs: RxDocumentData<BenchOrder>[]): number {
  const db = new Database(join(directory, 'raw.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE raw (id TEXT PRIMARY KEY NOT NULL, data TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO raw (id, data) VALUES (?, ?)');
    const started = performance.now();
    db.transaction(() => {
      for (const doc of docs) insert.run(doc.id, JSON.stringify(doc));
    })();
    return docs.length / ((performance.now() - started) / 1000);
  } finally {
    db.close();
  }
}

/** p95 of `runs` calls, each with a fresh prepared query as a new RxQuery would make. */
async function latencyP95(run: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i += 1) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return p95(samples);
}

const live = { _deleted: { $eq: false } } as const;
const byWarehouseAndStatus = (i: number, sort: NonNullable<Query['sort']>): Query => ({
  selector: {
    ...live,
    warehouseId: { $eq: warehouses[i % warehouses.length] },
    status: { $eq: statuses[i % statuses.length] },
  },
  sort,
  limit: 50,
});
const queries = {
  /** Covered by the schema's `[warehouseId, status]` index, in its (primary key) order. */
  covered: (i: number) => byWarehouseAndStatus(i, [{ id: 'asc' }]),
  /** The orders repository's `findByStatus`, over the `[warehouseId, status, updatedAt]` index (v3). */
  byUpdate: (i: number) => byWarehouseAndStatus(i, [{ updatedAt: 'asc' }, { id: 'asc' }]),
  /** The 50 most recently updated orders, over the schema's `updatedAt` index read backwards. */
  newestFirst: (): Query => ({ selector: live, sort: [{ updatedAt: 'desc' }, { id: 'desc' }], limit: 50 }),
  /** The order list's page (`newestPaid`): one status, newest payment first. */
  newestPaid: (i: number): Query => ({
    selector: { ...live, status: { $eq: statuses[i % statuses.length] } },
    sort: [{ paidAt: 'desc' }, { id: 'desc' }],
    limit: 50,
  }),
  byStatus: (i: number): Query => ({ selector: { ...live, status: { $eq: statuses[i % statuses.length] } } }),
};

function assertPlans(): void {
  const covered = prepare(queries.covered(0)).queryPlan;
  if (!covered.selectorSatisfiedByIndex || !covered.sortSatisfiedByIndex)
    throw new Error('the covered benchmark query is not index-covered');
  if (!prepare(queries.byUpdate(0)).queryPlan.sortSatisfiedByIndex)
    throw new Error('findByStatus is no longer index-covered: update the benchmark notes');
}

function coldOpen(directory: string, databaseName: string): { openMs: number; rssMb: number } {
  const samples = Array.from({ length: coldOpenSamples }, () => {
    const output = execFileSync(process.execPath, [
      '--import',
      'tsx',
      join('bench', 'support', 'storage-cold-open.ts'),
      directory,
      databaseName,
    ]);
    const line = output.toString().trim().split('\n').at(-1) ?? '{}';
    return JSON.parse(line) as { openMs: number; rssMb: number; found: number };
  });
  if (samples.some((s) => s.found === 0)) throw new Error('cold open found nothing');
  return { openMs: median(samples.map((s) => s.openMs)), rssMb: median(samples.map((s) => s.rssMb)) };
}

type Latencies = Record<keyof typeof queries, number>;

async function latencies(instance: Instance): Promise<Latencies> {
  return {
    covered: await latencyP95((i) => instance.query(prepare(queries.covered(i)))),
    byUpdate: await latencyP95((i) => instance.query(prepare(queries.byUpdate(i)))),
    newestFirst: await latencyP95(() => instance.query(prepare(queries.newestFirst()))),
    newestPaid: await latencyP95((i) => instance.query(prepare(queries.newestPaid(i)))),
    byStatus: await latencyP95((i) => instance.count(prepare(queries.byStatus(i)))),
  };
}

const dir = makeTempDir('bench-storage-');
try {
  assertPlans();
  const docs = makeOrders(documentCount);
  assertValid(docs);
  const sqliteStorage = getRxStorageSqlite({ directory: dir.path }) as RxStorage<unknown, unknown>;
  const ours = await open(sqliteStorage, 'benchorders');
  const memory = await open(getRxStorageMemory() as RxStorage<unknown, unknown>, 'benchorders');

  const oursRate = await insertRate(ours, docs);
  const memoryRate = await insertRate(memory, docs);
  const rawRate = rawSqliteRate(dir.path, docs);
  const oursSmall = await open(sqliteStorage, 'benchbatches');
  const memorySmall = await open(getRxStorageMemory() as RxStorage<unknown, unknown>, 'benchbatches');
  const oursSmallRate = await insertRate(oursSmall, docs, smallBatchSize);
  const memorySmallRate = await insertRate(memorySmall, docs, smallBatchSize);
  await oursSmall.close();
  await memorySmall.remove();
  console.log({ oursRate, memoryRate, rawRate, oursSmallRate, memorySmallRate });

  const p = await latencies(ours);
  const m = await latencies(memory);
  await ours.close();
  await memory.remove();

  // A 1,000-document database of the same shape: memory after open must not depend on the size.
  const small = await open(sqliteStorage, 'benchsmall');
  await insertRate(small, docs.slice(0, 1_000));
  await small.close();
  const big = coldOpen(dir.path, 'benchorders');
  const little = coldOpen(dir.path, 'benchsmall');

  const metrics: Record<string, Metric> = {
    insert_docs_per_s: {
      value: Math.round(oursRate),
      unit: 'docs/s',
      note: `${documentCount} orders (schema v${benchOrderSchema.version}), bulkWrite batches of ${batchSize}, ${indexCount} indexes`,
    },
    insert_ratio_vs_memory: withBaseline(
      oursRate,
      'docs/s',
      memoryRate,
      'baseline: RxDB memory storage, same batches, same run',
    ),
    insert_ratio_vs_raw_sqlite: withBaseline(
      oursRate,
      'docs/s',
      rawRate,
      'baseline: same JSON into a plain (id, data) table, one transaction',
    ),
    insert_small_batches_docs_per_s: withBaseline(
      oursSmallRate,
      'docs/s',
      memorySmallRate,
      `bulkWrite batches of ${smallBatchSize} (live replication); baseline: memory storage`,
    ),
    query_p95_ms: withBaseline(
      p.covered,
      'ms',
      m.covered,
      'warehouse + status, primary key order, limit 50 (index-covered); baseline: memory storage',
    ),
    query_by_status_updated_p95_ms: withBaseline(
      p.byUpdate,
      'ms',
      m.byUpdate,
      'findByStatus: warehouse + status, sort updatedAt, limit 50, over the [warehouseId, status, updatedAt] index; baseline: memory',
    ),
    query_newest_first_p95_ms: withBaseline(
      p.newestFirst,
      'ms',
      m.newestFirst,
      'all orders, updatedAt desc, limit 50; baseline: memory storage',
    ),
    query_newest_paid_p95_ms: withBaseline(
      p.newestPaid,
      'ms',
      m.newestPaid,
      'order list page: status, paidAt desc, limit 50; baseline: memory storage',
    ),
    count_p95_ms: withBaseline(p.byStatus, 'ms', m.byStatus, 'count by status; baseline: memory storage'),
    cold_open_ms: {
      value: Math.round(big.openMs),
      unit: 'ms',
      note: `fresh process, RxDB open + first query, median of ${coldOpenSamples}`,
    },
    rss_mb_after_open: withBaseline(
      big.rssMb,
      'MB',
      little.rssMb,
      'fresh process after open + first query; baseline: same with 1,000 docs',
    ),
  };
  writeResults('storage', metrics);
} finally {
  dir.remove();
}
