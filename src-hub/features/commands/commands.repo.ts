import {
  type Actor,
  type Command,
  type CommandResult,
  type Order,
  orderSchema,
} from '../../../src-shared/domain';
import { roles } from '../../../src-shared/features/auth';
import { compareText, type SqlRunner } from '../../db';

// The command processor's statements, each for a whole batch. They all run inside the caller's
// transaction: commands, their effects and their results commit together or not at all.

/** A stored result with the station that pushed its command. */
export type StoredResult = { readonly stationId: string; readonly result: CommandResult };

/**
 * Logs the commands whose ids are not there yet and answers the ids this call inserted. Rows are
 * inserted in id order, so two pushes overlapping in commands lock them in the same order. A
 * concurrent transaction inserting the same id makes this one wait for it and then skip the id,
 * so a command is never applied twice, not even by two pushes at the same moment.
 */
export async function insertCommands(
  tx: SqlRunner,
  commands: readonly Command[],
  stationId: string,
  receivedAt: Date,
): Promise<Set<string>> {
  const sorted = [...commands].sort((a, b) => compareText(a.id, b.id));
  const rows = await tx.query<{ id: string }>(
    `insert into commands (id, type, payload, actor_id, station_id, client_time, received_at)
     select id, type, payload, actor_id, $2, client_time, $3
       from jsonb_to_recordset($1::jsonb)
            as logged (id text, type text, payload jsonb, actor_id text, client_time timestamptz)
     on conflict (id) do nothing
     returning id`,
    [
      JSON.stringify(
        sorted.map((command) => ({
          id: command.id,
          type: command.type,
          payload: command.payload,
          actor_id: command.actorId,
          client_time: command.clientTime,
        })),
      ),
      stationId,
      receivedAt,
    ],
  );
  return new Set(rows.map((row) => row.id));
}

/** The results recorded for `commandIds`, by command id. */
export async function findResults(
  tx: SqlRunner,
  commandIds: readonly string[],
): Promise<Map<string, StoredResult>> {
  if (commandIds.length === 0) return new Map();
  const rows = await tx.query<{
    command_id: string;
    station_id: string;
    status: CommandResult['status'];
    code: CommandResult['code'] | null;
    message: string | null;
    at: Date;
  }>(
    'select command_id, station_id, status, code, message, at from command_results where command_id = any ($1::text[])',
    [commandIds],
  );
  return new Map(
    rows.map((row) => [
      row.command_id,
      {
        stationId: row.station_id,
        result: {
          commandId: row.command_id,
          status: row.status,
          ...(row.code === null || row.code === undefined ? {} : { code: row.code }),
          ...(row.message === null ? {} : { message: row.message }),
          at: row.at.toISOString(),
        },
      },
    ]),
  );
}

/** Records results in one statement. */
export async function insertResults(
  tx: SqlRunner,
  results: readonly CommandResult[],
  stationId: string,
): Promise<void> {
  if (results.length === 0) return;
  await tx.query(
    `insert into command_results (command_id, station_id, status, code, message, at)
     select command_id, $2, status, code, message, at
       from jsonb_to_recordset($1::jsonb)
            as decided (command_id text, status text, code text, message text, at timestamptz)`,
    [
      JSON.stringify(
        results.map((result) => ({
          command_id: result.commandId,
          status: result.status,
          code: result.code ?? null,
          message: result.message ?? null,
          at: result.at,
        })),
      ),
      stationId,
    ],
  );
}

/** The active users among `actorIds` as the authority checks see them; unknown or inactive ones are missing. */
export async function findActiveActors(
  tx: SqlRunner,
  actorIds: readonly string[],
): Promise<Map<string, Actor>> {
  if (actorIds.length === 0) return new Map();
  const rows = await tx.query<{ id: string; role: string; warehouse_id: string | null }>(
    'select id, role, warehouse_id from users where id = any ($1::text[]) and is_active',
    [actorIds],
  );
  const actors = new Map<string, Actor>();
  for (const row of rows) {
    const role = roles.find((known) => known === row.role);
    if (role !== undefined) actors.set(row.id, { id: row.id, role, warehouseId: row.warehouse_id });
  }
  return actors;
}

/** Locked orders by id, and the ids of stored documents that no longer parse. */
export type LockedOrders = { readonly orders: Map<string, Order>; readonly unreadable: ReadonlySet<string> };

/**
 * The orders, locked until the transaction ends so no other command changes them meanwhile,
 * in id order (the same order in every batch, so two batches queue rather than deadlock). Parsed
 * with the current schema, so a document stored by an older hub gets the defaults of fields
 * added since; one that does not parse is reported, not thrown, so it cannot block the batch.
 */
export async function lockOrders(tx: SqlRunner, orderIds: readonly string[]): Promise<LockedOrders> {
  const orders = new Map<string, Order>();
  const unreadable = new Set<string>();
  if (orderIds.length === 0) return { orders, unreadable };
  const rows = await tx.query<{ id: string; doc: unknown }>(
    'select id, doc from orders where id = any ($1::text[]) order by id collate "C" for update',
    [orderIds],
  );
  for (const row of rows) {
    const parsed = orderSchema.safeParse(row.doc);
    if (parsed.success) orders.set(row.id, parsed.data);
    else unreadable.add(row.id);
  }
  return { orders, unreadable };
}

/** Writes changed orders, document and status, in one statement. */
export async function saveOrders(tx: SqlRunner, orders: readonly Order[], now: Date): Promise<void> {
  if (orders.length === 0) return;
  await tx.query(
    `update orders set doc = changed.doc, status = changed.doc ->> 'status', updated_at = $2
       from jsonb_to_recordset($1::jsonb) as changed (id text, doc jsonb)
      where orders.id = changed.id`,
    [JSON.stringify(orders.map((order) => ({ id: order.id, doc: order }))), now],
  );
}
