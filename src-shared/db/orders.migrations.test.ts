import { describe, expect, it } from 'vitest';
import type { OrderDocV0 } from './orders-v0.schema';
import { migrateOrderV0ToV1, ordersMigrationStrategies } from './orders.migrations';

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

  it('is the strategy RxDB runs for version 1', () => {
    expect(Object.keys(ordersMigrationStrategies)).toEqual(['1']);
  });
});
