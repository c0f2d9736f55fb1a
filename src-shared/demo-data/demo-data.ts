import type { Order, Sku, StockLevel, Warehouse } from '../domain';
import { AppError } from '../errors';
import { generateCatalogue, maxDemoSkus } from './catalogue';
import { maxOrdersPerPlatform } from './order-numbers';
import { type OrderStreamPlan, streamOrders } from './orders';
import { generateStock } from './stock';
import { createWarehouseRouter, type DemoWarehouseCode, demoWarehouses } from './warehouses';

/** What to generate. The same options give the same data on every machine. */
export type DemoDataOptions = {
  /** Any safe integer; a different seed gives different data. */
  readonly seed: number;
  /**
   * The generation time (ISO 8601): orders were paid in the three days before it, and it is the
   * `updatedAt` of everything, written in UTC (`2025-12-02T08:00:00.000Z`).
   */
  readonly now: string;
  /** 1–3 demo warehouses, SHA first, then CAN, CTU (default 3). */
  readonly warehouses?: number;
  /** Number of SKUs (default 2,000, at most {@link maxDemoSkus}). */
  readonly skus?: number;
  /** Number of orders (default 10,000). */
  readonly orders?: number;
  /** Ids to use instead of the defaults (`wh-sha` …), e.g. those the hub gave its demo warehouses. */
  readonly warehouseIds?: Readonly<Partial<Record<DemoWarehouseCode, string>>>;
};

/** Options of {@link generateOrderBatches}: the same as the whole set, plus the batch size. */
export type OrderBatchOptions = DemoDataOptions & {
  /** Orders per batch (default 1,000). */
  readonly batchSize?: number;
};

/** A whole demo data set. */
export type DemoData = {
  readonly warehouses: Warehouse[];
  readonly skus: Sku[];
  readonly stock: StockLevel[];
  readonly orders: Order[];
};

/**
 * Generates a demo data set: warehouses, SKUs, stock of every SKU in every warehouse, and
 * orders ready for allocation (status `imported`). Throws a `validation` AppError on bad options.
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const { plan, warehouses } = resolvePlan(options);
  const orders: Order[] = [];
  for (const batch of streamOrders(plan)) for (const order of batch) orders.push(order);
  return {
    warehouses,
    skus: [...plan.catalogue.skus],
    stock: generateStock(plan.seed, warehouses, plan.catalogue, new Date(plan.nowMs).toISOString()),
    orders,
  };
}

/**
 * The orders of {@link generateDemoData} for the same options, in batches, so that hundreds of
 * thousands can be imported or benchmarked without holding them all. Options are checked at the
 * call, before the first batch is asked for. The result is a generator: iterate it once, and call
 * again for another pass.
 */
export function generateOrderBatches(options: OrderBatchOptions): Iterable<Order[]> {
  const { plan } = resolvePlan(options);
  return streamOrders(plan);
}

function resolvePlan(options: OrderBatchOptions): { plan: OrderStreamPlan; warehouses: Warehouse[] } {
  const { seed, now, warehouses = 3, skus = 2_000, orders = 10_000, batchSize = 1_000 } = options;
  if (!Number.isSafeInteger(seed)) throw invalid('seed must be a safe integer');
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw invalid('now must be an ISO 8601 date-time');
  requireCount('warehouses', warehouses, 1, 3);
  requireCount('skus', skus, 1, maxDemoSkus);
  // Each platform's numbers are unique up to maxOrdersPerPlatform; capping the total keeps every platform under it.
  requireCount('orders', orders, 0, maxOrdersPerPlatform);
  requireCount('batchSize', batchSize, 1, Number.MAX_SAFE_INTEGER);
  const warehouseList = demoWarehouses(warehouses, options.warehouseIds);
  return {
    warehouses: warehouseList,
    plan: {
      seed,
      count: orders,
      batchSize,
      nowMs,
      catalogue: generateCatalogue(seed, skus, nowMs),
      routeRegion: createWarehouseRouter(warehouseList),
    },
  };
}

function requireCount(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${name} must be a whole number from ${min} to ${max}`);
  }
}

function invalid(message: string): AppError {
  return new AppError('validation', `Demo data: ${message}.`);
}
