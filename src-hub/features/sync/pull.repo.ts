import { z } from 'zod';
import {
  type CommandResult,
  commandResultSchema,
  rejectionCodes,
  type Sku,
  type StockLevel,
} from '../../../src-shared/domain';
import type { PullCollection, PullResponse, SyncCheckpoint } from '../../../src-shared/hub-api';
import type { SqlRunner } from '../../db';

/** Whose rows a pull may see: the station's warehouse for warehouse data, the station for its results. */
export type PullScope = { readonly stationId: string; readonly warehouseId: string };

/** One pulled table: where its rows are, which scope column limits them, and how a row becomes a document. */
type PullSource = {
  readonly table: string;
  readonly columns: string;
  readonly scope: 'warehouse' | 'station' | 'all';
  readonly toDocument: (row: Record<string, unknown>) => unknown;
};

const pullSources: Readonly<Record<PullCollection, PullSource>> = {
  skus: {
    table: 'skus',
    columns: 'id, gtin, internal_code, name, bin, updated_at',
    scope: 'all',
    toDocument: (row) =>
      ({
        id: textOf(row.id),
        ...(row.gtin === null ? {} : { gtin: textOf(row.gtin) }),
        internalCode: textOf(row.internal_code),
        name: textOf(row.name),
        bin: textOf(row.bin),
        updatedAt: isoOf(row.updated_at),
      }) satisfies Sku,
  },
  stock: {
    table: 'stock',
    columns: 'warehouse_id, sku_id, on_hand, reserved, safety, updated_at',
    scope: 'warehouse',
    toDocument: (row) =>
      ({
        warehouseId: textOf(row.warehouse_id),
        skuId: textOf(row.sku_id),
        onHand: Number(row.on_hand),
        reserved: Number(row.reserved),
        safety: Number(row.safety),
        updatedAt: isoOf(row.updated_at),
      }) satisfies StockLevel,
  },
  // Orders and pick lists are stored as the documents stations pull; the drivers parse jsonb.
  pickLists: {
    table: 'pick_lists',
    columns: 'doc',
    scope: 'warehouse',
    toDocument: (row) => row.doc,
  },
  orders: { table: 'orders', columns: 'doc', scope: 'warehouse', toDocument: (row) => row.doc },
  commandResults: {
    table: 'command_results',
    columns: 'command_id, status, code, message, at',
    scope: 'station',
    toDocument: (row) =>
      ({
        commandId: textOf(row.command_id),
        status: commandResultSchema.shape.status.parse(row.status),
        ...(row.code === null ? {} : { code: rejectionCodeSchema.parse(row.code) }),
        ...(row.message === null ? {} : { message: textOf(row.message) }),
        at: isoOf(row.at),
      }) satisfies CommandResult,
  },
};

/**
 * Documents of `collection` that changed after `checkpoint`, oldest change first, at most `limit`.
 *
 * Rows are ordered by (change_txid, change_seq): the id of the transaction that last wrote the
 * row, then a sequence number drawn at the write. Sequence numbers alone are not safe: two
 * transactions draw 7 and 8, the one with 8 commits first, a pull hands out 8, and 7 — committed
 * a moment later — sits behind the checkpoint forever. So a pull only hands out rows of
 * transactions older than the oldest one still running (`change_txid < xmin` of the statement's
 * own snapshot): every such transaction has finished, so all its rows are visible now. A
 * transaction still running, or starting later, has a transaction id of at least that xmin, so
 * its rows sort after everything handed out so far and are picked up by a later pull, however
 * late it commits. The price: one long transaction holds back every pull until it ends.
 */
export async function pullChanges(
  runner: SqlRunner,
  collection: PullCollection,
  scope: PullScope,
  checkpoint: SyncCheckpoint | null,
  limit: number,
): Promise<PullResponse> {
  const source = pullSources[collection];
  const params: unknown[] = [checkpoint?.txid ?? '0', checkpoint?.seq ?? 0, limit];
  let scopeCondition = '';
  if (source.scope === 'warehouse') {
    params.push(scope.warehouseId);
    scopeCondition = 'warehouse_id = $4 and';
  } else if (source.scope === 'station') {
    params.push(scope.stationId);
    scopeCondition = 'station_id = $4 and';
  }
  // Table and column names come from the fixed table above, never from the request.
  const rows = await runner.query(
    // The ORDER BY names the table's columns: ordering by the text aliases would sort '10000'
    // before '9999', skip and repeat rows, and keep the pull index out of the plan.
    `select ${source.columns}, change_txid::text as checkpoint_txid, change_seq::text as checkpoint_seq
       from ${source.table}
      where ${scopeCondition} (change_txid, change_seq) > ($1::xid8, $2::bigint)
        and change_txid < pg_snapshot_xmin(pg_current_snapshot())
      order by ${source.table}.change_txid, ${source.table}.change_seq
      limit $3`,
    params,
  );
  const last = rows.at(-1);
  return {
    documents: rows.map(source.toDocument),
    checkpoint:
      last === undefined ? checkpoint : { txid: String(last.checkpoint_txid), seq: Number(last.checkpoint_seq) },
  };
}

const rejectionCodeSchema = z.enum(rejectionCodes);

// Both drivers read timestamptz as a Date.
function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`Expected a timestamp, got ${typeof value}`);
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  throw new TypeError(`Expected text, got ${typeof value}`);
}
