import type { CommandContext, CommandOf, CommandOutcome } from '../command.contract';
import type { Order } from '../order.model';
import {
  accept,
  orderName,
  refuse,
  refuseIfClosed,
  refuseIfHeld,
  refuseOrderNotFound,
  stockEffectsFor,
} from './reducer-kit';

/**
 * `parcel.shipped`: the parcel was scanned out. It must be the parcel of this order's label (the
 * scanned tracking number proves it), and shipping confirms the reserved stock: one `confirm` per
 * SKU, which the hub runs in the same transaction.
 */
export function shipParcel(
  order: Order | null,
  command: CommandOf<'parcel.shipped'>,
  context: CommandContext,
): CommandOutcome {
  const { orderId, trackingNo } = command.payload;
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order) ?? refuseIfHeld(order);
  if (refusal !== null) return refusal;
  if (order.status !== 'packed') {
    return refuse('wrong_status', `${orderName(order)} is ${order.status}; only a packed order ships`);
  }
  if (order.label === null) {
    return refuse('label_missing', `${orderName(order)} has no shipping label yet: print it before scan-out`);
  }
  if (order.label.trackingNo !== trackingNo) {
    return refuse(
      'tracking_mismatch',
      `Parcel ${trackingNo} is not the parcel of ${orderName(order)}: its label is ${order.label.trackingNo}`,
    );
  }
  return accept(
    { ...order, status: 'shipped', shippedAt: context.now, updatedAt: context.now },
    stockEffectsFor(order, 'confirm'),
  );
}
