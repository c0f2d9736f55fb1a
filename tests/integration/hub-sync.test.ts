import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, StockLevel } from '../../src-shared/domain';
import { maxCommandsPerPush, syncPaths } from '../../src-shared/hub-api';
import { notSignedInMessage } from '../../src-hub/features/auth';
import type { Hub } from '../../src-hub/create-hub';
import { callHub } from '../helpers/hub-client';
import { type HubPlace, hubEngines } from '../helpers/hub-engines';
import { aStringMatching } from '../helpers/hub-matchers';
import {
  commandFrom,
  pullAll,
  pullPage,
  push,
  pushRaw,
  registerStation,
  type SignedIn,
  signIn,
  type TestStation,
} from '../helpers/sync-client';
import { smallDemo, startSyncHub, type TestClock } from '../helpers/sync-hub';

const notRegistered = {
  code: 'unauthorized',
  message: 'This station is not registered with the hub — sign in again',
};

describe.each(hubEngines)('hub sync on $name', (engine) => {
  let place: HubPlace;
  let hub: Hub;
  const clock: TestClock = { now: Date.parse('2026-12-02T08:30:00.000Z') };
  let packer: SignedIn;
  let clerk: SignedIn;
  let admin: SignedIn;
  let bench: TestStation;
  let desk: TestStation;
  let canton: TestStation;

  beforeAll(async () => {
    place = await engine.prepare();
    hub = await startSyncHub(place, clock);
    [packer, clerk, admin] = await Promise.all([
      signIn(hub.url, 'packer'),
      signIn(hub.url, 'clerk'),
      signIn(hub.url, 'admin'),
    ]);
    bench = await registerStation(hub.url, packer, 'PACK-01');
    desk = await registerStation(hub.url, clerk, 'DESK-01');
    canton = await registerStation(hub.url, admin, 'PACK-CAN', 'not-a-warehouse');
  });

  afterAll(async () => {
    await hub?.close();
    await place?.dispose();
  });

  /** Allocated orders of the bench's warehouse, freshly pulled, that no test has touched yet. */
  const taken = new Set<string>();
  async function freshAllocatedOrder(): Promise<Order> {
    const orders = (await pullAll(hub.url, bench, 'orders')).documents;
    const order = orders.find((candidate) => candidate.status === 'allocated' && !taken.has(candidate.id));
    if (order === undefined) throw new Error('the demo has no untouched allocated order left');
    taken.add(order.id);
    return order;
  }

  async function stockOf(station: TestStation, skuIds: readonly string[]): Promise<StockLevel[]> {
    const stock = (await pullAll(hub.url, station, 'stock')).documents;
    return skuIds.map((skuId) => {
      const level = stock.find((candidate) => candidate.skuId === skuId);
      if (level === undefined) throw new Error(`no stock of ${skuId}`);
      return level;
    });
  }

  async function orderById(id: string): Promise<Order | undefined> {
    return (await pullAll(hub.url, bench, 'orders')).documents.find((order) => order.id === id);
  }

  it('loaded and allocated the demo data on first start', () => {
    expect(hub.demoLoad).toEqual({
      isLoaded: true,
      skus: smallDemo.skus,
      stock: 3 * (smallDemo.skus ?? 0),
      orders: smallDemo.orders,
      allocated: expect.any(Number) as number,
      loadMs: expect.any(Number) as number,
      allocateMs: expect.any(Number) as number,
    });
  });

  it('refuses every sync path without a station token, also with a person’s session token', async () => {
    const session = `Bearer ${packer.token}`;
    const answers = await Promise.all([
      callHub(hub.url, `${syncPaths.pull}/orders`),
      callHub(hub.url, `${syncPaths.pull}/orders`, { authorization: session }),
      callHub(hub.url, syncPaths.pushCommands, { method: 'POST', body: { commands: [] } }),
      callHub(hub.url, syncPaths.stream, { authorization: `Bearer ${'A'.repeat(43)}` }),
    ]);

    expect(answers).toEqual(Array.from({ length: 4 }, () => ({ status: 401, body: notRegistered })));
    expect(
      await callHub(hub.url, syncPaths.register, {
        method: 'POST',
        body: { stationId: 'X', stationName: 'X' },
      }),
    ).toEqual({ status: 401, body: { code: 'unauthorized', message: notSignedInMessage } });
  });

  it('registers stations in the warehouse the person may work in', async () => {
    const packerElsewhere = await registerStation(hub.url, packer, 'PACK-02', canton.warehouseId);
    const adminThere = await registerStation(hub.url, admin, 'PACK-03', bench.warehouseId);

    // The packer works in Shanghai only; an admin with no warehouse of their own and an unknown
    // one lands in the first warehouse by code (CAN before CTU and SHA).
    expect([desk, packerElsewhere, adminThere].map((station) => station.warehouseId)).toEqual([
      bench.warehouseId,
      bench.warehouseId,
      bench.warehouseId,
    ]);
    expect(canton.warehouseId).not.toBe(bench.warehouseId);
    expect(bench.token).toMatch(/^[\w-]{43}$/);
  });

  it('lets a station pull only its own warehouse’s orders and stock, and every SKU', async () => {
    const [benchOrders, cantonOrders, benchStock, cantonStock, skus] = await Promise.all([
      pullAll(hub.url, bench, 'orders'),
      pullAll(hub.url, canton, 'orders'),
      pullAll(hub.url, bench, 'stock'),
      pullAll(hub.url, canton, 'stock'),
      pullAll(hub.url, canton, 'skus'),
    ]);

    expect(benchOrders.documents.length).toBeGreaterThan(0);
    expect(cantonOrders.documents.length).toBeGreaterThan(0);
    expect(new Set(benchOrders.documents.map((order) => order.warehouseId))).toEqual(
      new Set([bench.warehouseId]),
    );
    expect(new Set(cantonOrders.documents.map((order) => order.warehouseId))).toEqual(
      new Set([canton.warehouseId]),
    );
    expect(benchStock.documents).toHaveLength(smallDemo.skus ?? 0);
    expect(new Set(cantonStock.documents.map((level) => level.warehouseId))).toEqual(
      new Set([canton.warehouseId]),
    );
    expect(skus.documents).toHaveLength(smallDemo.skus ?? 0);
  });

  it('pages through a collection in change order without losing or repeating a row', async () => {
    const whole = await pullAll(hub.url, bench, 'orders', null, 1000);
    const paged = await pullAll(hub.url, bench, 'orders', null, 7);
    const after = await pullPage(hub.url, bench, 'orders', paged.checkpoint);

    expect(paged.documents.map((order) => order.id)).toEqual(whole.documents.map((order) => order.id));
    expect(new Set(paged.documents.map((order) => order.id)).size).toBe(paged.documents.length);
    expect(after).toEqual({ documents: [], checkpoint: paged.checkpoint });
  });

  it('applies a batch pushed twice only once and answers the same results', async () => {
    const order = await freshAllocatedOrder();
    const line = order.lines[0]!;
    const batch = [
      commandFrom(bench, packer.userId, 'item.scanned', { orderId: order.id, skuId: line.skuId, qty: 1 }),
    ];

    const first = await push(hub.url, bench, batch);
    clock.now += 1000;
    const second = await push(hub.url, bench, batch);

    expect(first).toEqual([{ commandId: batch[0]!.id, status: 'accepted', at: '2026-12-02T08:30:00.000Z' }]);
    expect(second).toEqual(first);
    const after = await orderById(order.id);
    expect(after?.lines[0]?.scannedQty).toBe(1);
    expect(after?.status).toBe('picking');
    const results = await pullAll(hub.url, bench, 'commandResults');
    expect(results.documents.filter((result) => result.commandId === batch[0]!.id)).toEqual(first);
  });

  it('applies two simultaneous pushes of the same command once', async () => {
    const order = await freshAllocatedOrder();
    const line = order.lines[0]!;
    const command = commandFrom(bench, packer.userId, 'item.scanned', {
      orderId: order.id,
      skuId: line.skuId,
      qty: 1,
    });

    const answers = await Promise.all([push(hub.url, bench, [command]), push(hub.url, bench, [command])]);

    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.[0]?.status).toBe('accepted');
    expect((await orderById(order.id))?.lines[0]?.scannedQty).toBe(1);
  });

  it('rejects what the person may not do, and orders of another warehouse', async () => {
    const order = await freshAllocatedOrder();
    const cantonOrder = (await pullAll(hub.url, canton, 'orders')).documents[0]!;
    const commands = [
      commandFrom(bench, packer.userId, 'order.cancelled', { orderId: order.id, reason: 'buyer asked' }),
      commandFrom(bench, 'no-such-user', 'order.packed', { orderId: order.id }),
      commandFrom(bench, packer.userId, 'order.packed', { orderId: cantonOrder.id }),
    ];

    const results = await push(hub.url, bench, commands);

    expect(results.map((result) => [result.status, result.code])).toEqual([
      ['rejected', 'forbidden_role'],
      ['rejected', 'forbidden_role'],
      ['rejected', 'wrong_warehouse'],
    ]);
    expect(results[0]?.message).toBe('A packer may not cancel orders (order.cancelled)');
    expect((await orderById(order.id))?.status).toBe('allocated');
  });

  it('releases the reservation when an order is cancelled', async () => {
    const order = await freshAllocatedOrder();
    const skuIds = [...new Set(order.lines.map((line) => line.skuId))];
    const before = await stockOf(desk, skuIds);

    const results = await push(hub.url, desk, [
      commandFrom(desk, clerk.userId, 'order.cancelled', { orderId: order.id, reason: 'buyer asked' }),
    ]);

    expect(results[0]?.status).toBe('accepted');
    const after = await stockOf(desk, skuIds);
    expect(after.map((level) => [level.skuId, level.onHand, level.reserved])).toEqual(
      before.map((level) => [level.skuId, level.onHand, level.reserved - unitsOf(order, level.skuId)]),
    );
    expect((await orderById(order.id))?.status).toBe('cancelled');
  });

  it('confirms the reserved stock when the parcel ships', async () => {
    const order = await freshAllocatedOrder();
    const skuIds = [...new Set(order.lines.map((line) => line.skuId))];
    const before = await stockOf(bench, skuIds);
    const act = <T extends Parameters<typeof commandFrom>[2]>(
      type: T,
      payload: Parameters<typeof commandFrom<T>>[3],
    ) => commandFrom(bench, packer.userId, type, payload);

    const results = await push(hub.url, bench, [
      ...order.lines.map((line) =>
        act('item.scanned', { orderId: order.id, skuId: line.skuId, qty: line.qty }),
      ),
      act('order.packed', { orderId: order.id }),
      act('label.printed', { orderId: order.id, carrier: 'SF', trackingNo: 'SF1000000001' }),
      act('parcel.shipped', { orderId: order.id, trackingNo: 'SF1000000001' }),
    ]);

    expect(results.map((result) => result.status)).toEqual(results.map(() => 'accepted'));
    const after = await stockOf(bench, skuIds);
    expect(after.map((level) => [level.skuId, level.onHand, level.reserved])).toEqual(
      before.map((level) => [
        level.skuId,
        level.onHand - unitsOf(order, level.skuId),
        level.reserved - unitsOf(order, level.skuId),
      ]),
    );
    expect((await orderById(order.id))?.status).toBe('shipped');
  });

  it(`answers more than ${maxCommandsPerPush} commands with 413 and a malformed push with 400`, async () => {
    const order = await freshAllocatedOrder();
    const one = commandFrom(bench, packer.userId, 'order.packed', { orderId: order.id });
    const tooMany = Array.from({ length: maxCommandsPerPush + 1 }, () => one);

    const answers = await Promise.all([
      pushRaw(hub.url, bench, { commands: tooMany }),
      pushRaw(hub.url, bench, { commands: [{ ...one, payload: { orderId: 7 } }] }),
      pushRaw(hub.url, bench, { commands: [] }),
    ]);

    expect(answers).toEqual([
      {
        status: 413,
        body: {
          code: 'too_large',
          message: 'A push may carry at most 500 commands; this one has 501 — send them in batches',
        },
      },
      {
        status: 400,
        body: { code: 'validation', message: aStringMatching(/^Invalid commands\.0\.payload\.orderId: /) },
      },
      { status: 400, body: { code: 'validation', message: aStringMatching(/^Invalid commands: /) } },
    ]);
  });
});

function unitsOf(order: Order, skuId: string): number {
  return order.lines.filter((line) => line.skuId === skuId).reduce((sum, line) => sum + line.qty, 0);
}
