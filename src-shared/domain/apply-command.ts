import { unreachable } from '../errors';
import { checkAuthority } from './command-authority';
import type { Command, CommandContext, CommandOutcome } from './command.contract';
import { canOrderMove, type Order } from './order.model';
import { cancelOrder, editAddress } from './reducers/desk-edits.reducer';
import { holdOrder, releaseHold } from './reducers/hold-order.reducer';
import { packOrder } from './reducers/pack-order.reducer';
import { printLabel } from './reducers/print-label.reducer';
import { orderName, refuse } from './reducers/reducer-kit';
import { reportException } from './reducers/report-exception.reducer';
import { scanItem } from './reducers/scan-item.reducer';
import { shipParcel } from './reducers/ship-parcel.reducer';

/**
 * Applies one command to the order it is about: the one rule book the hub runs in its transaction
 * and every station runs for its optimistic view, so both compute the same order.
 *
 * Pure and deterministic: the result depends only on the arguments (time comes from
 * `context.now`, new ids from the command's id), the inputs are never mutated, and business
 * refusals are returned, never thrown. Authority (role, then warehouse scope) is checked first,
 * then the command type's own preconditions. `order` is the order the command names (null when it
 * is not known); an order with another id counts as not found.
 */
export function applyCommand(order: Order | null, command: Command, context: CommandContext): CommandOutcome {
  const forbidden = checkAuthority(command, context.actor, order);
  if (forbidden !== null) return { ok: false, ...forbidden };
  // A command the order already lists changed it once; applying it again must change nothing.
  if (order?.appliedCommandIds.includes(command.id) === true) return { ok: true, order, effects: [] };
  const outcome = reduceCommand(order, command, context);
  // The transition table is the law: a reducer that would break it is refused here rather than
  // trusted, so a bug can never ship an unpacked order or revive a cancelled one.
  if (outcome.ok && order !== null && outcome.order !== null && outcome.order.status !== order.status) {
    if (!canOrderMove(order.status, outcome.order.status)) {
      return refuse(
        'wrong_status',
        `${orderName(order)} cannot move from ${order.status} to ${outcome.order.status}`,
      );
    }
  }
  if (!outcome.ok || outcome.order === null || order === null) return outcome;
  if (outcome.order.appliedCommandIds.includes(command.id)) return outcome;
  return {
    ...outcome,
    order: { ...outcome.order, appliedCommandIds: [...outcome.order.appliedCommandIds, command.id] },
  };
}

function reduceCommand(order: Order | null, command: Command, context: CommandContext): CommandOutcome {
  switch (command.type) {
    case 'item.scanned':
      return scanItem(order, command, context);
    case 'order.packed':
      return packOrder(order, command, context);
    case 'label.printed':
      return printLabel(order, command, context);
    case 'parcel.shipped':
      return shipParcel(order, command, context);
    case 'exception.reported':
      return reportException(order, command, context);
    case 'order.held':
      return holdOrder(order, command, context);
    case 'order.released':
      return releaseHold(order, command, context);
    case 'order.addressEdited':
      return editAddress(order, command, context);
    case 'order.cancelled':
      return cancelOrder(order, command, context);
    default:
      return unreachable(command);
  }
}
