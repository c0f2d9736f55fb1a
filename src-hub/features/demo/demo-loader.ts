import { type DemoData, demoWarehouseCodes, generateDemoData } from '../../../src-shared/demo-data';
import type { Clock } from '../../clock';
import { type HubDatabase, insertRows, type SqlRunner } from '../../db';
import type { Logger } from '../../logging';
import type { ChangeBus } from '../changes';
import type { StockService } from '../stock';

/** The seed of the demo data set: every demo hub shows the same SKUs and orders. */
export const demoSeed = 1;

/** Serialises demo loading across hubs sharing one PostgreSQL. */
const demoLockKey = 7_426_105_593_341_192n;

/** How much demo data to make; tests ask for less than the full set. */
export type DemoSize = { readonly skus?: number; readonly orders?: number };

/** What loading the demo did. */
export type DemoLoadReport =
  | { readonly isLoaded: false; readonly reason: string }
  | {
      readonly isLoaded: true;
      readonly skus: number;
      readonly stock: number;
      readonly orders: number;
      readonly allocated: number;
      readonly loadMs: number;
      readonly allocateMs: number;
    };

export type DemoLoaderDeps = {
  readonly database: HubDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly changes: ChangeBus;
  readonly stock: StockService;
};

/**
 * Fills a fresh demo hub with the demo data set (SKUs, stock in each demo warehouse, imported
 * orders) in one transaction, then allocates the orders oldest payment first. Does nothing when
 * the hub already has SKUs or orders, or lacks the demo warehouses.
 */
export async function loadDemoData(deps: DemoLoaderDeps, size: DemoSize = {}): Promise<DemoLoadReport> {
  const { database, clock, logger } = deps;
  const startedAt = performance.now();
  const loaded = await database.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [demoLockKey.toString()]);
    if (await hasData(tx)) return null;
    const warehouseIds = await demoWarehouseIds(tx);
    if (warehouseIds.size === 0) return null;
    const data = generateDemoData({
      seed: demoSeed,
      now: new Date(clock.now()).toISOString(),
      warehouses: warehouseIds.size,
      ...size,
      warehouseIds: Object.fromEntries(warehouseIds),
    });
    await insertDemoData(tx, data);
    return data;
  });
  if (loaded === null) return { isLoaded: false, reason: 'the hub already has data or no demo warehouses' };
  const loadMs = Math.round(performance.now() - startedAt);
  deps.changes.publish([
    { collection: 'skus', warehouseId: null },
    ...loaded.warehouses.flatMap((warehouse) => [
      { collection: 'stock' as const, warehouseId: warehouse.id },
      { collection: 'orders' as const, warehouseId: warehouse.id },
    ]),
  ]);

  const allocationStart = performance.now();
  const allocation = await deps.stock.allocatePending(loaded.orders.length);
  // PGlite has no autovacuum: without fresh statistics the planner ignores the pull index.
  await database.query('analyze');
  const report: DemoLoadReport = {
    isLoaded: true,
    skus: loaded.skus.length,
    stock: loaded.stock.length,
    orders: loaded.orders.length,
    allocated: allocation.allocated,
    loadMs,
    allocateMs: Math.round(performance.now() - allocationStart),
  };
  logger.info(report, 'demo data loaded');
  return report;
}

async function hasData(tx: SqlRunner): Promise<boolean> {
  const rows = await tx.query<{ has_data: boolean }>(
    'select exists (select 1 from skus) or exists (select 1 from orders) as has_data',
  );
  return rows[0]?.has_data === true;
}

/**
 * The hub's ids of the demo warehouses the demo first start created, in demo order (SHA, CAN,
 * CTU), stopping at the first missing one: the generator makes the first n of them.
 */
async function demoWarehouseIds(tx: SqlRunner): Promise<Map<string, string>> {
  const rows = await tx.query<{ id: string; code: string }>(
    'select id, code from warehouses where code = any($1::text[])',
    [[...demoWarehouseCodes]],
  );
  const idByCode = new Map(rows.map((row) => [row.code, row.id]));
  const ids = new Map<string, string>();
  for (const code of demoWarehouseCodes) {
    const id = idByCode.get(code);
    if (id === undefined) break;
    ids.set(code, id);
  }
  return ids;
}

async function insertDemoData(tx: SqlRunner, data: DemoData): Promise<void> {
  await insertRows(
    tx,
    'skus',
    [
      { name: 'id' },
      { name: 'gtin' },
      { name: 'internal_code' },
      { name: 'name' },
      { name: 'bin' },
      { name: 'updated_at' },
    ],
    data.skus.map((sku) => [sku.id, sku.gtin ?? null, sku.internalCode, sku.name, sku.bin, sku.updatedAt]),
  );
  await insertRows(
    tx,
    'stock',
    [
      { name: 'warehouse_id' },
      { name: 'sku_id' },
      { name: 'on_hand' },
      { name: 'reserved' },
      { name: 'safety' },
      { name: 'updated_at' },
    ],
    data.stock.map((level) => [
      level.warehouseId,
      level.skuId,
      level.onHand,
      level.reserved,
      level.safety,
      level.updatedAt,
    ]),
  );
  await insertRows(
    tx,
    'orders',
    [
      { name: 'id' },
      { name: 'platform' },
      { name: 'platform_order_no' },
      { name: 'warehouse_id' },
      { name: 'status' },
      { name: 'paid_at' },
      { name: 'doc', cast: 'jsonb' },
      { name: 'updated_at' },
    ],
    data.orders.map((order) => [
      order.id,
      order.platform,
      order.platformOrderNo,
      order.warehouseId,
      order.status,
      order.paidAt,
      JSON.stringify(order),
      order.updatedAt,
    ]),
  );
}
