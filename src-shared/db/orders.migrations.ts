import type { MigrationStrategies } from 'rxdb';
import type { OrderDocV0 } from './orders-v0.schema';
import type { OrderDocV1 } from './orders-v1.schema';
import type { OrderDocV2 } from './orders-v2.schema';
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
export function migrateOrderV0ToV1(doc: OrderDocV0): OrderDocV1 {
  if (!pickedOrLaterStatusesV0.has(doc.status)) return doc;
  return { ...doc, pickedAt: doc.updatedAt };
}

/**
 * Statuses of versions 0 and 1 in today's words. Frozen with the migration: `new` orders were
 * waiting for allocation (`imported`), `picked` ones were being worked (`picking`); every status
 * that already has today's name keeps it.
 */
const statusesV1ToV2: Readonly<Record<string, string>> = {
  new: 'imported',
  imported: 'imported',
  allocated: 'allocated',
  picked: 'picking',
  picking: 'picking',
  packed: 'packed',
  shipped: 'shipped',
  cancelled: 'cancelled',
};

/** Platform names of versions 0 and 1; Tmall orders come through Taobao's open platform. */
const platformsV1ToV2: Readonly<Record<string, string>> = {
  taobao: 'taobao',
  tmall: 'taobao',
  jd: 'jd',
  pinduoduo: 'pinduoduo',
  douyin: 'douyin',
  shopify: 'shopify',
  manual: 'manual',
};

/** Hold reasons of version 2; a version 1 hold gave its reason as free text. */
const holdReasonsV2: ReadonlySet<string> = new Set([
  'manual',
  'address_unclear',
  'refund_requested',
  'fraud_review',
  'stock_short',
  'exception',
]);

const doneScanningStatusesV2: ReadonlySet<string> = new Set(['packed', 'shipped']);

/**
 * v1 → v2: the whole domain order. Version 1 knew less, so the new fields are filled with what
 * can be said for sure and nothing is invented beyond it: lines of packed and shipped orders were
 * fully scanned; the total is split into items (from the lines) and the difference as shipping or
 * discount; a free-text hold reason becomes a `manual` hold with that text as its note; payment
 * time, unknown before, is the last update (the latest it can have been); milestones past the
 * order's status are dated at its last update; no command is known to be applied. Orders are hub-owned: the next pull replaces every
 * order the hub still has with its exact copy.
 */
export function migrateOrderV1ToV2(doc: OrderDocV1): OrderDocV2 {
  const status = statusesV1ToV2[doc.status] ?? 'imported';
  const isScanned = doneScanningStatusesV2.has(status);
  const itemsFen = doc.lines.reduce((sum, line) => sum + line.qty * line.priceFen, 0);
  return {
    ...doc,
    status,
    platform: platformsV1ToV2[doc.platform] ?? 'manual',
    lines: doc.lines.map((line) => ({ ...line, scannedQty: isScanned ? line.qty : 0 })),
    holds: doc.holds.map((hold, index) => {
      const isKnownReason = holdReasonsV2.has(hold.reason);
      return {
        id: `${doc.id}-hold-${index + 1}`,
        reason: isKnownReason ? hold.reason : 'manual',
        note: isKnownReason ? '' : hold.reason,
        by: '',
        at: hold.at,
      };
    }),
    itemsFen,
    shippingFen: Math.max(0, doc.totalFen - itemsFen),
    discountFen: Math.max(0, itemsFen - doc.totalFen),
    exceptions: [],
    label: null,
    pickListId: null,
    paidAt: doc.updatedAt,
    packedAt: isScanned ? doc.updatedAt : null,
    shippedAt: status === 'shipped' ? doc.updatedAt : null,
    cancelledAt: status === 'cancelled' ? doc.updatedAt : null,
    cancelReason: null,
    appliedCommandIds: [],
  };
}

/**
 * v2 → v3: adds the waybill and the pick-list key. A version 2 order was stored before hubs
 * reserved waybills, so it has none (the next pull brings the hub's); its pick-list key is its
 * pick list, or '' on none.
 */
export function migrateOrderV2ToV3(doc: OrderDocV2): OrderDoc {
  return { ...doc, waybill: null, pickListKey: doc.pickListId ?? '' };
}

/** Migration strategies of `orders`, keyed by the version each one produces. */
export const ordersMigrationStrategies: MigrationStrategies = {
  // RxDB hands strategies untyped documents; each is what the previous version's schema allowed.
  1: (doc: OrderDocV0) => migrateOrderV0ToV1(doc),
  2: (doc: OrderDocV1) => migrateOrderV1ToV2(doc),
  3: (doc: OrderDocV2) => migrateOrderV2ToV3(doc),
};
