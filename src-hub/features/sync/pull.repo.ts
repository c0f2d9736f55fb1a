import { z } from 'zod';
import {
  type CommandResult,
  commandResultSchema,
  rejectionCodes,
  type Sku,
  type StockLevel,
} from '../../../src-shared/domain';
import type { PullCollection, PullResponse, SyncCheckpoint } from '../../../src-shared/hub-api';
import type { HubDatabase, SqlRunner } from '../../db';
import { benchUserDocument, benchUserPullColumns } from '../auth';

/** Whose rows a pull may see: the station's warehouse for warehouse data, the station for its results. */
export type PullScope = { readonly stationId: string; readonly warehouseId: string };

/** One page of a pull with its documents already as JSON text, ready to be sent as they are. */
export type PulledPage = {
  /** A JSON array of the documents, oldest change first. */
  readonly documentsJson: string;
  readonly count: number;
  readonly checkpoint: SyncCheckpoint | null;
};

/**
 * One pulled table: where its rows are and which scope column limits them. Orders and pick lists
 * are stored as the very documents stations pull (`doc`), so the database writes the page's JSON
 * and the hub never parses or re-serialises them; other tables are mapped row by row.
 */
type PullSource = { readonly table: string; readonly scope: 'warehouse' | 'station' | 'all' } & (
  | { readonly kind: 'stored' }
  | {
      readonly kind: 'mapped';
      readonly columns: string;
      /** `scope` is the pulling station's, for documents that depend on who pulls them (benchUsers). */
      readonly toDocument: (row: Record<string, unknown>, scope: PullScope) => unknown;
    }
);

const pullSources: Readonly<Record<PullCollection, PullSource>> = {
  skus: {
    table: 'skus',
    scope: 'all',
    kind: 'mapped',
    columns: 'id, gtin, internal_code, name, bin, updated_at',
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
    scope: 'warehouse',
    kind: 'mapped',
    columns: 'warehouse_id, sku_id, on_hand, reserved, safety, updated_at',
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
  pickLists: { table: 'pick_lists', scope: 'warehouse', kind: 'stored' },
  orders: { table: 'orders', scope: 'warehouse', kind: 'stored' },
  commandResults: {
    table: 'command_results',
    scope: 'station',
    kind: 'mapped',
    columns: 'command_id, status, code, message, at',
    toDocument: (row) =>
      ({
        commandId: textOf(row.command_id),
        status: commandResultSchema.shape.status.parse(row.status),
        ...(row.code === null ? {} : { code: rejectionCodeSchema.parse(row.code) }),
        ...(row.message === null ? {} : { message: textOf(row.message) }),
        at: isoOf(row.at),
      }) satisfies CommandResult,
  },
  // Every station pulls every person; PIN hashes go only to their own warehouse's (the auth feature).
  benchUsers: {
    table: 'users',
    scope: 'all',
    kind: 'mapped',
    columns: benchUserPullColumns,
    toDocument: (row, scope) => benchUserDocument(row, scope.warehouseId),
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
export async function pullPage(
  database: HubDatabase,
  collection: PullCollection,
  scope: PullScope,
  checkpoint: SyncCheckpoint | null,
  limit: number,
): Promise<PulledPage> {
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
  // Table and column names come from the fixed table above, never from the request. The ORDER BY
  // names the table's columns: ordering by text would sort '10000' before '9999', skip and repeat
  // rows.
  const page = (columns: string) =>
    `select ${columns}
       from ${source.table}
      where ${scopeCondition} (change_txid, change_seq) > ($1::xid8, $2::bigint)
        and change_txid < pg_snapshot_xmin(pg_current_snapshot())
      order by ${source.table}.change_txid, ${source.table}.change_seq
      limit $3`;
  return database.transaction(async (tx) => {
    await walkChangeIndex(tx);
    if (source.kind === 'mapped') {
      const rows = await tx.query(
        page(`${source.columns}, change_txid::text as checkpoint_txid, change_seq::text as checkpoint_seq`),
        params,
      );
      const last = rows.at(-1);
      return {
        documentsJson: JSON.stringify(rows.map((row) => source.toDocument(row, scope))),
        count: rows.length,
        checkpoint: last === undefined ? checkpoint : checkpointOf(last.checkpoint_txid, last.checkpoint_seq),
      };
    }
    // One row for the page: its documents as one JSON array, and where it ended. Every aggregate
    // takes its rows in the page's order.
    const [row] = await tx.query<{
      documents: string | null;
      count: number;
      last_txid: string | null;
      last_seq: string | null;
    }>(
      `select json_agg(page.doc order by page.change_txid, page.change_seq)::text as documents,
              count(*)::int as count,
              (array_agg(page.change_txid::text order by page.change_txid, page.change_seq))[count(*)] as last_txid,
              (array_agg(page.change_seq::text order by page.change_txid, page.change_seq))[count(*)] as last_seq
         from (${page('doc, change_txid, change_seq')}) as page`,
      params,
    );
    if (row === undefined || row.count === 0) return { documentsJson: '[]', count: 0, checkpoint };
    return {
      documentsJson: row.documents ?? '[]',
      count: row.count,
      checkpoint: checkpointOf(row.last_txid, row.last_seq),
    };
  });
}

/** {@link pullPage} with its documents parsed, for callers inside the hub and tests. */
export async function pullChanges(
  database: HubDatabase,
  collection: PullCollection,
  scope: PullScope,
  checkpoint: SyncCheckpoint | null,
  limit: number,
): Promise<PullResponse> {
  const page = await pullPage(database, collection, scope, checkpoint, limit);
  return { documents: JSON.parse(page.documentsJson) as unknown[], checkpoint: page.checkpoint };
}

/** The body of a pull answer, built around the page's JSON instead of parsing it again. */
export function pullResponseJson(page: PulledPage): string {
  return `{"documents":${page.documentsJson},"checkpoint":${JSON.stringify(page.checkpoint)}}`;
}

/**
 * Makes the pull walk the change index from the checkpoint, whatever the planner's statistics
 * say. PGlite never analyzes on its own (it has no autovacuum): on a table that was never
 * analyzed the planner guesses a page matches a few hundred rows and reads and sorts every row
 * after the checkpoint instead, for each page — 1.5 s per page of 2,000 at 100,000 orders, and
 * an initial sync that grows with the square of the table. With sorting off, the index walk is
 * the only plan left: it reads the page's rows in order and stops at the limit.
 */
async function walkChangeIndex(tx: SqlRunner): Promise<void> {
  await tx.query("select set_config('enable_sort', 'off', true)");
}

function checkpointOf(txid: unknown, seq: unknown): SyncCheckpoint {
  return { txid: textOf(txid), seq: Number(textOf(seq)) };
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
