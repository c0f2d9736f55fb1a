// `hot_sku_reservations_per_s` and `oversold_units`: many clients at once taking the last units
// of one SKU through the hub's own stock code on a PostgreSQL server, each on its own connection.
// Reservations: every client calls `reserveStock` for one unit until it answers no. Allocation:
// every client takes imported orders of that SKU from a shared queue and allocates each in its
// own transaction (`allocateOrder`). Baseline for reservations: the same clients and units, each
// client on a SKU of its own, so no row is shared.
import pg from 'pg';
import { migrateHubDatabase, openHubDatabase, type SqlRunner } from '../../src-hub/db';
import { allocateOrder, reserveStock } from '../../src-hub/features/stock';
import { generateOrderBatches } from '../../src-shared/demo-data';
import { silentHubLogger } from './sync-hub-data';

const warehouseId = 'wh-bench';
const hotSku = 'sku-hot';
const allocationSku = 'sku-alloc';

/** What the clients got. */
export type HotSkuResult = {
  readonly clients: number;
  /** Units available when the clients started. */
  readonly units: number;
  readonly granted: number;
  readonly reserveMs: number;
  /** The same units spread over one SKU per client. */
  readonly spreadGranted: number;
  readonly spreadMs: number;
  readonly orders: number;
  readonly allocationUnits: number;
  readonly allocated: number;
  readonly allocateMs: number;
  /** Units granted beyond what was available, over both runs (must be 0). */
  readonly oversold: number;
};

/** Runs both contests on the empty database at `databaseUrl`. */
export async function measureHotSku(
  databaseUrl: string,
  options: {
    readonly clients: number;
    readonly units: number;
    readonly orders: number;
    /** Stock of the allocation SKU: fewer units than orders, so the last orders find none. */
    readonly allocationUnits: number;
  },
): Promise<HotSkuResult> {
  const { clients, units, orders, allocationUnits } = options;
  await prepareStock(databaseUrl, options);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: clients });
  try {
    // Every connection open before the start: the race is for the row, not for connecting.
    await Promise.all(Array.from({ length: clients }, () => pool.query('select 1')));
    const runner = runnerOf(pool);
    const hot = await race(clients, () => reserveStock(runner, warehouseId, hotSku, 1));
    const spread = await race(clients, (client) => reserveStock(runner, warehouseId, spreadSku(client), 1));
    const allocation = await allocateConcurrently(pool, clients);

    const rows = await runner.query<{ sku_id: string; on_hand: number; reserved: number }>(
      'select sku_id, on_hand, reserved from stock where sku_id = any ($1::text[])',
      [[hotSku, allocationSku]],
    );
    const reservedOf = (skuId: string) => rows.find((row) => row.sku_id === skuId)?.reserved ?? -1;
    if (reservedOf(hotSku) !== hot.granted || reservedOf(allocationSku) !== allocation.allocated) {
      throw new Error(`the stock table disagrees with what was granted: ${JSON.stringify(rows)}`);
    }
    return {
      clients,
      units,
      granted: hot.granted,
      reserveMs: hot.ms,
      spreadGranted: spread.granted,
      spreadMs: spread.ms,
      orders,
      allocationUnits,
      allocated: allocation.allocated,
      allocateMs: allocation.ms,
      oversold: Math.max(0, hot.granted - units) + Math.max(0, allocation.allocated - allocationUnits),
    };
  } finally {
    await pool.end();
  }
}

function spreadSku(client: number): string {
  return `sku-spread-${client}`;
}

/** `clients` loops calling `take` until it answers false; how many it granted and how long. */
async function race(
  clients: number,
  take: (client: number) => Promise<boolean>,
): Promise<{ granted: number; ms: number }> {
  let granted = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (await take(client)) granted += 1;
    }),
  );
  return { granted, ms: performance.now() - started };
}

/** Each client allocates the next waiting order in a transaction of its own until none is left. */
async function allocateConcurrently(
  pool: pg.Pool,
  clients: number,
): Promise<{ allocated: number; ms: number }> {
  const queue = (
    await pool.query<{ id: string }>("select id from orders where status = 'imported' order by paid_at, id")
  ).rows.map((row) => row.id);
  let allocated = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let orderId = queue.shift(); orderId !== undefined; orderId = queue.shift()) {
        const id = orderId;
        const outcome = await inTransaction(pool, (tx) => allocateOrder(tx, id, new Date()));
        if (outcome.kind === 'allocated') allocated += 1;
      }
    }),
  );
  return { allocated, ms: performance.now() - started };
}

async function inTransaction<T>(pool: pg.Pool, work: (tx: SqlRunner) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(runnerOf(client));
    await client.query('commit');
    client.release();
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    client.release(true);
    throw error;
  }
}

function runnerOf(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    async query<Row extends Record<string, unknown>>(text: string, params: readonly unknown[] = []) {
      return (await client.query<Row>(text, [...params])).rows;
    },
  };
}

/**
 * The hub's schema through its own migrations, one warehouse, the hot SKU with `units` on hand,
 * one SKU per client with an equal share of them, and `orders` imported orders of one unit each of
 * the allocation SKU, which has `allocationUnits` on hand.
 */
async function prepareStock(
  databaseUrl: string,
  { clients, units, orders, allocationUnits }: Parameters<typeof measureHotSku>[1],
): Promise<void> {
  const logger = silentHubLogger();
  const database = await openHubDatabase({ dataDir: '', databaseUrl, logger, onLockLost: () => undefined });
  try {
    await migrateHubDatabase(database);
    await database.query(
      "insert into warehouses (id, code, name, time_zone) values ($1, 'BENCH', 'Bench', 'UTC')",
      [warehouseId],
    );
    const skuIds = [hotSku, allocationSku, ...Array.from({ length: clients }, (_, i) => spreadSku(i))];
    const onHand = [units, allocationUnits, ...skuIds.slice(2).map(() => Math.floor(units / clients))];
    await database.query(
      `insert into skus (id, internal_code, name, bin, updated_at)
       select id, id, id, 'A-01-1-01', now() from unnest($1::text[]) as id`,
      [skuIds],
    );
    await database.query(
      `insert into stock (warehouse_id, sku_id, on_hand, updated_at)
       select $1, sku, qty, now() from unnest($2::text[], $3::int[]) as wanted (sku, qty)`,
      [warehouseId, skuIds, onHand],
    );
    const [generated = []] = generateOrderBatches({
      seed: 1,
      now: '2026-12-01T08:00:00.000Z',
      warehouses: 1,
      skus: 10,
      orders,
      batchSize: orders,
      warehouseIds: { SHA: warehouseId },
    });
    const docs = generated.map((order) => ({
      ...order,
      lines: [{ skuId: allocationSku, qty: 1, priceFen: 100, scannedQty: 0 }],
    }));
    await database.query(
      `insert into orders (id, platform, platform_order_no, warehouse_id, status, paid_at, doc, updated_at)
       select doc ->> 'id', doc ->> 'platform', doc ->> 'platformOrderNo', doc ->> 'warehouseId', 'imported',
              (doc ->> 'paidAt')::timestamptz, doc, (doc ->> 'updatedAt')::timestamptz
         from jsonb_array_elements($1::jsonb) as doc`,
      [JSON.stringify(docs)],
    );
  } finally {
    await database.close();
  }
}
