import { z } from 'zod';
import { channel } from '../../bridge/contract';
import {
  carrierCodes,
  exceptionKinds,
  holdSchema,
  orderExceptionSchema,
  orderStatuses,
  platforms,
  shippingLabelSchema,
} from '../../domain';

/** One line of the order on the bench, with what the packer needs to find and verify it. */
export const packLineSchema = z.object({
  skuId: z.string(),
  name: z.string(),
  internalCode: z.string(),
  gtin: z.string().optional(),
  bin: z.string().optional(),
  qty: z.number().int().positive(),
  scannedQty: z.number().int().nonnegative(),
});

/** A line on the pack screen. */
export type PackLine = z.infer<typeof packLineSchema>;

/** Where the label of the order is: nothing yet, in the printer's queue, out of the printer, stuck. */
export const labelStates = ['none', 'queued', 'printing', 'waiting', 'printed', 'failed'] as const;

/** The order on the bench, optimistic view, lines in bin-walk order. */
export const packOrderSchema = z.object({
  orderId: z.string(),
  /** `ORD-<id>`, as printed on the pick list. */
  code: z.string(),
  platform: z.enum(platforms),
  platformOrderNo: z.string(),
  status: z.enum(orderStatuses),
  buyerName: z.string(),
  city: z.string(),
  lines: z.array(packLineSchema),
  holds: z.array(holdSchema),
  exceptions: z.array(orderExceptionSchema),
  waybill: z
    .object({ carrier: z.enum(carrierCodes), carrierName: z.string(), trackingNo: z.string() })
    .nullable(),
  label: shippingLabelSchema.nullable(),
  labelState: z.enum(labelStates),
  /** Why the label is stuck (printer out of paper, unreachable…); null when it is not. */
  labelProblem: z.string().nullable(),
  /** True while commands made here for this order wait for the hub. */
  isPending: z.boolean(),
  /** The pick list the order is on, with its place in the walk (1-based). */
  pickList: z
    .object({ id: z.string(), code: z.string(), position: z.number().int(), count: z.number().int() })
    .nullable(),
});

/** The order on the bench. */
export type PackOrder = z.infer<typeof packOrderSchema>;

/** Why the bench refused a scan; the UI turns each into a sentence readable from two metres. */
export const packRefusals = [
  'wrong_item',
  'over_scan',
  'unreadable',
  'unknown_code',
  'no_such_order',
  'held',
  'wrong_status',
  'cancelled',
  'no_order_open',
  'no_waybill',
  'tracking_mismatch',
  'not_packed',
  'not_allowed',
] as const;

/** One of {@link packRefusals}. */
export type PackRefusal = (typeof packRefusals)[number];

/**
 * What one scan did. `opened`: the scan opened an order (or the next of a pick list); `counted`:
 * the right item, counted; `packed`: that item completed the order — packed, label queued;
 * `shipped`: the parcel was scanned out, with the next order of its pick list when there is one;
 * `exception`: an exception barcode reported a problem (the order is held for the back office);
 * `closed`: the packer left the order; `reprinted`: the label is queued again; `refused`: nothing
 * changed, and why — loud on the screen.
 */
export const packVerdictSchema = z.discriminatedUnion('verdict', [
  z.object({ verdict: z.literal('opened'), order: packOrderSchema }),
  z.object({ verdict: z.literal('counted'), order: packOrderSchema, skuId: z.string() }),
  z.object({ verdict: z.literal('packed'), order: packOrderSchema }),
  z.object({ verdict: z.literal('shipped'), order: packOrderSchema, nextOrderId: z.string().nullable() }),
  z.object({ verdict: z.literal('exception'), order: packOrderSchema, kind: z.enum(exceptionKinds) }),
  z.object({ verdict: z.literal('closed') }),
  z.object({ verdict: z.literal('reprinted'), order: packOrderSchema }),
  z.object({
    verdict: z.literal('refused'),
    reason: z.enum(packRefusals),
    /** Specifics in English for logs and the needs-attention list; the screen shows `reason`. */
    message: z.string(),
    /** The code as read, so the packer sees what the scanner sent. */
    scanned: z.string(),
    /** The order still open (unchanged), if any. */
    order: packOrderSchema.nullable(),
  }),
]);

/** What one scan did. */
export type PackVerdict = z.infer<typeof packVerdictSchema>;

/** A scan at the bench, with the order the screen has open (null: waiting for an order). */
export const packScanSchema = z.object({
  code: z.string().max(2000),
  symbology: z.string().max(8).optional(),
  openOrderId: z.string().max(64).nullable(),
});

/** A pick list on this station, with its progress. */
export const packPickListSchema = z.object({
  id: z.string(),
  code: z.string(),
  orderCount: z.number().int(),
  /** Orders packed, shipped or cancelled. */
  doneCount: z.number().int(),
  /** The first order of the walk still to pack; null when the list is done. */
  nextOrderId: z.string().nullable(),
});

/** What the bench shows while no order is open. */
export const packQueueSchema = z.object({
  /** The oldest pick lists with orders left to pack, at most {@link shownPickLists}. */
  pickLists: z.array(packPickListSchema),
  /** True when more pick lists than these have orders left. */
  hasMorePickLists: z.boolean(),
  /** Packed orders whose label has not been printed: the batch-print button's count. */
  unlabelledCount: z.number().int(),
  /** Last time the station pulled every hold from the hub; null when never. */
  holdsCheckedAt: z.iso.datetime().nullable(),
});

/** How many pick lists the bench shows while waiting: a packer takes the oldest, not the 200th. */
export const shownPickLists = 12;

/** The bench's queue. */
export type PackQueue = z.infer<typeof packQueueSchema>;

/** Bridge channels of the pack feature. */
export const packChannels = {
  /** Every scan at the bench goes here; main decides by the open order what it means. */
  'pack.scan': channel(packScanSchema, packVerdictSchema),
  'pack.order': channel(z.object({ orderId: z.string().min(1).max(64) }), packOrderSchema.nullable()),
  'pack.queue': channel(z.object({}), packQueueSchema),
  /** An exception by key instead of barcode; same effect. */
  'pack.reportException': channel(
    z.object({
      orderId: z.string().min(1).max(64),
      kind: z.enum(exceptionKinds),
      skuId: z.string().min(1).max(64).optional(),
      note: z.string().max(500).default(''),
    }),
    packVerdictSchema,
  ),
  /** Prints the label again; the ledger keeps the reason. */
  'pack.reprint': channel(
    z.object({ orderId: z.string().min(1).max(64), reason: z.string().trim().min(1).max(200) }),
    packVerdictSchema,
  ),
  /**
   * The order's shipping label as it prints, drawn as SVG for the screen (real barcodes); null when
   * the order has no waybill yet.
   */
  'pack.labelPreview': channel(
    z.object({ orderId: z.string().min(1).max(64) }),
    z.object({ svg: z.string() }).nullable(),
  ),
  /** Queues a label for every packed, unlabelled order of this station's warehouse, in pick-path order. */
  'pack.batchPrint': channel(z.object({}), z.object({ queued: z.number().int() })),
};

/** A pick list on this station. */
export type PackPickList = z.infer<typeof packPickListSchema>;
