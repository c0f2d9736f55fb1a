// Suite `desk`: the clerk's order list on a station holding 100,000 orders of one warehouse (demo
// data in the station's real SQLite database, orders schema at its current version). Searches —
// a buyer's full name, a surname, the start of an order number, held only — go through the
// orders service and its in-memory search index; the baseline is the same searches served by
// reading every stored order and matching in memory, as the list did before the index. The first
// search after a start builds the index, and is reported on its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSystemClock } from '../src-main/core/clock';
import { openStationDatabase } from '../src-main/core/db';
import { createLogger } from '../src-main/core/logging';
import { createOrdersService } from '../src-main/core/sync';
import { generateDemoData } from '../src-shared/demo-data';
import {
  byNewestPayment,
  type OrderListFilter,
  orderListMatcher,
  orderSearchKeyOf,
} from '../src-shared/features/orders';
import { median, p95, round, withBaseline, writeResults } from './support/results';

const orderCount = 100_000;
const samples = 40;
const baselineSamples = 8;
const page = { limit: 50, offset: 0 };

const data = generateDemoData({
  seed: 20261203,
  now: '2026-12-03T08:00:00.000Z',
  orders: orderCount,
  warehouses: 1,
});
const dataDir = mkdtempSync(join(tmpdir(), 'packline-bench-desk-'));
const clock = createSystemClock();
const db = await openStationDatabase({
  dataDir,
  clock,
  logger: createLogger('bench-desk', { level: 'silent' }),
});
try {
  for (let i = 0; i < data.orders.length; i += 5_000) {
    await db.repos.orders.upsertOrders(data.orders.slice(i, i + 5_000));
  }
  const orders = createOrdersService({ repos: db.repos, stationId: 'BENCH-DESK', clock });
  // The first read after a bulk load builds the table's indexes: not what this suite measures.
  await orders.list(page);

  /** A mix of what clerks type, drawn evenly from the data. */
  const filters: OrderListFilter[] = Array.from({ length: samples }, (_, i) => {
    const order = data.orders[Math.floor((i * orderCount) / samples)];
    if (order === undefined) throw new Error('no order to search for');
    switch (i % 4) {
      case 0:
        return { search: order.buyer.name };
      case 1:
        return { search: order.buyer.name.slice(0, 1) };
      case 2:
        return { search: order.platformOrderNo.slice(0, 10) };
      default:
        return { isHeldOnly: true, status: order.status };
    }
  });

  const timed = async (run: () => Promise<unknown>): Promise<number> => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };

  const firstSearchMs = await timed(() => orders.list({ ...page, ...filters[0] }));
  const searchMs: number[] = [];
  for (const filter of filters) searchMs.push(await timed(() => orders.list({ ...page, ...filter })));
  const firstPageMs: number[] = [];
  for (let i = 0; i < samples; i += 1) firstPageMs.push(await timed(() => orders.list(page)));

  const scanMs: number[] = [];
  for (const filter of filters.slice(0, baselineSamples)) {
    scanMs.push(
      await timed(async () => {
        const all = await db.repos.orders.listOrders(filter.status);
        const matches = orderListMatcher(filter);
        return all
          .filter((order) => matches(orderSearchKeyOf(order)))
          .sort(byNewestPayment)
          .slice(0, page.limit);
      }),
    );
  }
  console.log('search median', median(searchMs), 'scan median', median(scanMs), 'first', firstSearchMs);

  writeResults('desk', {
    order_search_p95_ms: withBaseline(
      p95(searchMs),
      'ms',
      p95(scanMs),
      `${orderCount} orders; ${samples} searches (full name, surname, order-number start, held only in a status), ` +
        `first page of 50 through the orders service; baseline: read every order and match (${baselineSamples} of them)`,
    ),
    order_search_first_ms: {
      value: round(firstSearchMs),
      unit: 'ms',
      note: 'first search, typed right after the list first opened: waits for the rest of the index build the list started',
    },
    order_list_first_page_p95_ms: {
      value: round(p95(firstPageMs)),
      unit: 'ms',
      note: 'all orders tab, newest payment first, page of 50 from the [status, paidAt] index',
    },
  });
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
