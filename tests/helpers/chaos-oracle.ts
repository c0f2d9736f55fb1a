import { isDeepStrictEqual } from 'node:util';
import {
  type Actor,
  applyCommand,
  type Command,
  type CommandResult,
  commandSchema,
  type Order,
  type StockLevel,
} from '../../src-shared/domain';
import type { IssueCommand } from '../../src-shared/features/orders';

// Independent checks of the hub's end state, computed from what the test knows: the orders and
// stock before the run, every command the stations queued, and the hub's verdicts. Each returns a
// list of problems in words; an empty list is a pass.

/** A command the test saw a station queue, with who issued it where. */
export type QueuedCommand = {
  readonly commandId: string;
  readonly input: IssueCommand;
  readonly actor: Actor;
  readonly stationId: string;
};

const reservedStatuses: ReadonlySet<Order['status']> = new Set(['allocated', 'picking', 'packed']);

/**
 * Replays, per order, the commands the hub lists as applied (`appliedCommandIds`, in that order)
 * on the order as it was before the run, each at the hub time of its verdict, with the shared
 * reducer. The result must be the hub's order field for field: then every change the hub made is
 * explained by commands applied once each, in the listed order, and by nothing else. Also checks
 * that every accepted command naming an order is listed exactly once, on that order, and that no
 * rejected one is listed anywhere.
 */
export function replayProblems(
  before: readonly Order[],
  after: readonly Order[],
  queued: ReadonlyMap<string, QueuedCommand>,
  results: ReadonlyMap<string, CommandResult>,
): string[] {
  const problems: string[] = [];
  const initial = new Map(before.map((order) => [order.id, order]));
  const listedOn = new Map<string, string[]>();
  for (const order of after) {
    const start = initial.get(order.id);
    if (start === undefined) {
      problems.push(`order ${order.id} appeared during the run`);
      continue;
    }
    const added = order.appliedCommandIds.slice(start.appliedCommandIds.length);
    if (new Set(order.appliedCommandIds).size !== order.appliedCommandIds.length) {
      problems.push(
        `order ${order.id} lists a command twice: ${duplicates(order.appliedCommandIds).join(', ')}`,
      );
    }
    for (const id of added) listedOn.set(id, [...(listedOn.get(id) ?? []), order.id]);
    const replayed = replayOrder(start, added, queued, results, problems);
    if (replayed !== null && !isSameOrder(replayed, order)) {
      problems.push(
        `order ${order.id}: the hub's copy differs from the replay in ${differingFields(replayed, order)}`,
      );
    }
  }
  for (const [commandId, result] of results) {
    const command = queued.get(commandId);
    const orderId = command === undefined ? null : orderIdOf(command.input);
    const listed = listedOn.get(commandId) ?? [];
    const expected = result.status === 'accepted' && orderId !== null ? [orderId] : [];
    if (!isDeepStrictEqual(listed, expected)) {
      problems.push(
        `${result.status} command ${commandId} is listed on [${listed.join(', ')}], expected [${expected.join(', ')}]`,
      );
    }
  }
  return problems;
}

function replayOrder(
  start: Order,
  added: readonly string[],
  queued: ReadonlyMap<string, QueuedCommand>,
  results: ReadonlyMap<string, CommandResult>,
  problems: string[],
): Order | null {
  let order = start;
  for (const commandId of added) {
    const command = queued.get(commandId);
    const result = results.get(commandId);
    if (command === undefined || result?.status !== 'accepted') {
      problems.push(
        `order ${start.id} lists command ${commandId}, which is ${command === undefined ? 'not a command any station queued' : `${result?.status ?? 'without a result'}`}`,
      );
      return null;
    }
    const outcome = applyCommand(order, commandOf(command, result.at), {
      actor: command.actor,
      now: result.at,
    });
    if (!outcome.ok || outcome.order === null) {
      const why = outcome.ok ? 'no order' : `${outcome.code}: ${outcome.message}`;
      problems.push(`order ${start.id}: replaying ${command.input.type} ${commandId} was refused (${why})`);
      return null;
    }
    order = outcome.order;
  }
  return order;
}

/** Scanned units per order must equal the units of its accepted scans. */
export function scanProblems(
  after: readonly Order[],
  queued: ReadonlyMap<string, QueuedCommand>,
  results: ReadonlyMap<string, CommandResult>,
): string[] {
  const accepted = new Map<string, number>();
  for (const command of queued.values()) {
    if (command.input.type !== 'item.scanned' || results.get(command.commandId)?.status !== 'accepted')
      continue;
    const { orderId, qty } = command.input.payload;
    accepted.set(orderId, (accepted.get(orderId) ?? 0) + qty);
  }
  return after.flatMap((order) => {
    const scanned = order.lines.reduce((sum, line) => sum + line.scannedQty, 0);
    const expected = accepted.get(order.id) ?? 0;
    return scanned === expected ? [] : [`order ${order.id}: ${scanned} units scanned, ${expected} accepted`];
  });
}

/**
 * Stock after the run: reserved equals the units of the orders still holding a reservation
 * (allocated, picking, packed), on hand dropped by the units shipped during the run, and nothing
 * available or reserved is below zero.
 */
export function stockProblems(
  stockBefore: readonly StockLevel[],
  ordersBefore: readonly Order[],
  stockAfter: readonly StockLevel[],
  ordersAfter: readonly Order[],
): string[] {
  const key = (warehouseId: string, skuId: string) => `${warehouseId}/${skuId}`;
  const reserved = new Map<string, number>();
  const shipped = new Map<string, number>();
  const add = (into: Map<string, number>, order: Order, sign: number) => {
    for (const line of order.lines) {
      const at = key(order.warehouseId, line.skuId);
      into.set(at, (into.get(at) ?? 0) + sign * line.qty);
    }
  };
  for (const order of ordersAfter) {
    if (reservedStatuses.has(order.status)) add(reserved, order, 1);
    if (order.status === 'shipped') add(shipped, order, 1);
  }
  for (const order of ordersBefore) if (order.status === 'shipped') add(shipped, order, -1);
  const onHandBefore = new Map(stockBefore.map((row) => [key(row.warehouseId, row.skuId), row.onHand]));
  const problems: string[] = [];
  for (const row of stockAfter) {
    const at = key(row.warehouseId, row.skuId);
    const expected = {
      onHand: (onHandBefore.get(at) ?? Number.NaN) - (shipped.get(at) ?? 0),
      reserved: reserved.get(at) ?? 0,
    };
    if (row.onHand !== expected.onHand || row.reserved !== expected.reserved) {
      problems.push(
        `${at}: on hand ${row.onHand} reserved ${row.reserved}, expected ${expected.onHand} and ${expected.reserved}`,
      );
    }
    if (row.onHand - row.reserved < 0 || row.reserved < 0) problems.push(`${at}: negative stock`);
  }
  return problems;
}

/** Equal as documents: the same JSON, whatever the key order, absent and undefined alike. */
export function isSameOrder(a: Order, b: Order): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

/** Top-level fields in which two orders differ, with both values, for a readable failure. */
export function differingFields(expected: Order, actual: Order): string {
  // Both are orders: the same keys, read one by one.
  const keys = Object.keys(expected) as (keyof Order)[];
  return keys
    .filter((field) => !isDeepStrictEqual(expected[field], actual[field]))
    .map((field) => `${field} (${JSON.stringify(expected[field])} vs ${JSON.stringify(actual[field])})`)
    .join('; ');
}

function commandOf(queuedCommand: QueuedCommand, at: string): Command {
  return commandSchema.parse({
    ...queuedCommand.input,
    id: queuedCommand.commandId,
    actorId: queuedCommand.actor.id,
    stationId: queuedCommand.stationId,
    clientTime: at,
  });
}

function orderIdOf(input: IssueCommand): string | null {
  const payload: { readonly orderId?: string | undefined } = input.payload;
  return payload.orderId ?? null;
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}
