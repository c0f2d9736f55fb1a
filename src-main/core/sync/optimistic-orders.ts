import {
  type Actor,
  type Command,
  type CommandContext,
  commandOrderId,
  type Order,
  overlayOrder,
} from '../../../src-shared/domain';
import type { TrackedCommand } from '../db';

/**
 * Whom a command made here is replayed as in the optimistic view. Its authority was checked when
 * it was issued (and the hub checks it again); replaying it only needs its effects, which depend on
 * the actor's id alone, so the replay must not be refused for a role it no longer has in memory.
 */
export function replayActor(actorId: string): Actor {
  return { id: actorId, role: 'admin', warehouseId: null };
}

/** One order as the station shows it, and its commands still waiting for the hub. */
export type OrderView = {
  readonly order: Order | null;
  readonly pendingCommandIds: readonly string[];
  /** Accepted commands the pulled order already shows: no later pull can take their effect away. */
  readonly settledCommandIds: readonly string[];
};

/**
 * True when the pulled order already shows an accepted command: it lists the command as applied,
 * or was written at or after the hub's decision. Pulled copies only get newer, so this stays true.
 */
export function isSettledIn(order: Order | null, commandId: string, decidedAt: string): boolean {
  if (order === null) return false;
  return order.appliedCommandIds.includes(commandId) || Date.parse(decidedAt) <= Date.parse(order.updatedAt);
}

/**
 * The optimistic view of one order (DESIGN §3): the pulled order with the commands made here
 * applied by the shared reducers — those still waiting for the hub, and those the hub accepted
 * after the pulled copy was written (their effect is not in it yet). The second kind keeps a
 * screen from flickering back between the push answer and the next pull. A command the pulled
 * order lists as applied is never applied again, however answers and pulls interleave. Accepted
 * commands apply at the hub's decision time, pending ones at the station time they were made.
 */
export function viewOrder(order: Order | null, tracked: readonly TrackedCommand[]): OrderView {
  const decidedAt = new Map<string, string>();
  const replayed: Command[] = [];
  const settledCommandIds: string[] = [];
  for (const { command, result } of tracked) {
    if (result === null) {
      replayed.push(command);
    } else if (result.status === 'accepted') {
      if (isSettledIn(order, command.id, result.at)) {
        settledCommandIds.push(command.id);
      } else {
        decidedAt.set(command.id, result.at);
        replayed.push(command);
      }
    }
  }
  const contextFor = (command: Command): CommandContext => ({
    actor: replayActor(command.actorId),
    now: decidedAt.get(command.id) ?? command.clientTime,
  });
  const applied = new Set(order?.appliedCommandIds ?? []);
  return {
    order: replayed.length === 0 ? order : overlayOrder(order, replayed, contextFor).order,
    pendingCommandIds: tracked
      .filter((entry) => entry.result === null && !applied.has(entry.command.id))
      .map((entry) => entry.command.id),
    settledCommandIds,
  };
}

/** Commands made here grouped by the order they name; commands naming none are left out. */
export function groupByOrder(tracked: readonly TrackedCommand[]): Map<string, TrackedCommand[]> {
  const byOrder = new Map<string, TrackedCommand[]>();
  for (const entry of tracked) {
    const orderId = commandOrderId(entry.command);
    if (orderId === null) continue;
    const forOrder = byOrder.get(orderId);
    if (forOrder === undefined) byOrder.set(orderId, [entry]);
    else forOrder.push(entry);
  }
  return byOrder;
}
