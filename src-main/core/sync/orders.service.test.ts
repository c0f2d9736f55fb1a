import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, applyCommand, type Command, type Order } from '../../../src-shared/domain';
import { buildActor, buildOrder, buildOrderIn } from '../../../src-shared/domain/testing';
import { createManualClock, type ManualClock } from '../clock/testing/manual-clock';
import { openStationDatabase, type StationDatabase } from '../db';
import { createLogger } from '../logging';
import { type AttentionService, createAttentionService } from './attention.service';
import { createOrdersService, type OrdersService } from './orders.service';

const logger = createLogger('orders-service-test', { level: 'silent' });
const clerk = buildActor('clerk');
const packer = buildActor('packer');
const list = { limit: 50, offset: 0 };

describe('the optimistic orders of a station', () => {
  let dataDir = '';
  let clock: ManualClock;
  let db: StationDatabase;
  let orders: OrdersService;
  let attention: AttentionService;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-orders-service-'));
    clock = createManualClock(Date.parse('2026-12-02T09:00:00.000Z'));
    db = await openStationDatabase({ dataDir, clock, logger });
    orders = createOrdersService({ repos: db.repos, stationId: 'PACK-01', clock });
    attention = createAttentionService(db.repos, clock);
  });
  afterEach(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** What the hub would store after accepting `command` at `at`. */
  function hubApplies(order: Order, command: Command, actor: Actor, at: string): Order {
    const outcome = applyCommand(order, command, { actor, now: at });
    if (!outcome.ok || outcome.order === null) throw new Error('the hub would refuse it');
    return outcome.order;
  }

  async function commandOf(commandId: string): Promise<Command> {
    const [tracked] = (await db.repos.commands.listUnrejected()).filter((t) => t.command.id === commandId);
    if (tracked === undefined) throw new Error(`no command ${commandId}`);
    return tracked.command;
  }

  it('shows a hold at once, and exactly once through the push answer and the next pull', async () => {
    const pulled = buildOrder();
    await db.repos.orders.upsertOrders([pulled]);
    const { commandId } = await orders.issue(
      {
        type: 'order.held',
        payload: { orderId: pulled.id, reason: 'address_unclear', note: 'no house number' },
      },
      clerk,
    );
    const hold = {
      id: commandId,
      reason: 'address_unclear',
      note: 'no house number',
      by: clerk.id,
      at: '2026-12-02T09:00:00.000Z',
    };
    const pending = await orders.get(pulled.id);
    const [row] = (await orders.list(list)).orders;

    await db.repos.commands.recordCommandResults([
      { commandId, status: 'accepted', at: '2026-12-02T09:00:02.000Z' },
    ]);
    const answered = await orders.get(pulled.id);

    await db.repos.orders.upsertOrders([
      hubApplies(pulled, await commandOf(commandId), clerk, '2026-12-02T09:00:02.000Z'),
    ]);
    const pulledAgain = await orders.get(pulled.id);

    expect({
      pending: [pending?.order.holds, pending?.pendingCommandIds],
      row: [row?.holdReasons, row?.isPending],
      answered: [answered?.order.holds.length, answered?.pendingCommandIds],
      pulledAgain: [pulledAgain?.order.holds.length, pulledAgain?.order.appliedCommandIds],
    }).toEqual({
      pending: [[hold], [commandId]],
      row: [['address_unclear'], true],
      answered: [1, []],
      pulledAgain: [1, [commandId]],
    });
    expect(await db.repos.commands.pendingStatus()).toEqual({ count: 0, oldestAt: null });
  });

  it('refuses locally what the reducers refuse, with their reason, and queues nothing', async () => {
    await db.repos.orders.upsertOrders([buildOrderIn('picking')]);
    const unscanned = await orders
      .issue({ type: 'order.packed', payload: { orderId: 'order-1' } }, packer)
      .catch((error: unknown) => error);
    const wrongRole = await orders
      .issue({ type: 'item.scanned', payload: { orderId: 'order-1', skuId: 'sku-tea', qty: 1 } }, clerk)
      .catch((error: unknown) => error);
    const missing = await orders
      .issue({ type: 'order.cancelled', payload: { orderId: 'order-404', reason: 'dup' } }, clerk)
      .catch((error: unknown) => error);
    expect([unscanned, wrongRole, missing]).toEqual([
      expect.objectContaining({
        code: 'conflict',
        reason: 'not_fully_scanned',
        message: expect.stringMatching(/^Order TB20261202001 is not fully scanned/) as string,
      }),
      expect.objectContaining({
        code: 'conflict',
        reason: 'forbidden_role',
        message: 'A clerk may not scan items (item.scanned)',
      }),
      expect.objectContaining({
        code: 'conflict',
        reason: 'order_not_found',
        message: expect.stringContaining('order-404') as string,
      }),
    ]);
    expect(await db.repos.commands.pendingStatus()).toEqual({ count: 0, oldestAt: null });
  });

  it('checks each command against the ones issued before it, not against the pulled copy alone', async () => {
    await db.repos.orders.upsertOrders([buildOrderIn('picking')]);
    for (const skuId of ['sku-tea', 'sku-cup']) {
      await orders.issue({ type: 'item.scanned', payload: { orderId: 'order-1', skuId, qty: 1 } }, packer);
    }
    const overScan = await orders
      .issue({ type: 'item.scanned', payload: { orderId: 'order-1', skuId: 'sku-cup', qty: 1 } }, packer)
      .catch((error: unknown) => error);
    clock.advance(1000);
    await orders.issue({ type: 'order.packed', payload: { orderId: 'order-1' } }, packer);
    const detail = await orders.get('order-1');
    expect({
      overScan: (overScan as { code?: string }).code,
      status: detail?.order.status,
      scanned: detail?.order.lines.map((line) => line.scannedQty),
      pending: detail?.pendingCommandIds.length,
      outbox: await db.repos.commands.pendingStatus(),
    }).toEqual({
      overScan: 'conflict',
      status: 'packed',
      scanned: [2, 1],
      pending: 3,
      outbox: { count: 3, oldestAt: '2026-12-02T09:00:00.000Z' },
    });
  });

  it('lists newest payment first, filters on what the station shows, and pages', async () => {
    const paid = (day: number) => `2026-12-0${day}T08:00:00.000Z`;
    await db.repos.orders.upsertOrders([
      buildOrder({ id: 'o-1', platformOrderNo: 'TB1001', paidAt: paid(1) }),
      buildOrder({
        id: 'o-2',
        platformOrderNo: 'TB1002',
        paidAt: paid(2),
        buyer: { name: '李四', phone: '13900000000' },
      }),
      buildOrder({ id: 'o-3', platformOrderNo: 'JD2001', paidAt: paid(3), platform: 'jd' }),
      buildOrderIn('shipped', { id: 'o-4', platformOrderNo: 'TB1004', paidAt: paid(4) }),
    ]);
    await orders.issue(
      { type: 'order.cancelled', payload: { orderId: 'o-1', reason: 'buyer asked' } },
      clerk,
    );
    await orders.issue(
      { type: 'order.held', payload: { orderId: 'o-3', reason: 'manual', note: '' } },
      clerk,
    );
    const ids = async (query: Partial<Parameters<OrdersService['list']>[0]>) => {
      const page = await orders.list({ ...list, ...query });
      return [page.total, page.orders.map((o) => o.id)];
    };
    expect({
      all: await ids({}),
      allocated: await ids({ status: 'allocated' }),
      cancelled: await ids({ status: 'cancelled' }),
      held: await ids({ isHeldOnly: true }),
      byNumber: await ids({ search: 'tb10' }),
      byBuyer: await ids({ search: '李' }),
      secondPage: await ids({ limit: 2, offset: 2 }),
    }).toEqual({
      all: [4, ['o-4', 'o-3', 'o-2', 'o-1']],
      allocated: [2, ['o-3', 'o-2']],
      cancelled: [1, ['o-1']],
      held: [1, ['o-3']],
      byNumber: [3, ['o-4', 'o-2', 'o-1']],
      byBuyer: [1, ['o-2']],
      secondPage: [4, ['o-2', 'o-1']],
    });
  });

  it('drops a rejected command from the view and lists it under "needs attention" until dismissed', async () => {
    await db.repos.orders.upsertOrders([buildOrder()]);
    const { commandId } = await orders.issue(
      {
        type: 'order.addressEdited',
        payload: {
          orderId: 'order-1',
          address: { province: '上海市', city: '上海市', district: '徐汇区', detail: '漕溪北路 1 号' },
        },
      },
      clerk,
    );
    await db.repos.commands.recordCommandResults([
      {
        commandId,
        status: 'rejected',
        code: 'label_already_printed',
        message: 'Order TB20261202001 already has a label',
        at: '2026-12-02T09:00:03.000Z',
      },
    ]);
    const detail = await orders.get('order-1');
    const items = await attention.list();
    await attention.dismiss(commandId, clerk.id);
    const unknown = await attention.dismiss('01JE0000000000000000000000', clerk.id).catch((e: unknown) => e);
    expect({
      district: detail?.order.address.district,
      items,
      afterDismiss: [await attention.list(), await attention.count()],
      unknown: (unknown as { code?: string }).code,
    }).toEqual({
      district: '浦东新区',
      items: [
        {
          commandId,
          type: 'order.addressEdited',
          orderId: 'order-1',
          orderLabel: 'TB20261202001',
          code: 'label_already_printed',
          message: 'Order TB20261202001 already has a label',
          actorId: clerk.id,
          issuedAt: '2026-12-02T09:00:00.000Z',
          rejectedAt: '2026-12-02T09:00:03.000Z',
        },
      ],
      afterDismiss: [[], 0],
      unknown: 'not_found',
    });
  });
});

describe('an order detail names its products', () => {
  it('gives the name, code and bin of every SKU the station has, and leaves unknown ones out', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'packline-orders-skus-'));
    const clock = createManualClock(Date.parse('2026-12-02T09:00:00.000Z'));
    const db = await openStationDatabase({ dataDir, clock, logger });
    try {
      const orders = createOrdersService({ repos: db.repos, stationId: 'PACK-01', clock });
      const order = buildOrder({
        lines: [
          { skuId: 'sku-tea', qty: 2, priceFen: 3900, scannedQty: 0 },
          { skuId: 'sku-gone', qty: 1, priceFen: 2500, scannedQty: 0 },
        ],
      });
      await db.repos.orders.upsertOrders([order]);
      await db.repos.skus.upsertMany([
        {
          id: 'sku-tea',
          gtin: '6901234567892',
          internalCode: 'SKU-000001',
          name: '西湖龙井 250g',
          bin: 'A-03-2-05',
          updatedAt: '2026-12-01T00:00:00.000Z',
        },
      ]);
      expect((await orders.get(order.id))?.skus).toEqual({
        'sku-tea': {
          name: '西湖龙井 250g',
          internalCode: 'SKU-000001',
          gtin: '6901234567892',
          bin: 'A-03-2-05',
        },
      });
    } finally {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
