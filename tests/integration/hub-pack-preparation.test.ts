import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareBins, type Order, type PickList, pickListSize, type Sku } from '../../src-shared/domain';
import type { Hub } from '../../src-hub/create-hub';
import { type HubPlace, hubEngines } from '../helpers/hub-engines';
import { pullAll, registerStation, signIn, type TestStation } from '../helpers/sync-client';
import { startSyncHub, type TestClock } from '../helpers/sync-hub';

const trackingShapes: Record<string, RegExp> = {
  SF: /^SF\d{13}$/,
  ZTO: /^7\d{13}$/,
  YTO: /^YT\d{13}$/,
  JD: /^JDV\d{12}$/,
};

describe.each(hubEngines)('allocation readies orders for the pack bench on $name', (engine) => {
  let place: HubPlace;
  let hub: Hub;
  const clock: TestClock = { now: Date.parse('2026-12-02T18:30:00.000Z') };
  let bench: TestStation;
  let orders: Order[];
  let pickLists: PickList[];
  let skus: Map<string, Sku>;

  beforeAll(async () => {
    place = await engine.prepare();
    hub = await startSyncHub(place, clock);
    bench = await registerStation(hub.url, await signIn(hub.url, 'packer'), 'PACK-01');
    orders = (await pullAll(hub.url, bench, 'orders')).documents;
    pickLists = (await pullAll(hub.url, bench, 'pickLists')).documents;
    skus = new Map((await pullAll(hub.url, bench, 'skus')).documents.map((sku) => [sku.id, sku]));
  });

  afterAll(async () => {
    await hub?.close();
    await place?.dispose();
  });

  it('gives every allocated order a waybill in its carrier’s shape, no number twice', () => {
    const allocated = orders.filter((order) => order.status === 'allocated');
    expect(allocated.length).toBeGreaterThan(10);
    const malformed = allocated.filter(
      (order) =>
        order.waybill === null || !trackingShapes[order.waybill.carrier]?.test(order.waybill.trackingNo),
    );
    expect(malformed).toEqual([]);
    const numbers = allocated.map((order) => order.waybill?.trackingNo);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(
      allocated.filter((order) => order.platform === 'jd').every((o) => o.waybill?.carrier === 'JD'),
    ).toBe(true);
  });

  it('leaves orders still waiting for stock without a waybill or pick list', () => {
    const waiting = orders.filter((order) => order.status === 'imported');
    expect(waiting.filter((order) => order.waybill !== null || order.pickListId !== null)).toEqual([]);
  });

  it('puts every allocated order on exactly one pick list of its warehouse, walked bin by bin', () => {
    const listOf = new Map(pickLists.flatMap((list) => list.orderIds.map((id) => [id, list] as const)));
    const allocated = orders.filter((order) => order.status === 'allocated');
    expect(allocated.filter((order) => listOf.get(order.id)?.id !== order.pickListId)).toEqual([]);
    expect(pickLists.flatMap((list) => list.orderIds).length).toBe(allocated.length);
    expect(pickLists.every((list) => list.warehouseId === bench.warehouseId)).toBe(true);
    expect(pickLists.every((list) => list.orderIds.length <= pickListSize && list.status === 'open')).toBe(
      true,
    );
    const byId = new Map(orders.map((order) => [order.id, order]));
    const firstBin = (orderId: string) =>
      (byId.get(orderId)?.lines ?? []).map((line) => skus.get(line.skuId)?.bin ?? '~').sort()[0] ?? '~';
    for (const list of pickLists) {
      const bins = list.orderIds.map(firstBin);
      expect(bins).toEqual([...bins].sort(compareBins));
    }
  });

  it('codes pick lists by the warehouse’s business day, not the UTC date', () => {
    // 18:30 UTC on 2 December is 02:30 on 3 December in Shanghai.
    expect(pickLists.map((list) => list.code).filter((code) => !/^PL-20261203-\d{4,}$/.test(code))).toEqual(
      [],
    );
    expect(new Set(pickLists.map((list) => list.code)).size).toBe(pickLists.length);
  });
});
