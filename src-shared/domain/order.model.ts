import { z } from 'zod';
import { waybillSchema } from './waybill.model';

/** Sales channels Packline takes orders from. */
export const platforms = ['taobao', 'jd', 'pinduoduo', 'douyin', 'shopify', 'manual'] as const;

/** One of {@link platforms}. */
export type Platform = (typeof platforms)[number];

/**
 * An order's life. Happy path: imported → allocated (stock reserved) → picking (first item
 * scanned) → packed → shipped (parcel scanned out, stock confirmed). Any state before shipped may
 * become cancelled (a reservation is released). Holds are orthogonal: a held order keeps its status
 * but cannot be packed, labelled or shipped until every hold is released.
 */
export const orderStatuses = ['imported', 'allocated', 'picking', 'packed', 'shipped', 'cancelled'] as const;

/** One of {@link orderStatuses}. */
export type OrderStatus = (typeof orderStatuses)[number];

/** Why an order is held; `manual` is a person's decision, the others come from rules and exceptions. */
export const holdReasons = [
  'manual',
  'address_unclear',
  'refund_requested',
  'fraud_review',
  'stock_short',
  'exception',
] as const;

/** One of {@link holdReasons}. */
export type HoldReason = (typeof holdReasons)[number];

/** What went wrong at the bench, reported with one scan or key. */
export const exceptionKinds = ['short_pick', 'damaged', 'no_such_order', 'wrong_item'] as const;

/** One of {@link exceptionKinds}. */
export type ExceptionKind = (typeof exceptionKinds)[number];

/** A postal address in mainland China's four levels. */
export const addressSchema = z.object({
  province: z.string().min(1).max(50),
  city: z.string().min(1).max(50),
  district: z.string().min(1).max(50),
  detail: z.string().min(1).max(300),
  postalCode: z.string().max(12).optional(),
});

/** A postal address. */
export type Address = z.infer<typeof addressSchema>;

/** The buyer as the platform gave them. Personal data: redacted in logs. */
export const buyerSchema = z.object({
  name: z.string().min(1).max(100),
  phone: z.string().min(3).max(32),
});

/** The buyer of an order. */
export type Buyer = z.infer<typeof buyerSchema>;

/** One line of an order. Money in integer minor units (fen). */
export const orderLineSchema = z.object({
  skuId: z.string().min(1).max(64),
  qty: z.number().int().positive(),
  priceFen: z.number().int().nonnegative(),
  /** Units verified by scan at the pack bench so far; never above `qty`. */
  scannedQty: z.number().int().nonnegative(),
});

/** One line of an order. */
export type OrderLine = z.infer<typeof orderLineSchema>;

/** A hold stops packing, labelling and shipping until it is released. */
export const holdSchema = z.object({
  id: z.string().min(1).max(64),
  reason: z.enum(holdReasons),
  note: z.string().max(500),
  by: z.string().max(64),
  at: z.iso.datetime(),
});

/** A hold on an order. */
export type Hold = z.infer<typeof holdSchema>;

/** An exception reported at the bench or desk; the back office sees it at once when online. */
export const orderExceptionSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(exceptionKinds),
  skuId: z.string().max(64).optional(),
  note: z.string().max(500),
  by: z.string().max(64),
  at: z.iso.datetime(),
});

/** An exception on an order. */
export type OrderException = z.infer<typeof orderExceptionSchema>;

/** The shipping label printed for an order. */
export const shippingLabelSchema = z.object({
  carrier: z.string().min(1).max(32),
  trackingNo: z.string().min(1).max(64),
  printedAt: z.iso.datetime(),
  by: z.string().max(64),
});

/** A printed shipping label. */
export type ShippingLabel = z.infer<typeof shippingLabelSchema>;

/** An order as the hub owns it and stations pull it. */
export const orderSchema = z.object({
  id: z.string().min(1).max(64),
  platform: z.enum(platforms),
  /** The platform's own order number; (platform, platformOrderNo) is unique. */
  platformOrderNo: z.string().min(1).max(128),
  warehouseId: z.string().min(1).max(64),
  status: z.enum(orderStatuses),
  buyer: buyerSchema,
  address: addressSchema,
  lines: z.array(orderLineSchema).min(1).max(500),
  itemsFen: z.number().int().nonnegative(),
  shippingFen: z.number().int().nonnegative(),
  discountFen: z.number().int().nonnegative(),
  /** items + shipping − discount, in fen. */
  totalFen: z.number().int().nonnegative(),
  currency: z.string().length(3),
  holds: z.array(holdSchema),
  exceptions: z.array(orderExceptionSchema),
  label: shippingLabelSchema.nullable(),
  /** Carrier and tracking number reserved at allocation; null before, and for orders of older hubs. */
  waybill: waybillSchema.nullable().default(null),
  pickListId: z.string().max(64).nullable(),
  /** When the buyer paid (platform time, UTC). */
  paidAt: z.iso.datetime(),
  packedAt: z.iso.datetime().nullable(),
  shippedAt: z.iso.datetime().nullable(),
  cancelledAt: z.iso.datetime().nullable(),
  cancelReason: z.string().max(500).nullable(),
  /**
   * Ids of the commands already applied to this order, oldest first. The station's optimistic view
   * skips pending commands listed here, so a scan the pulled order already counts is never counted
   * twice, whatever order pushes, answers and pulls arrive in.
   */
  appliedCommandIds: z.array(z.string().max(26)).max(5000).default([]),
  /** Hub time of the last change. */
  updatedAt: z.iso.datetime(),
});

/** An order. */
export type Order = z.infer<typeof orderSchema>;

/** True while any hold is on the order. */
export function isOrderHeld(order: { readonly holds: readonly unknown[] }): boolean {
  return order.holds.length > 0;
}

/** True when every line is fully scanned. */
export function isOrderFullyScanned(order: Pick<Order, 'lines'>): boolean {
  return order.lines.every((line) => line.scannedQty >= line.qty);
}

/** Statuses an order may move to from each status (holds aside). */
export const orderTransitions: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  imported: ['allocated', 'cancelled'],
  allocated: ['picking', 'cancelled'],
  picking: ['packed', 'cancelled'],
  packed: ['shipped', 'cancelled'],
  shipped: [],
  cancelled: [],
};

/** True when the state machine allows `from → to`. */
export function canOrderMove(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}
