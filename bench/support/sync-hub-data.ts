// Hubs for the `sync` benchmark: configuration, a quiet logger, and a PGlite data folder filled with
// a large demo warehouse before the hub starts on it (the demo loader spreads orders over three
// warehouses and allocates them, which is not what a pull benchmark needs).
import type { HubConfig } from '../../src-hub/config';
import { migrateHubDatabase, openHubDatabase, type SqlRunner } from '../../src-hub/db';
import { seedFirstStart } from '../../src-hub/features/setup';
import { createLogger } from '../../src-hub/logging';
import { generateDemoData, generateOrderBatches } from '../../src-shared/demo-data';

/** The demo seed every hub of this benchmark uses. */
const seed = 1;
/** The generation time of the demo data: fixed, so every run pulls the same documents. */
const demoNow = '2026-12-01T08:00:00.000Z';
const skuCount = 2_000;
/** Orders per insert statement (and per generated batch): one JSON parameter each. */
const ordersPerStatement = 2_000;

/** A hub logger that writes nothing: the benchmark prints only numbers. */
export function silentHubLogger() {
  return createLogger('bench', { level: 'silent' });
}

/**
 * A loopback hub on a free port; PGlite in `dataDir` unless `databaseUrl` names a server. With
 * `demoOrders` a first start loads the demo data set with that many orders; null: no demo.
 */
export function benchHubConfig(
  dataDir: string,
  databaseUrl: string | null,
  demoOrders: number | null,
): HubConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    isDataDirExplicit: true,
    databaseUrl,
    demo: demoOrders !== null,
    demoOrders: demoOrders ?? 0,
    logLevel: 'silent',
  };
}

/** What {@link fillBenchHub} wrote: the documents each station of a warehouse pulls. */
export type FilledHub = {
  /** Orders of the big warehouse (SHA, the demo clerk's). */
  readonly bigOrders: number;
  /** Orders of the small one (CAN, where a supervisor's station lands). */
  readonly smallOrders: number;
  /** SKUs (every station pulls all) and stock rows per warehouse. */
  readonly skus: number;
  readonly stockPerWarehouse: number;
  /** People: every station pulls all of them (bench sign-in). */
  readonly people: number;
};

/**
 * Creates the hub database in `dataDir` (migrations, demo warehouses and users) and fills two
 * warehouses with generated orders: `bigOrders` in Shanghai, the demo clerk's, and `smallOrders` in
 * Guangzhou, the first warehouse by code, where a supervisor's station registers. Both get 2,000
 * SKUs' stock. Orders stay `imported`: allocation is not what this measures. Closes it again.
 */
export async function fillBenchHub(
  dataDir: string,
  bigOrders: number,
  smallOrders: number,
): Promise<FilledHub> {
  const logger = silentHubLogger();
  const database = await openHubDatabase({
    dataDir,
    databaseUrl: null,
    logger,
    onLockLost: (error) => logger.error({ err: error }, 'bench hub folder lock lost'),
  });
  try {
    await migrateHubDatabase(database);
    await seedFirstStart({
      orm: database.orm,
      clock: { now: () => Date.parse(demoNow) },
      logger,
      isDemo: true,
      timeZone: 'Asia/Shanghai',
    });
    const rows = await database.query<{ id: string; code: string }>('select id, code from warehouses');
    const idOf = (code: string) => rows.find((row) => row.code === code)?.id ?? missing(code);
    const warehouseIds = { SHA: idOf('SHA'), CAN: idOf('CAN') };
    const { skus, stock } = generateDemoData({
      seed,
      now: demoNow,
      warehouses: 2,
      skus: skuCount,
      orders: 0,
      warehouseIds,
    });
    await database.transaction(async (tx) => {
      await insertJsonRows(tx, 'skus', skuColumns, skus);
      await insertJsonRows(tx, 'stock', stockColumns, stock);
    });
    // One stream of orders, so every platform order number is unique; its tail goes to Guangzhou.
    const batches = generateOrderBatches({
      seed,
      now: demoNow,
      warehouses: 1,
      skus: skuCount,
      orders: bigOrders + smallOrders,
      batchSize: ordersPerStatement,
      warehouseIds,
    });
    let inserted = 0;
    for (const batch of batches) {
      const docs = batch.map((order, index) =>
        inserted + index < bigOrders ? order : { ...order, warehouseId: warehouseIds.CAN },
      );
      await insertJsonRows(
        database,
        'orders',
        orderColumns,
        docs.map((order) => ({ ...order, doc: order })),
      );
      inserted += batch.length;
    }
    const [people] = await database.query<{ count: number }>('select count(*)::int as count from users');
    return {
      bigOrders,
      smallOrders,
      skus: skus.length,
      stockPerWarehouse: skus.length,
      people: people?.count ?? 0,
    };
  } finally {
    await database.close();
  }
}

function missing(code: string): never {
  throw new Error(`the demo first start made no ${code} warehouse`);
}

/** A column filled from the JSON field of the same name, with its PostgreSQL type. */
type JsonColumn = readonly [column: string, field: string, type: string];

const skuColumns: readonly JsonColumn[] = [
  ['id', 'id', 'text'],
  ['gtin', 'gtin', 'text'],
  ['internal_code', 'internalCode', 'text'],
  ['name', 'name', 'text'],
  ['bin', 'bin', 'text'],
  ['updated_at', 'updatedAt', 'timestamptz'],
];
const stockColumns: readonly JsonColumn[] = [
  ['warehouse_id', 'warehouseId', 'text'],
  ['sku_id', 'skuId', 'text'],
  ['on_hand', 'onHand', 'integer'],
  ['reserved', 'reserved', 'integer'],
  ['safety', 'safety', 'integer'],
  ['updated_at', 'updatedAt', 'timestamptz'],
];
const orderColumns: readonly JsonColumn[] = [
  ['id', 'id', 'text'],
  ['platform', 'platform', 'text'],
  ['platform_order_no', 'platformOrderNo', 'text'],
  ['warehouse_id', 'warehouseId', 'text'],
  ['status', 'status', 'text'],
  ['paid_at', 'paidAt', 'timestamptz'],
  ['doc', 'doc', 'jsonb'],
  ['updated_at', 'updatedAt', 'timestamptz'],
];

/**
 * Inserts `rows` in one statement with one JSON parameter, as the hub's command log does: PGlite
 * parses one document instead of binding thousands of parameters. Table and columns are the
 * constants above, never input.
 */
async function insertJsonRows(
  runner: SqlRunner,
  table: string,
  columns: readonly JsonColumn[],
  rows: readonly object[],
): Promise<void> {
  const names = columns.map(([column]) => column).join(', ');
  const values = columns.map(([, field, type]) =>
    type === 'jsonb' ? `row -> '${field}'` : `(row ->> '${field}')::${type}`,
  );
  await runner.query(
    `insert into ${table} (${names}) select ${values.join(', ')} from jsonb_array_elements($1::jsonb) as row`,
    [JSON.stringify(rows)],
  );
}
