import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isValidGs1, orderSchema, skuSchema, stockLevelSchema, warehouseSchema } from '../domain';
import { isAppError } from '../errors';
import { demoPlatformWeights, generateDemoData, paidAtSpanMs } from './index';

const now = '2025-12-02T08:00:00.000Z';
const data = generateDemoData({ seed: 20251202, now });

// The routing the warehouses were set up for: east → Shanghai, south → Guangzhou, west → Chengdu.
const warehouseCodeOfProvince: Record<string, string> = {
  上海市: 'SHA',
  江苏省: 'SHA',
  浙江省: 'SHA',
  安徽省: 'SHA',
  山东省: 'SHA',
  北京市: 'SHA',
  天津市: 'SHA',
  湖北省: 'SHA',
  河南省: 'SHA',
  广东省: 'CAN',
  福建省: 'CAN',
  广西壮族自治区: 'CAN',
  海南省: 'CAN',
  湖南省: 'CAN',
  四川省: 'CTU',
  重庆市: 'CTU',
  陕西省: 'CTU',
  云南省: 'CTU',
  贵州省: 'CTU',
  甘肃省: 'CTU',
};

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}

describe('generateDemoData', () => {
  it('gives identical data for the same seed and different data for another', () => {
    expect(generateDemoData({ seed: 20251202, now })).toEqual(data);
    const other = generateDemoData({ seed: 7, now, orders: 100 });
    expect(other.skus.map((sku) => sku.name)).not.toEqual(data.skus.map((sku) => sku.name));
    expect(other.orders[0]?.platformOrderNo).not.toBe(data.orders[0]?.platformOrderNo);
  });

  it('makes the requested counts, every record valid against its schema', () => {
    expect([data.warehouses.length, data.skus.length, data.stock.length, data.orders.length]).toEqual([
      3, 2_000, 6_000, 10_000,
    ]);
    expect(z.array(warehouseSchema).parse(data.warehouses)).toEqual(data.warehouses);
    expect(z.array(skuSchema).parse(data.skus)).toEqual(data.skus);
    expect(z.array(stockLevelSchema).parse(data.stock)).toEqual(data.stock);
    expect(z.array(orderSchema).parse(data.orders)).toEqual(data.orders);
  });

  it('seeds the warehouses the hub demo creates', () => {
    expect(data.warehouses).toEqual([
      { id: 'wh-sha', code: 'SHA', name: '上海浦东仓', timeZone: 'Asia/Shanghai' },
      { id: 'wh-can', code: 'CAN', name: '广州白云仓', timeZone: 'Asia/Shanghai' },
      { id: 'wh-ctu', code: 'CTU', name: '成都双流仓', timeZone: 'Asia/Shanghai' },
    ]);
  });

  it('gives SKUs scannable Chinese GTIN-13s, unique codes, names and bins', () => {
    const gtins = data.skus.flatMap((sku) => (sku.gtin === undefined ? [] : [sku.gtin]));
    expect(gtins.filter((gtin) => !/^69\d{11}$/.test(gtin) || !isValidGs1(gtin))).toEqual([]);
    expect(new Set(gtins).size).toBe(gtins.length);
    expect(1 - gtins.length / data.skus.length).toBeGreaterThan(0.03);
    expect(1 - gtins.length / data.skus.length).toBeLessThan(0.07);
    for (const field of ['id', 'internalCode', 'name', 'bin'] as const) {
      expect(new Set(data.skus.map((sku) => sku[field])).size).toBe(data.skus.length);
    }
    expect(data.skus.filter((sku) => !/^SKU-\d{6}$/.test(sku.internalCode))).toEqual([]);
    expect(data.skus.filter((sku) => !/^[A-F]-\d{2,}-[1-5]-(0[1-9]|1[0-2])$/.test(sku.bin))).toEqual([]);
  });

  it('stocks every SKU in every warehouse, unreserved, skewed, with a few deep best sellers', () => {
    const keys = new Set(data.stock.map((level) => `${level.warehouseId}|${level.skuId}`));
    expect(keys.size).toBe(data.warehouses.length * data.skus.length);
    expect(
      data.stock.filter((level) => level.reserved !== 0 || level.onHand > 500 || level.safety > 20),
    ).toEqual([]);
    expect(share(data.stock, (level) => level.onHand === 0)).toBeGreaterThan(0.04);
    expect(share(data.stock, (level) => level.onHand >= 250)).toBeGreaterThan(0.005);
    expect(share(data.stock, (level) => level.onHand >= 250)).toBeLessThan(0.03);
  });

  it('keeps order money consistent: total = items + shipping − discount, never negative', () => {
    const skuIds = new Set(data.skus.map((sku) => sku.id));
    const wrong = data.orders.filter(
      (order) =>
        order.itemsFen !== order.lines.reduce((sum, line) => sum + line.qty * line.priceFen, 0) ||
        order.totalFen !== order.itemsFen + order.shippingFen - order.discountFen ||
        order.totalFen < 0 ||
        order.currency !== 'CNY' ||
        order.lines.length > 5 ||
        new Set(order.lines.map((line) => line.skuId)).size !== order.lines.length ||
        order.lines.some((line) => line.qty > 3 || line.scannedQty !== 0 || !skuIds.has(line.skuId)),
    );
    expect(wrong.map((order) => order.id)).toEqual([]);
    expect(share(data.orders, (order) => order.lines.length <= 2)).toBeGreaterThan(0.7);
    expect(share(data.orders, (order) => order.discountFen > 0)).toBeGreaterThan(0.3);
  });

  it('routes each order to the warehouse of the buyer’s region', () => {
    const codeOfId = new Map(data.warehouses.map((warehouse) => [warehouse.id, warehouse.code]));
    const misrouted = data.orders.filter(
      (order) => codeOfId.get(order.warehouseId) !== warehouseCodeOfProvince[order.address.province],
    );
    expect(misrouted.map((order) => `${order.address.province} → ${order.warehouseId}`)).toEqual([]);
    for (const code of ['SHA', 'CAN', 'CTU']) {
      expect(share(data.orders, (order) => codeOfId.get(order.warehouseId) === code)).toBeGreaterThan(0.15);
    }
  });

  it('uses the hub’s warehouse ids when given, and ships from SHA when a region has no warehouse', () => {
    const small = generateDemoData({
      seed: 1,
      now,
      warehouses: 2,
      orders: 500,
      warehouseIds: { SHA: 'hub-sha' },
    });
    expect(small.warehouses.map((warehouse) => warehouse.id)).toEqual(['hub-sha', 'wh-can']);
    const misrouted = small.orders.filter(
      (order) =>
        order.warehouseId !==
        (warehouseCodeOfProvince[order.address.province] === 'CAN' ? 'wh-can' : 'hub-sha'),
    );
    expect(misrouted.map((order) => `${order.address.province} → ${order.warehouseId}`)).toEqual([]);
  });

  it('spreads orders over the platforms by their weights', () => {
    for (const [platform, weight] of Object.entries(demoPlatformWeights)) {
      expect(Math.abs(share(data.orders, (order) => order.platform === platform) - weight)).toBeLessThan(
        0.02,
      );
    }
  });

  it('numbers orders in each platform’s shape, the Pinduoduo date being the buyer’s date in China', () => {
    const shapes: Record<string, RegExp> = {
      taobao: /^[1-4]\d{17,18}$/,
      jd: /^\d{12}$/,
      pinduoduo: /^\d{6}-\d{15}$/,
      douyin: /^\d{19}$/,
    };
    const misshapen = data.orders.filter(
      (order) => shapes[order.platform]?.test(order.platformOrderNo) !== true,
    );
    expect(misshapen.map((order) => `${order.platform} ${order.platformOrderNo}`)).toEqual([]);
    const chinaDate = (iso: string): string =>
      new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');
    const wrongDate = data.orders.filter(
      (order) =>
        order.platform === 'pinduoduo' && !order.platformOrderNo.startsWith(`${chinaDate(order.paidAt)}-`),
    );
    expect(wrongDate.map((order) => `${order.paidAt} ${order.platformOrderNo}`)).toEqual([]);
  });

  it('gives buyers mobile numbers, real addresses and a few vague ones for the address rules', () => {
    expect(
      data.orders.map((order) => order.buyer.phone).filter((phone) => !/^1[3-9]\d{9}$/.test(phone)),
    ).toEqual([]);
    const provinces = data.orders.map((order) => order.address.province);
    expect(provinces.filter((province) => !(province in warehouseCodeOfProvince))).toEqual([]);
    const vague = share(data.orders, (order) => /附近|旁边|对面/.test(order.address.detail));
    expect(vague).toBeGreaterThan(0.01);
    expect(vague).toBeLessThan(0.03);
  });

  it('makes orders fresh from the platforms: imported, paid in the three days before now, in paid order', () => {
    const nowMs = Date.parse(now);
    const paid = data.orders.map((order) => Date.parse(order.paidAt));
    expect(paid.filter((ms) => ms < nowMs - paidAtSpanMs || ms >= nowMs)).toEqual([]);
    expect(paid).toEqual([...paid].sort((a, b) => a - b));
    const untouched = data.orders.filter(
      (order) =>
        order.status !== 'imported' ||
        order.updatedAt !== now ||
        order.holds.length + order.exceptions.length > 0 ||
        order.label !== null ||
        order.pickListId !== null ||
        order.appliedCommandIds.length > 0,
    );
    expect(untouched.map((order) => order.id)).toEqual([]);
  });

  it('refuses options it cannot honour with a validation error', () => {
    const bad = [
      { seed: 1.5, now },
      { seed: 1, now: 'yesterday' },
      { seed: 1, now, warehouses: 4 },
      { seed: 1, now, skus: 0 },
      { seed: 1, now, skus: 1_000_000 },
      { seed: 1, now, orders: -1 },
    ];
    for (const options of bad) {
      let caught: unknown;
      try {
        generateDemoData(options);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught) && caught.code).toBe('validation');
    }
  });
});
