import type { RxCollection } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { orderSchema } from '../domain';
import type { OrderDocV0 } from './orders-v0.schema';
import type { OrderDocV1 } from './orders-v1.schema';
import {
  migrateOrderV0ToV1,
  migrateOrderV1ToV2,
  migrateOrderV2ToV3,
  ordersMigrationStrategies,
} from './orders.migrations';

function orderV0(status: string): OrderDocV0 {
  return {
    id: 'o-1',
    platform: 'tmall',
    platformOrderNo: 'T100',
    status,
    warehouseId: 'wh-1',
    buyer: { name: '张三', phone: '13800000000' },
    address: { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号' },
    lines: [{ skuId: 'sku-1', qty: 2, priceFen: 1999 }],
    totalFen: 3998,
    currency: 'CNY',
    holds: [],
    updatedAt: '2025-01-02T03:04:05.000Z',
  };
}

function orderV1(patch: Partial<OrderDocV1> = {}): OrderDocV1 {
  return { ...orderV0('new'), ...patch };
}

describe('orders v0 → v1', () => {
  it('dates picking at the last update for orders already past picking', () => {
    expect(migrateOrderV0ToV1(orderV0('packed'))).toEqual({
      ...orderV0('packed'),
      pickedAt: '2025-01-02T03:04:05.000Z',
    });
  });

  it('leaves orders not yet picked without pickedAt', () => {
    expect(migrateOrderV0ToV1(orderV0('new'))).toEqual(orderV0('new'));
  });
});

describe('orders v1 → v2', () => {
  it('turns a waiting v1 order into a valid domain order with nothing scanned', () => {
    const migrated = migrateOrderV1ToV2(orderV1());
    expect(migrated).toEqual({
      ...orderV1(),
      platform: 'taobao',
      status: 'imported',
      lines: [{ skuId: 'sku-1', qty: 2, priceFen: 1999, scannedQty: 0 }],
      itemsFen: 3998,
      shippingFen: 0,
      discountFen: 0,
      exceptions: [],
      label: null,
      pickListId: null,
      paidAt: '2025-01-02T03:04:05.000Z',
      packedAt: null,
      shippedAt: null,
      cancelledAt: null,
      cancelReason: null,
      appliedCommandIds: [],
    });
    expect(orderSchema.safeParse(migrated).success).toBe(true);
  });

  it('counts lines of shipped orders as scanned and dates the milestones at the last update', () => {
    const migrated = migrateOrderV1ToV2(
      orderV1({ status: 'shipped', pickedAt: '2025-01-01T00:00:00.000Z', platform: 'jd' }),
    );
    expect({
      platform: migrated.platform,
      lines: migrated.lines,
      packedAt: migrated.packedAt,
      shippedAt: migrated.shippedAt,
      pickedAt: migrated.pickedAt,
    }).toEqual({
      platform: 'jd',
      lines: [{ skuId: 'sku-1', qty: 2, priceFen: 1999, scannedQty: 2 }],
      packedAt: '2025-01-02T03:04:05.000Z',
      shippedAt: '2025-01-02T03:04:05.000Z',
      pickedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(orderSchema.safeParse(migrated).success).toBe(true);
  });

  it('splits the total into items and shipping or discount, so the total still adds up', () => {
    const withShipping = migrateOrderV1ToV2(orderV1({ totalFen: 4798 }));
    const discounted = migrateOrderV1ToV2(orderV1({ totalFen: 3500, status: 'picked' }));
    expect(
      [withShipping, discounted].map((o) => [o.itemsFen, o.shippingFen, o.discountFen, o.status]),
    ).toEqual([
      [3998, 800, 0, 'imported'],
      [3998, 0, 498, 'picking'],
    ]);
  });

  it('keeps a free-text hold reason as the note of a manual hold, and known reasons as they were', () => {
    const migrated = migrateOrderV1ToV2(
      orderV1({
        holds: [
          { reason: 'address check', at: '2025-01-02T00:00:00.000Z' },
          { reason: 'refund_requested', at: '2025-01-02T01:00:00.000Z' },
        ],
      }),
    );
    expect(migrated.holds).toEqual([
      { id: 'o-1-hold-1', reason: 'manual', note: 'address check', by: '', at: '2025-01-02T00:00:00.000Z' },
      { id: 'o-1-hold-2', reason: 'refund_requested', note: '', by: '', at: '2025-01-02T01:00:00.000Z' },
    ]);
    expect(orderSchema.safeParse(migrated).success).toBe(true);
  });

  it('dates a cancellation and falls back to a manual platform it does not know', () => {
    const migrated = migrateOrderV1ToV2(orderV1({ status: 'cancelled', platform: 'ebay' }));
    expect([migrated.platform, migrated.cancelledAt, migrated.cancelReason]).toEqual([
      'manual',
      '2025-01-02T03:04:05.000Z',
      null,
    ]);
  });
});

describe('orders v2 → v3', () => {
  it('gives an order no waybill yet and keys it by its pick list', () => {
    const v2 = { ...migrateOrderV1ToV2(orderV1({ status: 'picked' })), pickListId: 'pl-7' };
    expect(migrateOrderV2ToV3(v2)).toEqual({ ...v2, waybill: null, pickListKey: 'pl-7' });
  });

  it('keys an order on no pick list by the empty string, which the index can hold', () => {
    expect(migrateOrderV2ToV3(migrateOrderV1ToV2(orderV1())).pickListKey).toBe('');
  });
});

describe('orders migration strategies', () => {
  it('are the ones RxDB runs for versions 1 to 3, one step each', () => {
    expect(Object.keys(ordersMigrationStrategies)).toEqual(['1', '2', '3']);
    // The strategies never look at the collection RxDB passes along.
    const collection = {} as RxCollection;
    const viaStrategies: unknown = ordersMigrationStrategies[3]?.(
      ordersMigrationStrategies[2]?.(
        ordersMigrationStrategies[1]?.(orderV0('packed'), collection),
        collection,
      ),
      collection,
    );
    expect(viaStrategies).toEqual(
      migrateOrderV2ToV3(migrateOrderV1ToV2(migrateOrderV0ToV1(orderV0('packed')))),
    );
  });
});
