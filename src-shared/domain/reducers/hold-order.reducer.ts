import type { CommandContext, CommandOf, CommandOutcome } from '../command.contract';
import type { Order } from '../order.model';
import { accept, orderName, refuse, refuseIfClosed, refuseOrderNotFound } from './reducer-kit';

/**
 * `order.held`: a person stops an order. Holds stack: two holds with the same reason are two
 * decisions, each released on its own. The hold takes the command's id, so applying the command
 * twice (the station's view before the hub's result arrives) adds it once.
 */
export function holdOrder(
  order: Order | null,
  command: CommandOf<'order.held'>,
  context: CommandContext,
): CommandOutcome {
  const { orderId, reason, note } = command.payload;
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order);
  if (refusal !== null) return refusal;
  if (order.holds.some((hold) => hold.id === command.id)) return accept(order);
  const hold = { id: command.id, reason, note, by: context.actor.id, at: context.now };
  return accept({ ...order, holds: [...order.holds, hold], updatedAt: context.now });
}

/** `order.released`: removes one hold by its id; the order stays held while any other hold is on it. */
export function releaseHold(
  order: Order | null,
  command: CommandOf<'order.released'>,
  context: CommandContext,
): CommandOutcome {
  const { orderId, holdId } = command.payload;
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order);
  if (refusal !== null) return refusal;
  if (!order.holds.some((hold) => hold.id === holdId)) {
    return refuse(
      'hold_not_found',
      `${orderName(order)} has no hold ${holdId}; it may have been released already`,
    );
  }
  const holds = order.holds.filter((hold) => hold.id !== holdId);
  return accept({ ...order, holds, updatedAt: context.now });
}
