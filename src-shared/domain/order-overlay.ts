import { applyCommand } from './apply-command';
import { type Command, type CommandContext, commandOrderId, type RejectionCode } from './command.contract';
import type { Order } from './order.model';

/** A pending command the station's own reducers refuse: shown in "needs attention" with its reason. */
export type OverlayRefusal = {
  readonly command: Command;
  readonly code: RejectionCode;
  readonly message: string;
};

/** An order as the station shows it, and the pending commands that could not be applied to it. */
export type OrderOverlay = { readonly order: Order | null; readonly refused: readonly OverlayRefusal[] };

/**
 * The station's optimistic view of one order: the order as last pulled from the hub with the
 * station's still-pending commands applied by the same reducers the hub runs. Commands apply in id
 * order (ULIDs sort by creation time), so the view follows what the person did in order. A command
 * the reducers refuse is skipped and reported, and the commands after it apply to the order without
 * it, as the hub will see them. `contextFor` gives each command its actor and time (its clientTime
 * on a station).
 *
 * `pending` may hold commands the pulled order already reflects (pushed, answered, pulled in any
 * order): those are listed in the order's `appliedCommandIds` and skipped, so nothing is counted
 * twice.
 */
export function overlayOrder(
  order: Order | null,
  pending: readonly Command[],
  contextFor: (command: Command) => CommandContext,
): OrderOverlay {
  let current = order;
  const refused: OverlayRefusal[] = [];
  for (const command of sortById(pending)) {
    if (current?.appliedCommandIds.includes(command.id) === true) continue;
    const outcome = applyCommand(current, command, contextFor(command));
    if (outcome.ok) {
      current = outcome.order;
    } else {
      refused.push({ command, code: outcome.code, message: outcome.message });
    }
  }
  return { order: current, refused };
}

/**
 * {@link overlayOrder} over a list of orders (a queue page, a pick list). Pending commands are
 * filed under the order they name; commands for orders not in the list, and commands naming no
 * order, are left out, because the list is a view, not the whole warehouse. Refusals come in the
 * order of the list.
 */
export function overlayOrders(
  orders: readonly Order[],
  pending: readonly Command[],
  contextFor: (command: Command) => CommandContext,
): { readonly orders: readonly Order[]; readonly refused: readonly OverlayRefusal[] } {
  const pendingByOrder = new Map<string, Command[]>();
  for (const command of pending) {
    const orderId = commandOrderId(command);
    if (orderId === null) continue;
    const forOrder = pendingByOrder.get(orderId);
    if (forOrder === undefined) pendingByOrder.set(orderId, [command]);
    else forOrder.push(command);
  }
  const refused: OverlayRefusal[] = [];
  const overlaid = orders.map((order) => {
    const overlay = overlayOrder(order, pendingByOrder.get(order.id) ?? [], contextFor);
    refused.push(...overlay.refused);
    // No command in the catalogue turns an order into null; the pulled order stands in if one ever did.
    return overlay.order ?? order;
  });
  return { orders: overlaid, refused };
}

function sortById(commands: readonly Command[]): Command[] {
  return [...commands].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
