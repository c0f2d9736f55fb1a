import pg from 'pg';
import type { Order } from '../../src-shared/domain';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  buildCommand,
  buildLabel,
  buildLine,
  buildOrder,
  buildOrderIn,
  testCommandId,
} from '../../src-shared/domain/testing';
import { type HubDatabase, migrateHubDatabase, openHubDatabase } from '../../src-hub/db';
import { createChangeBus } from '../../src-hub/features/changes';
import { createCommandProcessor } from '../../src-hub/features/commands';
import { pullChanges } from '../../src-hub/features/sync';
import { allocateOrder, reserveStock } from '../../src-hub/features/stock';
import { silentLogger } from '../helpers/hub-engines';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';

// What only a server with many connections can show: transactions that overlap and commit out of
// order, many clients competing for the same stock at once, and stock that disagrees with an order
// (set up through a second connection while the hub runs).

const scope = { stationId: 'PACK-01', warehouseId: 'w1' };

describe('hub sync on a PostgreSQL server with concurrent clients', () => {
  let testDatabase: TestDatabase;
  let database: HubDatabase;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(inject('postgresAdminUrl'));
    database = await openHubDatabase({
      dataDir: '',
      databaseUrl: testDatabase.url,
      logger: silentLogger(),
      onLockLost: () => undefined,
    });
    await migrateHubDatabase(database);
    await database.query(
      "insert into warehouses (id, code, name, time_zone) values ('w1', 'W1', 'One', 'UTC')",
    );
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  describe('pulls while transactions commit out of order', () => {
    let first: pg.Client;
    let second: pg.Client;

    beforeEach(async () => {
      first = new pg.Client({ connectionString: testDatabase.url });
      second = new pg.Client({ connectionString: testDatabase.url });
      await Promise.all([first.connect(), second.connect()]);
    });

    afterEach(async () => {
      await Promise.all([first.end(), second.end()]);
    });

    const insertSku = (client: pg.Client, id: string) =>
      client.query(
        "insert into skus (id, internal_code, name, bin, updated_at) values ($1, $1, $1, 'A-01-1-01', now())",
        [id],
      );

    it('never hands out a row past one whose transaction commits later', async () => {
      const before = await pullChanges(database, 'skus', scope, null, 100);
      await first.query('begin');
      await insertSku(first, 'sku-early');
      await second.query('begin');
      await insertSku(second, 'sku-late');
      // The later transaction, with the higher change sequence, commits first.
      await second.query('commit');

      const whileEarlyRuns = await pullChanges(database, 'skus', scope, before.checkpoint, 100);
      const bySequenceWhileEarlyRuns = await pullBySequenceOnly(0);
      await first.query('commit');
      const afterBoth = await pullChanges(database, 'skus', scope, whileEarlyRuns.checkpoint, 100);
      const bySequenceAfterBoth = await pullBySequenceOnly(bySequenceWhileEarlyRuns.at(-1)?.seq ?? 0);

      expect(whileEarlyRuns).toEqual({ documents: [], checkpoint: before.checkpoint });
      expect(afterBoth.documents.map((sku) => (sku as { id: string }).id)).toEqual(['sku-early', 'sku-late']);
      // The hazard is real: a checkpoint on the sequence alone hands out the late row first and
      // then never sees the early one.
      expect(bySequenceWhileEarlyRuns.map((row) => row.id)).toEqual(['sku-late']);
      expect(bySequenceAfterBoth).toEqual([]);
    });

    async function pullBySequenceOnly(afterSeq: number): Promise<{ id: string; seq: number }[]> {
      const rows = await database.query<{ id: string; seq: string }>(
        'select id, change_seq::text as seq from skus where change_seq > $1 order by change_seq',
        [afterSeq],
      );
      return rows.map((row) => ({ id: row.id, seq: Number(row.seq) }));
    }
  });

  describe('stock under many simultaneous reservations', () => {
    beforeAll(async () => {
      await database.query(
        `insert into skus (id, internal_code, name, bin, updated_at) values
           ('sku-tea', 'TEA', 'Tea', 'A-01-1-01', now()), ('sku-cup', 'CUP', 'Cup', 'A-01-1-02', now())`,
      );
    });

    beforeEach(async () => {
      await database.query('delete from orders');
      await database.query('delete from stock');
      await database.query(
        `insert into stock (warehouse_id, sku_id, on_hand, updated_at) values
           ('w1', 'sku-tea', 20, now()), ('w1', 'sku-cup', 20, now())`,
      );
    });

    const insertOrder = (order: Order) =>
      database.query(
        `insert into orders (id, platform, platform_order_no, warehouse_id, status, paid_at, doc, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
        [
          order.id,
          order.platform,
          order.platformOrderNo,
          order.warehouseId,
          order.status,
          order.paidAt,
          JSON.stringify(order),
          order.updatedAt,
        ],
      );

    const stockRows = () =>
      database.query<{ sku_id: string; on_hand: number; reserved: number; available: number }>(
        'select sku_id, on_hand, reserved, available from stock order by sku_id',
      );

    it('reserves the last units exactly once when 50 clients reserve at the same moment', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, () => reserveStock(database, 'w1', 'sku-tea', 1)),
      );

      expect(outcomes.filter(Boolean)).toHaveLength(20);
      expect(await stockRows()).toEqual([
        { sku_id: 'sku-cup', on_hand: 20, reserved: 0, available: 20 },
        { sku_id: 'sku-tea', on_hand: 20, reserved: 20, available: 0 },
      ]);
    });

    it('allocates 50 orders sharing SKUs in opposite line order without deadlock or overselling', async () => {
      const orders = Array.from({ length: 50 }, (_, index) =>
        buildOrder({
          id: `order-${index}`,
          platformOrderNo: `TB${index}`,
          warehouseId: 'w1',
          status: 'imported',
          lines:
            index % 2 === 0
              ? [buildLine('sku-tea', 1), buildLine('sku-cup', 1)]
              : [buildLine('sku-cup', 1), buildLine('sku-tea', 1)],
        }),
      );
      for (const order of orders) await insertOrder(order);

      const outcomes = await Promise.all(
        orders.map((order) => database.transaction((tx) => allocateOrder(tx, order.id, new Date()))),
      );

      expect(outcomes.filter((outcome) => outcome.kind === 'allocated')).toHaveLength(20);
      expect(outcomes.filter((outcome) => outcome.kind === 'insufficient_stock')).toHaveLength(30);
      expect(await stockRows()).toEqual([
        { sku_id: 'sku-cup', on_hand: 20, reserved: 20, available: 0 },
        { sku_id: 'sku-tea', on_hand: 20, reserved: 20, available: 0 },
      ]);
      const statuses = await database.query<{ status: string; count: number }>(
        "select doc ->> 'status' as status, count(*)::int as count from orders group by 1 order by 1",
      );
      expect(statuses).toEqual([
        { status: 'allocated', count: 20 },
        { status: 'imported', count: 30 },
      ]);
    });

    it('rejects a shipment whose reservation is short without moving any of its stock, and keeps the batch', async () => {
      await database.query(
        "insert into users (id, username, display_name, password_hash, role, warehouse_id) values ('u-packer', 'p', 'P', 'x', 'packer', 'w1')",
      );
      await database.query("insert into stations (id, warehouse_id, name) values ('PACK-01', 'w1', 'Bench')");
      // The order needs 2 × tea and 1 × cup; only 1 tea is reserved: confirming cup alone would
      // leave stock that matches no order.
      await database.query('update stock set reserved = 1');
      const order = buildOrderIn('packed', { id: 'order-ship', warehouseId: 'w1', label: buildLabel() });
      await insertOrder(order);
      const envelope = { actorId: 'u-packer', stationId: 'PACK-01' };
      const processor = createCommandProcessor({
        database,
        clock: { now: () => Date.parse('2026-12-02T09:00:00.000Z') },
        logger: silentLogger(),
        changes: createChangeBus(silentLogger()),
      });

      const results = await processor.push({ id: 'PACK-01', name: 'Bench', warehouseId: 'w1' }, [
        buildCommand(
          'parcel.shipped',
          { orderId: order.id, trackingNo: 'SF1234567890' },
          { ...envelope, id: testCommandId(1) },
        ),
        buildCommand(
          'exception.reported',
          { kind: 'damaged', orderId: order.id, note: 'box crushed' },
          { ...envelope, id: testCommandId(2) },
        ),
      ]);

      expect(results.map((result) => [result.status, result.code])).toEqual([
        ['rejected', 'insufficient_stock'],
        ['accepted', undefined],
      ]);
      expect(await stockRows()).toEqual([
        { sku_id: 'sku-cup', on_hand: 20, reserved: 1, available: 19 },
        { sku_id: 'sku-tea', on_hand: 20, reserved: 1, available: 19 },
      ]);
      const saved = await database.query<{ status: string; exceptions: number }>(
        "select status, jsonb_array_length(doc -> 'exceptions') as exceptions from orders where id = 'order-ship'",
      );
      expect(saved).toEqual([{ status: 'packed', exceptions: 1 }]);
    });
  });
});
