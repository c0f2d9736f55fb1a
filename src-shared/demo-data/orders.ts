import type { Order, OrderLine } from '../domain';
import type { DemoRegion } from './buyers.tables';
import { makeAddress, makeBuyer } from './buyers';
import type { DemoCatalogue } from './catalogue';
import { makeDemoUlid } from './ids';
import { createOrderNumbers, type DemoPlatform, demoPlatforms } from './order-numbers';
import { createDemoRandom, createWeightedPicker, type DemoRandom, itemAt } from './random';

/** Share of orders per platform (Taobao 40%, JD 25%, Pinduoduo 25%, Douyin 10%). */
export const demoPlatformWeights: Readonly<Record<DemoPlatform, number>> = {
  taobao: 0.4,
  jd: 0.25,
  pinduoduo: 0.25,
  douyin: 0.1,
};

/** Paid times spread over this many milliseconds before `now` (three days). */
export const paidAtSpanMs = 3 * 24 * 3_600_000;

/** What the order stream needs, resolved and checked. */
export type OrderStreamPlan = {
  readonly seed: number;
  readonly count: number;
  readonly batchSize: number;
  readonly nowMs: number;
  readonly catalogue: DemoCatalogue;
  readonly routeRegion: (region: DemoRegion) => string;
};

const pickPlatform = createWeightedPicker(
  demoPlatforms.map((platform) => [platform, demoPlatformWeights[platform]] as const),
);
// Most parcels hold one or two SKUs, one unit each.
const pickLineCount = createWeightedPicker([
  [1, 55],
  [2, 25],
  [3, 12],
  [4, 5],
  [5, 3],
] as const);
const pickQty = createWeightedPicker([
  [1, 75],
  [2, 18],
  [3, 7],
] as const);
// Shop-wide coupons (满减): the larger the basket, the larger the coupon it qualifies for.
const couponTiers = [
  { minItemsFen: 29_900, offFen: 3_000 },
  { minItemsFen: 19_900, offFen: 2_000 },
  { minItemsFen: 9_900, offFen: 1_000 },
  { minItemsFen: 4_900, offFen: 500 },
  { minItemsFen: 0, offFen: 300 },
];
const freeShippingFromFen = 9_900;

/**
 * Yields the orders of one plan in batches of `batchSize`, in paid-time order. One random stream
 * runs through the whole sequence, so any batch size gives the same orders and memory stays at
 * one batch however many orders are made.
 */
export function* streamOrders(plan: OrderStreamPlan): Generator<Order[], void, undefined> {
  const random = createDemoRandom(plan.seed, 'orders');
  const nextOrderNo = createOrderNumbers(random);
  const startMs = plan.nowMs - paidAtSpanMs;
  const updatedAt = new Date(plan.nowMs).toISOString();
  let batch: Order[] = [];
  for (let index = 0; index < plan.count; index++) {
    // Even spread with jitter, and always before `now`: (index + u) / count < 1.
    const paidAtMs = startMs + Math.floor(((index + random.next()) * paidAtSpanMs) / plan.count);
    batch.push(makeOrder(plan, random, paidAtMs, nextOrderNo, updatedAt));
    if (batch.length === plan.batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function makeOrder(
  plan: OrderStreamPlan,
  random: DemoRandom,
  paidAtMs: number,
  nextOrderNo: (platform: DemoPlatform, paidAtMs: number) => string,
  updatedAt: string,
): Order {
  const platform = pickPlatform(random);
  const { address, region } = makeAddress(random);
  const lines = makeLines(plan.catalogue, random);
  const itemsFen = lines.reduce((sum, line) => sum + line.qty * line.priceFen, 0);
  const shippingFen =
    itemsFen >= freeShippingFromFen || random.chance(0.85) ? 0 : random.pick([600, 800, 1_000, 1_200]);
  const hasCoupon = random.chance(platform === 'pinduoduo' ? 0.7 : 0.4);
  const coupon = couponTiers.find((tier) => itemsFen >= tier.minItemsFen)?.offFen ?? 0;
  const discountFen = hasCoupon ? Math.min(coupon, itemsFen + shippingFen) : 0;
  return {
    id: makeDemoUlid(paidAtMs, random),
    platform,
    platformOrderNo: nextOrderNo(platform, paidAtMs),
    warehouseId: plan.routeRegion(region),
    status: 'imported',
    buyer: makeBuyer(random),
    address,
    lines,
    itemsFen,
    shippingFen,
    discountFen,
    totalFen: itemsFen + shippingFen - discountFen,
    currency: 'CNY',
    holds: [],
    exceptions: [],
    label: null,
    waybill: null,
    pickListId: null,
    paidAt: new Date(paidAtMs).toISOString(),
    packedAt: null,
    shippedAt: null,
    cancelledAt: null,
    cancelReason: null,
    appliedCommandIds: [],
    updatedAt,
  };
}

// Distinct SKUs per order: a buyer who wants two of a thing orders qty 2, not two lines.
function makeLines(catalogue: DemoCatalogue, random: DemoRandom): OrderLine[] {
  const lineCount = Math.min(pickLineCount(random), catalogue.skus.length);
  const used: number[] = [];
  while (used.length < lineCount) {
    const index = catalogue.pickSkuIndex(random);
    if (!used.includes(index)) used.push(index);
  }
  return used.map((index) => ({
    skuId: itemAt(catalogue.skus, index).id,
    qty: pickQty(random),
    priceFen: itemAt(catalogue.priceFen, index),
    scannedQty: 0,
  }));
}
