import { addRxPlugin } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../src-main/core/clock/testing/manual-clock';
import { openStationDatabase, type StationDatabase } from '../../src-main/core/db';
import { createLogger } from '../../src-main/core/logging';
import type { OrderDoc, PrintJobDoc, SkuDoc } from '../../src-shared/db';
import { makeTempDir } from '../helpers/processes';

const logger = createLogger('station-db-test', { level: 'silent' });

function order(n: number, status: string, warehouseId = 'wh-1'): OrderDoc {
  return {
    id: `o-${String(n).padStart(4, '0')}`,
    platform: 'tmall',
    platformOrderNo: `T${n}`,
    status,
    warehouseId,
    buyer: { name: '张三', phone: '13800000000' },
    address: { province: '浙江省', city: '杭州市', district: '西湖区', detail: `文三路 ${n} 号` },
    lines: [{ skuId: 'sku-1', qty: 2, priceFen: 1999, scannedQty: 0 }],
    itemsFen: 3998,
    shippingFen: 0,
    discountFen: 0,
    totalFen: 3998,
    currency: 'CNY',
    holds:
      n % 5 === 0
        ? [
            {
              id: `h-${n}`,
              reason: 'address_unclear',
              note: '',
              by: 'u-clerk',
              at: '2025-03-01T07:00:00.000Z',
            },
          ]
        : [],
    exceptions: [],
    label: null,
    pickListId: null,
    pickListKey: '',
    waybill: null,
    paidAt: '2025-02-28T12:00:00.000Z',
    packedAt: null,
    shippedAt: null,
    cancelledAt: null,
    cancelReason: null,
    appliedCommandIds: [],
    updatedAt: new Date(Date.UTC(2025, 2, 1, 0, 0, n)).toISOString(),
  };
}

function isPlain(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

// RxDB's dev-mode checks in tests: schemas, queries, and every write validated against its schema.
beforeAll(() => {
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
});

describe('station database repositories', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: ManualClock;
  let db: StationDatabase;
  beforeEach(async () => {
    temp = makeTempDir('packline-station-db-');
    clock = createManualClock(Date.parse('2025-03-01T08:00:00.000Z'));
    db = await openStationDatabase({ dataDir: temp.path, clock, logger });
  });
  afterEach(async () => {
    await db.close();
    temp.remove();
  });

  it('hand out plain objects equal to what was stored, never RxDB documents', async () => {
    await db.repos.orders.upsertMany([order(1, 'new'), order(2, 'packed')]);
    const found = await db.repos.orders.getById('o-0001');
    const [listed] = await db.repos.orders.findByStatus({ status: 'packed', limit: 10 });
    expect(found).toEqual(order(1, 'new'));
    expect([found, listed, found?.buyer, found?.lines[0]].every(isPlain)).toBe(true);
    // Plain data is a copy: changing it changes nothing stored.
    found!.status = 'shipped';
    expect((await db.repos.orders.getById('o-0001'))?.status).toBe('new');
    expect(await db.repos.orders.getById('missing')).toBeUndefined();
  });

  it('refuse data that breaks the schema instead of dropping it silently', async () => {
    const broken = { ...order(1, 'new'), totalFen: -1 };
    await expect(db.repos.orders.upsertMany([order(2, 'new'), broken])).rejects.toMatchObject({
      name: 'AppError',
      code: 'internal',
      message: 'Could not save 1 orders record(s).',
    });
    expect(await db.repos.orders.getById('o-0002')).toEqual(order(2, 'new'));
  });

  it('page orders by status and warehouse, oldest update first', async () => {
    const orders = Array.from({ length: 30 }, (_, i) =>
      order(i + 1, i % 2 === 0 ? 'new' : 'packed', i < 20 ? 'wh-1' : 'wh-2'),
    );
    await db.repos.orders.upsertMany(orders.toReversed());
    const page1 = await db.repos.orders.findByStatus({ status: 'new', warehouseId: 'wh-1', limit: 4 });
    const page3 = await db.repos.orders.findByStatus({
      status: 'new',
      warehouseId: 'wh-1',
      limit: 4,
      skip: 8,
    });
    const allNew = await db.repos.orders.findByStatus({ status: 'new', limit: 100 });
    expect({
      page1: page1.map((o) => o.id),
      page3: page3.map((o) => o.id),
      allNew: allNew.length,
    }).toEqual({
      page1: ['o-0001', 'o-0003', 'o-0005', 'o-0007'],
      page3: ['o-0017', 'o-0019'],
      allNew: 15,
    });
    // A pull that brings a newer copy replaces the old one.
    await db.repos.orders.upsertMany([{ ...order(1, 'packed'), updatedAt: '2025-03-02T00:00:00.000Z' }]);
    expect((await db.repos.orders.getById('o-0001'))?.status).toBe('packed');
  });

  it('find SKUs by GTIN and by internal code', async () => {
    const skus: SkuDoc[] = [
      {
        id: 'sku-1',
        gtin: '06901234567892',
        internalCode: 'PL-0001',
        name: '绿茶 500ml',
        bin: 'A-01-03',
        updatedAt: '2025-03-01T00:00:00.000Z',
      },
      { id: 'sku-2', internalCode: 'PL-0002', name: 'Tote bag', updatedAt: '2025-03-01T00:00:00.000Z' },
    ];
    await db.repos.skus.upsertMany(skus);
    expect({
      byGtin: await db.repos.skus.findByGtin('06901234567892'),
      byCode: await db.repos.skus.findByInternalCode('PL-0002'),
      unknown: await db.repos.skus.findByGtin('00000000000000'),
    }).toEqual({ byGtin: skus[0], byCode: skus[1], unknown: undefined });
  });

  it('keep commands pending, oldest first, until the hub answers them', async () => {
    const base = { payload: { orderId: 'o-0001' }, actorId: 'u-packer', stationId: 'st-1' };
    const first = await db.repos.commands.append({ ...base, type: 'order.pack' });
    clock.advance(5_000);
    const second = await db.repos.commands.append({ ...base, type: 'order.hold' });
    clock.advance(1_000);
    const third = await db.repos.commands.append({ ...base, type: 'order.release' });
    clock.advance(4_000);
    expect(first.id < second.id && second.id < third.id).toBe(true);
    expect(first.clientTime).toBe('2025-03-01T08:00:00.000Z');
    expect(await db.repos.commands.summarizePending()).toEqual({ count: 3, oldestAgeMs: 10_000 });

    await db.repos.commands.recordResults([
      { commandId: first.id, status: 'accepted', at: '2025-03-01T08:00:09.000Z' },
      {
        commandId: third.id,
        status: 'rejected',
        code: 'order_not_on_hold',
        message: 'The order is not on hold.',
        at: '2025-03-01T08:00:09.000Z',
      },
    ]);
    const pending = await db.repos.commands.listPending(10);
    expect({ pending, summary: await db.repos.commands.summarizePending() }).toEqual({
      pending: [second],
      summary: { count: 1, oldestAgeMs: 5_000 },
    });
    expect((await db.repos.commands.getResult(third.id))?.code).toBe('order_not_on_hold');
    expect(pending.every(isPlain)).toBe(true);
  });

  it('queue print jobs and keep the scan log', async () => {
    const job: PrintJobDoc = {
      id: '01JNM0000000000000000000P1',
      printerId: 'zebra-1',
      templateId: 'shipping-label',
      data: { orderId: 'o-0001' },
      copies: 1,
      status: 'queued',
      attempts: 0,
      actorId: 'u-packer',
      createdAt: '2025-03-01T08:00:00.000Z',
      updatedAt: '2025-03-01T08:00:00.000Z',
    };
    await db.repos.printJobs.add(job);
    const sent = await db.repos.printJobs.update(job.id, {
      status: 'done',
      attempts: 1,
      updatedAt: '2025-03-01T08:00:02.000Z',
    });
    expect(sent).toEqual({ ...job, status: 'done', attempts: 1, updatedAt: '2025-03-01T08:00:02.000Z' });
    expect(await db.repos.printJobs.listByStatus('queued', 10)).toEqual([]);
    expect(await db.repos.printJobs.recent(10)).toEqual([sent]);
    await expect(db.repos.printJobs.update('nope', { status: 'failed' })).rejects.toMatchObject({
      code: 'not_found',
    });

    for (const [i, code] of ['6901234567892', ']C1010690123456789217', 'ORD-42'].entries()) {
      await db.repos.scanLog.append({
        code,
        source: 'keyboard-wedge',
        at: new Date(Date.UTC(2025, 2, 1, 8, 0, i)).toISOString(),
      });
    }
    expect((await db.repos.scanLog.recent(2)).map((s) => s.code)).toEqual([
      'ORD-42',
      ']C1010690123456789217',
    ]);
  });

  it('signal db.changed once per collection for a burst of writes', async () => {
    const events: string[] = [];
    const stop = db.onChanged((event) => events.push(event.collection));
    for (let n = 1; n <= 5; n += 1) {
      await db.repos.orders.upsertMany([order(n, 'new')]);
      clock.advance(20);
    }
    await db.repos.scanLog.append({ code: 'X', source: 'keyboard-wedge', at: '2025-03-01T08:00:00.000Z' });
    expect(events).toEqual([]);
    clock.advance(100);
    expect(events.sort()).toEqual(['orders', 'scanLog']);
    stop();
    await db.repos.orders.upsertMany([order(9, 'new')]);
    clock.advance(1000);
    expect(events).toHaveLength(2);
  });
});
