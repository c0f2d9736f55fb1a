import type { MigrationStrategies } from 'rxdb';
import type { OrderDocV0 } from './orders-v0.schema';
import type { OrderDoc } from './orders.schema';

/**
 * Statuses a v0 order can only have reached after picking. Frozen with the migration: it describes
 * the data version 0 held, not today's status vocabulary.
 */
const pickedOrLaterStatusesV0: ReadonlySet<string> = new Set(['picked', 'packed', 'shipped']);

/**
 * v0 → v1: adds `pickedAt`. Version 0 did not record when an order was picked, so an order already
 * past picking gets its last update time — the latest moment picking can have finished — and an
 * order not yet picked gets none.
 */
export function migrateOrderV0ToV1(doc: OrderDocV0): OrderDoc {
  if (!pickedOrLaterStatusesV0.has(doc.status)) return doc;
  return { ...doc, pickedAt: doc.updatedAt };
}

/** Migration strategies of `orders`, keyed by the version each one produces. */
export const ordersMigrationStrategies: MigrationStrategies = {
  // RxDB hands strategies untyped documents; version 0 documents are what its schema allowed.
  1: (doc: OrderDocV0) => migrateOrderV0ToV1(doc),
};
