import { z } from 'zod';
import { channel } from '../../bridge/contract';
import { commandPayloadSchemas, type Order, orderSchema, orderStatuses, platforms } from '../../domain';

/** One row of the order list: what a clerk scans with their eyes. */
export const orderSummarySchema = z.object({
  id: z.string(),
  platform: z.enum(platforms),
  platformOrderNo: z.string(),
  status: z.enum(orderStatuses),
  buyerName: z.string(),
  city: z.string(),
  lineCount: z.number().int(),
  totalFen: z.number().int(),
  currency: z.string(),
  holdReasons: z.array(z.string()),
  /** True while commands made here for this order wait for the hub: the row shows "pending sync". */
  isPending: z.boolean(),
  paidAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** One row of the order list. */
export type OrderSummary = z.infer<typeof orderSummarySchema>;

/** The list row of an order as the station shows it; `isPending` when commands made here still wait. */
export function orderSummaryOf(order: Order, isPending: boolean): OrderSummary {
  return {
    id: order.id,
    platform: order.platform,
    platformOrderNo: order.platformOrderNo,
    status: order.status,
    buyerName: order.buyer.name,
    city: order.address.city,
    lineCount: order.lines.length,
    totalFen: order.totalFen,
    currency: order.currency,
    holdReasons: order.holds.map((hold) => hold.reason),
    isPending,
    paidAt: order.paidAt,
    updatedAt: order.updatedAt,
  };
}

/** What the order list asks for. */
export const orderListQuerySchema = z.object({
  status: z.enum(orderStatuses).optional(),
  /** Matches the platform order number's start, or the buyer's name. */
  search: z.string().trim().max(100).optional(),
  isHeldOnly: z.boolean().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});

/** One order with the station's pending commands applied (optimistic view). */
export const orderDetailSchema = z.object({
  order: orderSchema,
  /** Ids of commands for this order still waiting for the hub. */
  pendingCommandIds: z.array(z.string()),
  /** What the order's SKUs are, by SKU id, so lines read as products; a SKU not pulled yet is absent. */
  skus: z.record(
    z.string(),
    z.object({
      name: z.string(),
      internalCode: z.string(),
      gtin: z.string().optional(),
      bin: z.string().optional(),
    }),
  ),
});

/** One order, optimistic view. */
export type OrderDetail = z.infer<typeof orderDetailSchema>;

/**
 * What a person asks for; the station adds id, actor, station and time, checks it against its own
 * copy with the shared reducer, and queues it for the hub.
 */
export const issueCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('order.held'), payload: commandPayloadSchemas['order.held'] }),
  z.object({ type: z.literal('order.released'), payload: commandPayloadSchemas['order.released'] }),
  z.object({ type: z.literal('order.addressEdited'), payload: commandPayloadSchemas['order.addressEdited'] }),
  z.object({ type: z.literal('order.cancelled'), payload: commandPayloadSchemas['order.cancelled'] }),
  z.object({ type: z.literal('exception.reported'), payload: commandPayloadSchemas['exception.reported'] }),
  z.object({ type: z.literal('item.scanned'), payload: commandPayloadSchemas['item.scanned'] }),
  z.object({ type: z.literal('order.packed'), payload: commandPayloadSchemas['order.packed'] }),
  z.object({ type: z.literal('label.printed'), payload: commandPayloadSchemas['label.printed'] }),
  z.object({ type: z.literal('parcel.shipped'), payload: commandPayloadSchemas['parcel.shipped'] }),
]);

/** A command as a screen issues it. */
export type IssueCommand = z.infer<typeof issueCommandSchema>;

/** Bridge channels of the orders feature. */
export const orderChannels = {
  /**
   * A page of the optimistic order list (pulled orders with this station's unanswered commands
   * applied), newest payment first; `total` counts every match.
   */
  'orders.list': channel(
    orderListQuerySchema,
    z.object({ orders: z.array(orderSummarySchema), total: z.number().int() }),
  ),
  'orders.get': channel(z.object({ orderId: z.string().min(1).max(64) }), orderDetailSchema.nullable()),
  /** Refused locally → `conflict` with the reducer's message; nothing is queued then. */
  'commands.issue': channel(issueCommandSchema, z.object({ commandId: z.string() })),
};
