import type { Clock } from '../../clock';
import { type HubDatabase, type SqlRunner, transactionWithRetry } from '../../db';
import type { Logger } from '../../logging';
import type { ChangeBus, ChangeNote } from '../changes';
import { allocateOrders, type CandidateRow, candidateColumns, candidateOfRow } from './allocation';

/** Orders allocated per transaction by {@link StockService.allocatePending}. */
const allocationChunk = 500;

/** What one allocation run did. */
export type AllocationReport = {
  readonly allocated: number;
  /** Orders left imported because some SKU was short. */
  readonly short: number;
};

type WaitingOrder = { readonly paidAt: Date; readonly id: string };

type WaitingRow = CandidateRow & { paid_at: Date };

type ChunkReport = AllocationReport & {
  readonly taken: number;
  readonly last: WaitingOrder | null;
  readonly notes: readonly ChangeNote[];
};

/**
 * Allocates the next `take` imported orders after `after` in one transaction. Orders another hub
 * is allocating right now are skipped (SKIP LOCKED), not waited for.
 */
async function allocateChunk(
  tx: SqlRunner,
  after: WaitingOrder | null,
  take: number,
  now: Date,
): Promise<ChunkReport> {
  // Two spellings, so each can use the partial index on (paid_at, id) of imported orders.
  const waiting =
    after === null
      ? await tx.query<WaitingRow>(
          `select ${candidateColumns}, paid_at from orders where status = 'imported'
            order by paid_at, id limit $1 for update skip locked`,
          [take],
        )
      : await tx.query<WaitingRow>(
          `select ${candidateColumns}, paid_at from orders
            where status = 'imported' and (paid_at, id) > ($1, $2)
            order by paid_at, id limit $3 for update skip locked`,
          [after.paidAt, after.id, take],
        );
  const { allocatedIds, short } = await allocateOrders(tx, waiting.map(candidateOfRow), now);
  const allocated = new Set(allocatedIds);
  const warehouses = new Set(waiting.filter((row) => allocated.has(row.id)).map((row) => row.warehouse_id));
  const last = waiting.at(-1);
  return {
    allocated: allocatedIds.length,
    short: short.length,
    taken: waiting.length,
    last: last === undefined ? null : { paidAt: last.paid_at, id: last.id },
    notes: [...warehouses].flatMap((warehouseId) => [
      { collection: 'orders' as const, warehouseId },
      { collection: 'stock' as const, warehouseId },
    ]),
  };
}

/** Stock work that runs outside commands. */
export type StockService = {
  /**
   * Allocates up to `limit` imported orders, oldest payment first. Orders that find stock short
   * stay imported for the next run. Several hubs may run it at once: each skips orders another is
   * allocating.
   */
  allocatePending(limit: number): Promise<AllocationReport>;
};

export type StockServiceDeps = {
  readonly database: HubDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly changes: ChangeBus;
};

/** Creates the {@link StockService}. */
export function createStockService(deps: StockServiceDeps): StockService {
  return {
    async allocatePending(limit) {
      let allocated = 0;
      let short = 0;
      let taken = 0;
      // Walk the waiting orders by (paid_at, id) with a cursor, so orders that stay short are not
      // taken again in the same run.
      let after: WaitingOrder | null = null;
      while (taken < limit) {
        const take = Math.min(allocationChunk, limit - taken);
        const chunk = await transactionWithRetry(
          deps.database,
          (tx) => allocateChunk(tx, after, take, new Date(deps.clock.now())),
          (error, attempt) => deps.logger.warn({ err: error, attempt }, 'allocation conflicted; retrying'),
        );
        deps.changes.publish(chunk.notes);
        allocated += chunk.allocated;
        short += chunk.short;
        taken += chunk.taken;
        if (chunk.last === null || chunk.taken < take) break;
        after = chunk.last;
      }
      if (allocated + short > 0) deps.logger.info({ allocated, short }, 'allocated waiting orders');
      return { allocated, short };
    },
  };
}
