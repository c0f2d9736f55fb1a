import type { StockEffect } from '../../../src-shared/domain';
import { unreachable } from '../../../src-shared/errors';
import type { SqlRunner } from '../../db';

/** One stock row a transaction reads, by (warehouse, SKU). */
export type StockKey = { readonly warehouseId: string; readonly skuId: string };

/** Units added to (negative: taken from) one row's on hand and reserved counts. */
export type StockMove = StockKey & { readonly onHand: number; readonly reserved: number };

/**
 * The stock rows one transaction has locked, with the units it has moved so far. A command batch
 * checks and applies its commands' stock effects against it in memory, allocation its
 * reservations; the whole movement is written at the end in one guarded statement.
 *
 * Why not one guarded UPDATE per effect: a batch ships many orders of the same best sellers, and
 * every update of a row in one transaction leaves a version the next update of that row must step
 * over; with the change-position index no update is HOT, so each one also adds index entries.
 * Shipping 300 orders cost 5.6 ms per stock statement on PGlite that way.
 */
export type StockLedger = {
  /**
   * Locks and reads the rows not held yet, in (warehouse, SKU) order — the order every stock
   * writer locks in, so transactions sharing SKUs queue instead of deadlocking. A row that does
   * not exist reads as zero units.
   */
  hold(tx: SqlRunner, keys: readonly StockKey[]): Promise<void>;
  /**
   * Applies `moves` all or nothing: answers the first move that would take on hand, reserved or
   * available below zero (nothing is applied then), or null when all were applied. Every row
   * must be held.
   */
  tryMove(moves: readonly StockMove[]): StockMove | null;
  /** Writes what moved, in one guarded statement; true when anything changed. */
  flush(tx: SqlRunner, now: Date): Promise<boolean>;
};

type HeldRow = { onHand: number; reserved: number; deltaOnHand: number; deltaReserved: number };

/** Creates an empty {@link StockLedger} for one transaction. */
export function createStockLedger(): StockLedger {
  const rows = new Map<string, HeldRow>();

  return {
    async hold(tx, keys) {
      const missing = new Map<string, StockKey>();
      for (const key of keys) if (!rows.has(keyOf(key))) missing.set(keyOf(key), key);
      if (missing.size === 0) return;
      const wanted = [...missing.values()];
      const locked = await tx.query<{
        warehouse_id: string;
        sku_id: string;
        on_hand: number;
        reserved: number;
      }>(
        `select warehouse_id, sku_id, on_hand, reserved from stock
          where (warehouse_id, sku_id) in (select * from unnest($1::text[], $2::text[]))
          order by warehouse_id collate "C", sku_id collate "C"
          for update`,
        [wanted.map((key) => key.warehouseId), wanted.map((key) => key.skuId)],
      );
      for (const key of missing.keys())
        rows.set(key, { onHand: 0, reserved: 0, deltaOnHand: 0, deltaReserved: 0 });
      for (const row of locked) {
        const held = rows.get(keyOf({ warehouseId: row.warehouse_id, skuId: row.sku_id }));
        if (held !== undefined) {
          held.onHand = Number(row.on_hand);
          held.reserved = Number(row.reserved);
        }
      }
    },

    tryMove(moves) {
      const held = moves.map((move) => {
        const row = rows.get(keyOf(move));
        if (row === undefined) throw new Error(`Stock of ${move.skuId} was not held before use`);
        return { move, row };
      });
      // Check everything before touching anything; one SKU may appear in several moves.
      const after = new Map<HeldRow, { onHand: number; reserved: number }>();
      for (const { move, row } of held) {
        const current = after.get(row) ?? currentUnits(row);
        const next = { onHand: current.onHand + move.onHand, reserved: current.reserved + move.reserved };
        if (next.onHand < 0 || next.reserved < 0 || next.onHand - next.reserved < 0) return move;
        after.set(row, next);
      }
      for (const { move, row } of held) {
        row.deltaOnHand += move.onHand;
        row.deltaReserved += move.reserved;
      }
      return null;
    },

    async flush(tx, now) {
      const changed = [...rows].filter(([, row]) => row.deltaOnHand !== 0 || row.deltaReserved !== 0);
      if (changed.length === 0) return false;
      const keys = changed.map(([key]) => splitKey(key));
      const updated = await tx.query(
        `update stock
            set on_hand = stock.on_hand + moved.on_hand, reserved = stock.reserved + moved.reserved, updated_at = $5
           from unnest($1::text[], $2::text[], $3::int[], $4::int[]) as moved (warehouse_id, sku_id, on_hand, reserved)
          where stock.warehouse_id = moved.warehouse_id and stock.sku_id = moved.sku_id
            and stock.on_hand + moved.on_hand >= 0 and stock.reserved + moved.reserved >= 0
            and (stock.on_hand + moved.on_hand) - (stock.reserved + moved.reserved) >= 0
          returning stock.sku_id`,
        [
          keys.map((key) => key.warehouseId),
          keys.map((key) => key.skuId),
          changed.map(([, row]) => row.deltaOnHand),
          changed.map(([, row]) => row.deltaReserved),
          now,
        ],
      );
      // The rows are locked and were checked in memory; a row refusing its part means the ledger
      // and the table disagree, and only failing the transaction keeps stock right.
      if (updated.length !== changed.length) {
        throw new Error(`Stock write moved ${updated.length} of ${changed.length} rows`);
      }
      for (const [, row] of changed) {
        row.onHand += row.deltaOnHand;
        row.reserved += row.deltaReserved;
        row.deltaOnHand = 0;
        row.deltaReserved = 0;
      }
      return true;
    },
  };
}

/** What a command's stock effect does to its row. */
export function moveOf(effect: StockEffect): StockMove {
  const { warehouseId, skuId, qty } = effect;
  switch (effect.kind) {
    // Shipping: the reserved units leave the building.
    case 'confirm':
      return { warehouseId, skuId, onHand: -qty, reserved: -qty };
    // Cancelling: the reservation goes back to available.
    case 'release':
      return { warehouseId, skuId, onHand: 0, reserved: -qty };
    default:
      return unreachable(effect);
  }
}

function currentUnits(row: HeldRow): { onHand: number; reserved: number } {
  return { onHand: row.onHand + row.deltaOnHand, reserved: row.reserved + row.deltaReserved };
}

function keyOf(key: StockKey): string {
  return `${key.warehouseId}\u0000${key.skuId}`;
}

function splitKey(key: string): StockKey {
  const [warehouseId = '', skuId = ''] = key.split('\u0000');
  return { warehouseId, skuId };
}
