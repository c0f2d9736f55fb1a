import {
  type Hold,
  type Order,
  type OrderLine,
  type OrderStatus,
  orderSchema,
  type ShippingLabel,
} from '../order.model';

/** The fixed "now" of domain tests: a weekday morning in the Shanghai warehouse (UTC). */
export const testNow = '2026-12-02T08:30:00.000Z';

/** The warehouse test orders and actors belong to unless a test says otherwise. */
export const testWarehouseId = 'wh-sha';

/** One order line; `scannedQty` defaults to nothing scanned yet. */
export function buildLine(skuId: string, qty: number, scannedQty = 0, priceFen = 1000): OrderLine {
  return { skuId, qty, priceFen, scannedQty };
}

/** A hold placed by a clerk; override what the test is about. */
export function buildHold(patch: Partial<Hold> = {}): Hold {
  return { id: 'hold-1', reason: 'address_unclear', note: '', by: 'user-clerk', at: testNow, ...patch };
}

/** A printed shipping label. */
export function buildLabel(patch: Partial<ShippingLabel> = {}): ShippingLabel {
  return { carrier: 'SF', trackingNo: 'SF1234567890', printedAt: testNow, by: 'user-packer', ...patch };
}

/**
 * A valid order (checked against the order schema, so a test never starts from data the hub could
 * not hold): allocated, two lines (2 × sku-tea, 1 × sku-cup), nothing scanned, no holds, no
 * commands applied yet. Amounts follow the lines unless the patch sets them.
 */
export function buildOrder(patch: Partial<Order> = {}): Order {
  const lines = patch.lines ?? [buildLine('sku-tea', 2, 0, 3900), buildLine('sku-cup', 1, 0, 2500)];
  const itemsFen = lines.reduce((sum, line) => sum + line.qty * line.priceFen, 0);
  const shippingFen = 800;
  return orderSchema.parse({
    id: 'order-1',
    platform: 'taobao',
    platformOrderNo: 'TB20261202001',
    warehouseId: testWarehouseId,
    status: 'allocated',
    buyer: { name: '张三', phone: '13800000000' },
    address: { province: '上海市', city: '上海市', district: '浦东新区', detail: '张江路 100 号' },
    lines,
    itemsFen,
    shippingFen,
    discountFen: 0,
    totalFen: itemsFen + shippingFen,
    currency: 'CNY',
    holds: [],
    exceptions: [],
    label: null,
    waybill: null,
    pickListId: null,
    paidAt: '2026-12-02T07:00:00.000Z',
    packedAt: null,
    shippedAt: null,
    cancelledAt: null,
    cancelReason: null,
    appliedCommandIds: [],
    updatedAt: '2026-12-02T08:00:00.000Z',
    ...patch,
  });
}

/**
 * An order that got to `status` the way real orders do: picking has one unit scanned, packed is
 * fully scanned (no label yet), shipped is scanned, labelled and out, cancelled was cancelled
 * while allocated.
 */
export function buildOrderIn(status: OrderStatus, patch: Partial<Order> = {}): Order {
  const base = buildOrder();
  const scanned = (units: (line: OrderLine, index: number) => number): OrderLine[] =>
    base.lines.map((line, index) => ({ ...line, scannedQty: units(line, index) }));
  const earlier = '2026-12-02T08:10:00.000Z';
  switch (status) {
    case 'imported':
    case 'allocated':
      return buildOrder({ status, ...patch });
    case 'picking':
      return buildOrder({ status, lines: scanned((_, index) => (index === 0 ? 1 : 0)), ...patch });
    case 'packed':
      return buildOrder({ status, lines: scanned((line) => line.qty), packedAt: earlier, ...patch });
    case 'shipped':
      return buildOrder({
        status,
        lines: scanned((line) => line.qty),
        packedAt: earlier,
        label: buildLabel({ printedAt: earlier }),
        shippedAt: earlier,
        ...patch,
      });
    case 'cancelled':
      return buildOrder({ status, cancelledAt: earlier, cancelReason: 'buyer cancelled', ...patch });
  }
}
