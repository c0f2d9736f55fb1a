// Suite `sync`: what replication with the hub costs (Step 3). On one PGlite hub: a fresh station's
// initial sync of 100,000 orders (against the same pages over plain HTTP), how fast a hold made at
// one station shows at another (against the protocol alone), and command push. On a PostgreSQL 15
// server with its durability defaults: command push, and 50 clients racing for one SKU's last
// units (against the same clients each on a SKU of its own), with the units oversold, which must
// be none. Hub in this process; stations in their own processes, as in production.
import { createHub } from '../src-hub/create-hub';
import { pullBatchSize, pushBatchSize } from '../src-main/core/sync';
import { makeTempDir } from '../tests/helpers/processes';
import { type Metric, median, p95, round, withBaseline, writeResults } from './support/results';
import { benchHubConfig, fillBenchHub, silentHubLogger } from './support/sync-hub-data';
import { type InitialSyncResult, measureInitialSync } from './support/sync-initial';
import { measurePropagation, type PropagationResult } from './support/sync-propagation';
import { startBenchCluster } from './support/sync-postgres';
import { measurePush, type PushResult } from './support/sync-push';
import { type HotSkuResult, measureHotSku } from './support/sync-stock';

const bigWarehouseOrders = 100_000;
/** Orders of the warehouse the propagation and push stations work in. */
const smallWarehouseOrders = 1_000;
const propagationSamples = 100;
const floorSamples = 30;
/** Pushes as a station sends its backlog: full batches, about 6,000 commands in all. */
const push = { batchSize: pushBatchSize, batches: Math.ceil(6_000 / pushBatchSize) };
// Every reservation of the hot SKU is a commit that waits for the one before it (row lock, then
// fsync): a few hundred per second, so a few thousand units keep the run short.
const hotSku = { clients: 50, units: 3_000, orders: 600, allocationUnits: 400 };

/** One PGlite hub: the default engine, which a single site runs in the station PC. */
async function onPglite(): Promise<{
  initial: InitialSyncResult;
  propagation: PropagationResult;
  push: PushResult;
}> {
  const dir = makeTempDir('bench-sync-pglite-');
  try {
    const started = performance.now();
    const filled = await fillBenchHub(dir.path, bigWarehouseOrders, smallWarehouseOrders);
    const hub = await createHub(benchHubConfig(dir.path, null, null), { logger: silentHubLogger() });
    console.log(
      `PGlite hub with ${bigWarehouseOrders} orders ready in ${seconds(performance.now() - started)}`,
    );
    try {
      const initial = await measureInitialSync(hub.url, {
        orders: filled.bigOrders,
        documents: filled.bigOrders + filled.skus + filled.stockPerWarehouse + filled.people,
      });
      console.log('initial sync', initial);
      const propagation = await measurePropagation(hub.url, propagationSamples, floorSamples);
      console.log('propagation p50', median(propagation.visible), 'p95', p95(propagation.visible));
      const pushed = await measurePush(hub.url, 'BENCH-PUSH', push);
      console.log('push on PGlite', pushed);
      return { initial, propagation, push: pushed };
    } finally {
      await hub.close();
    }
  } finally {
    dir.remove();
  }
}

/** One PostgreSQL server, as several hubs share it. */
async function onPostgres(): Promise<{ push: PushResult; stock: HotSkuResult }> {
  const cluster = await startBenchCluster();
  const dir = makeTempDir('bench-sync-postgres-');
  try {
    const hub = await createHub(benchHubConfig(dir.path, await cluster.createDatabase(), 3_000), {
      logger: silentHubLogger(),
    });
    let pushed: PushResult;
    try {
      pushed = await measurePush(hub.url, 'BENCH-PUSH', push);
      console.log('push on PostgreSQL', pushed);
    } finally {
      await hub.close();
    }
    const stock = await measureHotSku(await cluster.createDatabase(), hotSku);
    console.log('hot SKU', stock);
    return { push: pushed, stock };
  } finally {
    dir.remove();
    await cluster.stop();
  }
}

function perSecond(count: number, ms: number): number {
  return count / (ms / 1000);
}

function seconds(ms: number): string {
  return `${round(ms / 1000)} s`;
}

function pushMetric(result: PushResult, engine: string, target: string): Metric {
  return withBaseline(
    perSecond(result.commands, result.applyMs),
    'cmd/s',
    perSecond(result.commands, result.replayMs),
    `${engine}: ${result.commands} holds/releases over HTTP in batches of ${result.batchSize}, one station; ` +
      `baseline: the same batches again (known ids, nothing applied)${target}`,
  );
}

const pglite = await onPglite();
const postgres = await onPostgres();
const { initial, propagation } = pglite;
const { stock } = postgres;

writeResults('sync', {
  initial_sync_docs_per_s: withBaseline(
    perSecond(initial.documents, initial.stationMs),
    'docs/s',
    perSecond(initial.rawDocuments, initial.rawMs),
    `fresh station, sign-in to caught up: ${initial.orders} orders + SKUs + stock + people = ${initial.documents} docs ` +
      `into SQLite in ${seconds(initial.stationMs)}; baseline: the same pages (${pullBatchSize}) over HTTP, parsed, not stored; ` +
      'target ≥ 10,000',
  ),
  initial_sync_first_list_ms: {
    value: round(initial.firstListMs),
    unit: 'ms',
    note:
      "the fresh station's first order list (limit 1) right after it caught up: builds the indexes the " +
      'bulk load into the empty orders table left for the first read',
  },
  propagation_p95_ms: withBaseline(
    p95(propagation.visible),
    'ms',
    p95(propagation.floor),
    `hold via commands.issue at A until orders.get at B shows it, ${propagation.visible.length} samples, ` +
      `median ${round(median(propagation.visible))} ms; baseline: HTTP push → change signal → HTTP pull ` +
      `(${propagation.floor.length} samples); target < 250`,
  ),
  propagation_db_changed_p95_ms: withBaseline(
    p95(propagation.dbChanged),
    'ms',
    p95(propagation.visible),
    "same samples until B's db.changed for orders (screens refetch on it; 100 ms quiet debounce); " +
      'baseline: visible through orders.get',
  ),
  push_commands_per_s_postgres: pushMetric(postgres.push, 'PostgreSQL 15', '; target ≥ 2,000'),
  push_commands_per_s_pglite: pushMetric(pglite.push, 'PGlite', ''),
  hot_sku_reservations_per_s: withBaseline(
    perSecond(stock.granted, stock.reserveMs),
    'reservations/s',
    perSecond(stock.spreadGranted, stock.spreadMs),
    `PostgreSQL: ${stock.clients} clients (own connections) reserveStock 1 unit of one SKU until refused, ` +
      `${stock.units} units; baseline: same clients and units, one SKU each`,
  ),
  hot_sku_allocations_per_s: {
    value: round(perSecond(stock.orders, stock.allocateMs)),
    unit: 'orders/s',
    note:
      `PostgreSQL: ${stock.clients} clients allocateOrder, one transaction each, ${stock.orders} one-unit orders ` +
      `of one SKU with ${stock.allocationUnits} units: ${stock.allocated} allocated`,
  },
  oversold_units: {
    value: stock.oversold,
    unit: 'units',
    note: `granted beyond stock at start, reservations + allocations (${stock.granted} of ${stock.units}, ${stock.allocated} of ${stock.allocationUnits}); must be 0`,
  },
});
