import type { CommandContext, CommandOf, CommandOutcome } from '../command.contract';
import type { Order } from '../order.model';
import { accept, orderName, refuse, refuseIfClosed, refuseIfHeld, refuseOrderNotFound } from './reducer-kit';

/**
 * `label.printed`: the shipping label came out of the printer for a packed, unheld order. A reprint
 * of the same tracking number (jammed paper) is accepted and changes nothing; a label with another
 * tracking number would put two parcels on the road for one order, so it is refused.
 */
export function printLabel(
  order: Order | null,
  command: CommandOf<'label.printed'>,
  context: CommandContext,
): CommandOutcome {
  const { orderId, carrier, trackingNo } = command.payload;
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order) ?? refuseIfHeld(order);
  if (refusal !== null) return refusal;
  if (order.status !== 'packed') {
    return refuse(
      'wrong_status',
      `${orderName(order)} is ${order.status}; its label is printed once it is packed`,
    );
  }
  if (order.label !== null) {
    if (order.label.trackingNo === trackingNo) return accept(order);
    return refuse(
      'label_already_printed',
      `${orderName(order)} already has label ${order.label.trackingNo} (${order.label.carrier}); ` +
        `a second label ${trackingNo} is refused`,
    );
  }
  const label = { carrier, trackingNo, printedAt: context.now, by: context.actor.id };
  return accept({ ...order, label, updatedAt: context.now });
}
