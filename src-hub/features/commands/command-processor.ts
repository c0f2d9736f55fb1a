import {
  type Actor,
  applyCommand,
  type Command,
  commandOrderId,
  type CommandResult,
  type Order,
  type Rejection,
  type StockEffect,
} from '../../../src-shared/domain';
import type { Clock } from '../../clock';
import { type HubDatabase, type SqlRunner, transactionWithRetry } from '../../db';
import type { Logger } from '../../logging';
import type { ChangeBus, ChangeNote } from '../changes';
import type { SyncStation } from '../stations';
import { createStockLedger, moveOf, type StockKey, type StockLedger } from '../stock';
import {
  findActiveActors,
  findResults,
  insertCommands,
  insertResults,
  lockOrders,
  type StoredResult,
  saveOrders,
} from './commands.repo';

/** Applies pushed commands: the hub's single write path for everything people do. */
export type CommandProcessor = {
  /**
   * Applies a station's batch in ONE transaction and answers one result per command in push
   * order. A command id the hub already has answers its stored result and changes nothing, so a
   * retried push (lost answer, hub restart) is harmless.
   */
  push(station: SyncStation, commands: readonly Command[]): Promise<CommandResult[]>;
};

export type CommandProcessorDeps = {
  readonly database: HubDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly changes: ChangeBus;
};

/** What a batch shares while it is applied. */
type Batch = {
  readonly tx: SqlRunner;
  readonly station: SyncStation;
  readonly now: Date;
  readonly actors: ReadonlyMap<string, Actor>;
  /** The batch's orders as its commands leave them, starting from the locked rows. */
  readonly orders: Map<string, Order>;
  /** Orders whose stored document no longer parses. */
  readonly unreadableOrders: ReadonlySet<string>;
  /** The stock rows the batch holds and what its commands moved. */
  readonly stock: StockLedger;
  readonly logger: Logger;
};

/** What the checks and the shared reducer say about one command, before stock is looked at. */
type Evaluation =
  | { readonly accepted: true; readonly order: Order | null; readonly effects: readonly StockEffect[] }
  | ({ readonly accepted: false; readonly error?: unknown } & Rejection);

/** A command's verdict. */
type Decision = { readonly accepted: true } | ({ readonly accepted: false } & Rejection);

/** Creates the {@link CommandProcessor}. */
export function createCommandProcessor(deps: CommandProcessorDeps): CommandProcessor {
  return {
    async push(station, commands) {
      const outcome = await transactionWithRetry(
        deps.database,
        (tx) => applyBatch(tx, station, commands, new Date(deps.clock.now()), deps.logger),
        (error, attempt) =>
          deps.logger.warn(
            { err: error, stationId: station.id, attempt },
            'command batch conflicted; retrying',
          ),
      );
      // Only now, after the commit, may stations be told to pull.
      deps.changes.publish(outcome.notes);
      return outcome.results;
    },
  };
}

/**
 * One batch, in a handful of statements however long it is:
 * 1. log the new commands (one insert) and read the stored results of known ones;
 * 2. read the actors and lock the orders (one statement each);
 * 3. plan: a dry run of the new commands tells which stock rows they move; lock those (one
 *    statement, sorted);
 * 4. apply every new command in push order to the orders in memory with the shared reducer,
 *    checking its stock effects against the held rows (all or nothing per command);
 * 5. write the stock movement, the changed orders and all results (one statement each).
 */
async function applyBatch(
  tx: SqlRunner,
  station: SyncStation,
  commands: readonly Command[],
  now: Date,
  logger: Logger,
): Promise<{ results: CommandResult[]; notes: ChangeNote[] }> {
  const unique = [...new Map(commands.map((command) => [command.id, command])).values()];
  const insertedIds = await insertCommands(tx, unique, station.id, now);
  const fresh = unique.filter((command) => insertedIds.has(command.id));
  const stored = await findResults(
    tx,
    unique.filter((command) => !insertedIds.has(command.id)).map((command) => command.id),
  );
  const orderIds = fresh.map(commandOrderId).filter((id) => id !== null);
  const actors = await findActiveActors(tx, [...new Set(fresh.map((command) => command.actorId))]);
  const locked = await lockOrders(tx, [...new Set(orderIds)]);
  const batch: Batch = {
    tx,
    station,
    now,
    actors,
    orders: locked.orders,
    unreadableOrders: locked.unreadable,
    stock: createStockLedger(),
    logger,
  };
  await batch.stock.hold(tx, plannedStockKeys(batch, fresh));

  const decided = new Map<string, CommandResult>();
  const changedOrders = new Set<string>();
  for (const command of fresh) {
    const decision = await decide(batch, command);
    const orderId = commandOrderId(command);
    if (decision.accepted && orderId !== null) changedOrders.add(orderId);
    decided.set(command.id, resultOf(command, decision, now));
  }
  const hasStockMoved = await batch.stock.flush(tx, now);
  await saveOrders(
    tx,
    [...changedOrders].flatMap((id) => batch.orders.get(id) ?? []),
    now,
  );
  await insertResults(tx, [...decided.values()], station.id);

  const results = commands.map((command) => decided.get(command.id) ?? knownResult(command, stored, station));
  const notes: ChangeNote[] = [];
  if (changedOrders.size > 0) notes.push({ collection: 'orders', warehouseId: station.warehouseId });
  if (hasStockMoved) notes.push({ collection: 'stock', warehouseId: station.warehouseId });
  if (decided.size > 0) {
    notes.push({ collection: 'commandResults', warehouseId: station.warehouseId, stationId: station.id });
  }
  return { results, notes };
}

/**
 * The stock rows the batch will move if every command goes through: a dry run on copies of the
 * orders. Locking them all up front, sorted, keeps two batches from locking shared SKUs in
 * opposite orders. A command that takes another path in the real run (an earlier one was short of
 * stock) holds its rows when it gets there.
 */
function plannedStockKeys(batch: Batch, commands: readonly Command[]): StockKey[] {
  const orders = new Map(batch.orders);
  const keys: StockKey[] = [];
  for (const command of commands) {
    const evaluation = evaluate(batch, orders, command);
    if (!evaluation.accepted) continue;
    keys.push(...evaluation.effects);
    if (evaluation.order !== null) orders.set(evaluation.order.id, evaluation.order);
  }
  return keys;
}

/** Applies one command to the batch: its order in memory, its stock effects on the ledger. */
async function decide(batch: Batch, command: Command): Promise<Decision> {
  const evaluation = evaluate(batch, batch.orders, command);
  if (!evaluation.accepted) {
    if (evaluation.error !== undefined) {
      // A bug or a broken row. Rejecting keeps the station's queue moving and puts the command in
      // front of a person, instead of failing every later push on it.
      batch.logger.error(
        { err: evaluation.error, commandId: command.id, type: command.type },
        'command could not be applied',
      );
    }
    return { accepted: false, code: evaluation.code, message: evaluation.message };
  }
  if (evaluation.effects.length > 0) {
    await batch.stock.hold(batch.tx, evaluation.effects);
    const short = batch.stock.tryMove(evaluation.effects.map(moveOf));
    if (short !== null) {
      return reject('insufficient_stock', `Not enough stock of SKU ${short.skuId} to apply ${command.type}`);
    }
  }
  if (evaluation.order !== null) batch.orders.set(evaluation.order.id, evaluation.order);
  return { accepted: true };
}

/**
 * Checks what only the hub knows (the station and the person behind the command), then runs the
 * shared reducer on `orders`' copy of the order. Pure: it changes nothing.
 */
function evaluate(batch: Batch, orders: ReadonlyMap<string, Order>, command: Command): Evaluation {
  const { station } = batch;
  if (command.stationId !== station.id) {
    return reject(
      'invalid_command',
      `Command names station ${command.stationId} but came from station ${station.id}`,
    );
  }
  const actor = batch.actors.get(command.actorId);
  if (actor === undefined) {
    return reject('forbidden_role', `User ${command.actorId} is not an active user of this hub`);
  }
  const orderId = commandOrderId(command);
  if (orderId !== null && batch.unreadableOrders.has(orderId)) {
    return couldNotApply(command, new Error(`Order ${orderId} is stored in a shape this hub cannot read`));
  }
  const order = orderId === null ? null : (orders.get(orderId) ?? null);
  if (order !== null && order.warehouseId !== station.warehouseId) {
    return reject(
      'wrong_warehouse',
      `Order ${order.platformOrderNo} belongs to warehouse ${order.warehouseId}; this station works in ${station.warehouseId}`,
    );
  }
  try {
    const outcome = applyCommand(order, command, { actor, now: batch.now.toISOString() });
    if (!outcome.ok) return reject(outcome.code, outcome.message);
    return { accepted: true, order: outcome.order, effects: outcome.effects };
  } catch (error) {
    return couldNotApply(command, error);
  }
}

function resultOf(command: Command, decision: Decision, now: Date): CommandResult {
  const at = now.toISOString();
  if (decision.accepted) return { commandId: command.id, status: 'accepted', at };
  return { commandId: command.id, status: 'rejected', code: decision.code, message: decision.message, at };
}

/** The answer for a command id the hub already logged. */
function knownResult(
  command: Command,
  stored: ReadonlyMap<string, StoredResult>,
  station: SyncStation,
): CommandResult {
  const known = stored.get(command.id);
  // A command's log entry and its result commit together, so one is never seen without the other.
  if (known === undefined) throw new Error(`Command ${command.id} is logged without a result`);
  if (known.stationId === station.id) return known.result;
  // Another station's command: its result is not this station's to see.
  return {
    commandId: command.id,
    status: 'rejected',
    code: 'invalid_command',
    message: `Command id ${command.id} was already used by another station`,
    at: known.result.at,
  };
}

function reject(code: Rejection['code'], message: string): { accepted: false } & Rejection {
  return { accepted: false, code, message };
}

function couldNotApply(command: Command, error: unknown): Evaluation {
  return {
    accepted: false,
    code: 'invalid_command',
    message: `The hub could not apply this ${command.type} command`,
    error,
  };
}
