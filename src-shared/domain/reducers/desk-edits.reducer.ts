import type { CommandContext, CommandOf, CommandOutcome } from '../command.contract';
import type { Order, OrderStatus } from '../order.model';
import {
  accept,
  orderName,
  refuse,
  refuseIfClosed,
  refuseOrderNotFound,
  stockEffectsFor,
} from './reducer-kit';

/**
 * `order.addressEdited`: the clerk corrects where the parcel goes. Only before a label is printed:
 * after that the address on the parcel is the printed one, and changing the record would make them
 * disagree.
 */
export function editAddress(
  order: Order | null,
  command: CommandOf<'order.addressEdited'>,
  context: CommandContext,
): CommandOutcome {
  const { orderId, address } = command.payload;
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order);
  if (refusal !== null) return refusal;
  if (order.label !== null) {
    return refuse(
      'label_already_printed',
      `${orderName(order)} already has label ${order.label.trackingNo} printed; the address can no longer change`,
    );
  }
  return accept({ ...order, address, updatedAt: context.now });
}

/** Statuses in which the hub holds a reservation for the order's units. */
const reservedStatuses: readonly OrderStatus[] = ['allocated', 'picking', 'packed'];

/**
 * `order.cancelled`: the order will not ship. Any status before shipped; holds do not stop it (a
 * refund request is the usual reason for both). A reservation, if the order had one, is released
 * per SKU; an imported order reserved nothing and releases nothing.
 */
export function cancelOrder(
  order: Order | null,
  command: CommandOf<'order.cancelled'>,
  context: CommandContext,
): CommandOutcome {
  const { orderId, reason } = command.payload;
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order);
  if (refusal !== null) return refusal;
  const effects = reservedStatuses.includes(order.status) ? stockEffectsFor(order, 'release') : [];
  return accept(
    { ...order, status: 'cancelled', cancelledAt: context.now, cancelReason: reason, updatedAt: context.now },
    effects,
  );
}
