import type { CommandContext, CommandOf, CommandOutcome } from '../command.contract';
import type { Hold, Order, OrderException } from '../order.model';
import { accept, refuse, refuseIfClosed, refuseOrderNotFound } from './reducer-kit';

/** Longest hold note the order schema takes. */
const holdNoteMax = 500;

/**
 * `exception.reported`: something went wrong at the bench. `no_such_order` is about a scanned code,
 * not an order: it changes no order (the hub files it for the back office). The other kinds record
 * the exception on the order and hold it (reason `exception`) so no station packs or ships it until
 * the back office decides. Exception and hold both take the command's id, so the hub and every
 * station compute the same order, and applying the command twice changes nothing more.
 */
export function reportException(
  order: Order | null,
  command: CommandOf<'exception.reported'>,
  context: CommandContext,
): CommandOutcome {
  const { kind, orderId, skuId, note } = command.payload;
  if (kind === 'no_such_order') return accept(order);
  if (orderId === undefined) {
    return refuse('order_not_found', `A ${kind.replace('_', ' ')} report needs the order it is about`);
  }
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order);
  if (refusal !== null) return refusal;
  if (order.exceptions.some((exception) => exception.id === command.id)) return accept(order);

  // The SKU is not checked against the lines: a wrong item is by definition not in the order, and a
  // report is never refused over a detail the back office can read in the note.
  const exception: OrderException = {
    id: command.id,
    kind,
    ...(skuId === undefined ? {} : { skuId }),
    note,
    by: context.actor.id,
    at: context.now,
  };
  const what = skuId === undefined ? kind : `${kind} SKU ${skuId}`;
  const hold: Hold = {
    id: command.id,
    reason: 'exception',
    note: (note === '' ? what : `${what}: ${note}`).slice(0, holdNoteMax),
    by: context.actor.id,
    at: context.now,
  };
  return accept({
    ...order,
    exceptions: [...order.exceptions, exception],
    holds: [...order.holds, hold],
    updatedAt: context.now,
  });
}
