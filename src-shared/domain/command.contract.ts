import { z } from 'zod';
import { roleSchema } from '../features/auth';
import { addressSchema, exceptionKinds, holdReasons, type Order } from './order.model';
import type { StockEffect } from './stock.model';

/**
 * Every change a person makes is a command: immutable, made on the station with a ULID, pushed to
 * the hub, applied there once in one transaction by the same reducer the station uses for its
 * optimistic view.
 */
export const commandPayloadSchemas = {
  /** A packer scanned one item of an order (qty > 1 for a case scan). */
  'item.scanned': z.object({
    orderId: z.string().min(1).max(64),
    skuId: z.string().min(1).max(64),
    qty: z.number().int().positive().max(1000),
  }),
  /** Every line verified; the parcel is closed. */
  'order.packed': z.object({ orderId: z.string().min(1).max(64) }),
  /** The shipping label came out of the printer. */
  'label.printed': z.object({
    orderId: z.string().min(1).max(64),
    carrier: z.string().min(1).max(32),
    trackingNo: z.string().min(1).max(64),
  }),
  /** The parcel was scanned out; stock is confirmed at the hub. */
  'parcel.shipped': z.object({
    orderId: z.string().min(1).max(64),
    trackingNo: z.string().min(1).max(64),
  }),
  /**
   * Something went wrong at the bench. `no_such_order` names the scanned code instead of an order;
   * the other kinds hold the order for the back office.
   */
  'exception.reported': z.object({
    kind: z.enum(exceptionKinds),
    orderId: z.string().min(1).max(64).optional(),
    scannedCode: z.string().max(200).optional(),
    skuId: z.string().min(1).max(64).optional(),
    note: z.string().max(500),
  }),
  /** A person holds an order: it cannot be packed, labelled or shipped anywhere until released. */
  'order.held': z.object({
    orderId: z.string().min(1).max(64),
    reason: z.enum(holdReasons),
    note: z.string().max(500),
  }),
  /** Releases one hold by its id. */
  'order.released': z.object({
    orderId: z.string().min(1).max(64),
    holdId: z.string().min(1).max(64),
  }),
  /** Corrects the delivery address before a label is printed. */
  'order.addressEdited': z.object({
    orderId: z.string().min(1).max(64),
    address: addressSchema,
  }),
  /** Cancels an order that has not shipped; its reservation is released. */
  'order.cancelled': z.object({
    orderId: z.string().min(1).max(64),
    reason: z.string().min(1).max(500),
  }),
} as const;

/** Name of a command type. */
export type CommandType = keyof typeof commandPayloadSchemas;

/** Every command type, in catalogue order. */
// Object.keys widens to string[]; the keys of the literal catalogue are exactly the command types.
export const commandTypes = Object.keys(commandPayloadSchemas) as readonly CommandType[];

/** Payload of one command type. */
export type CommandPayload<T extends CommandType> = z.infer<(typeof commandPayloadSchemas)[T]>;

const commandEnvelopeFields = {
  /** ULID made on the station: unique without the hub, ordered by creation time. */
  id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  actorId: z.string().min(1).max(64),
  stationId: z.string().min(1).max(64),
  /** Station time when the person acted (UTC ISO 8601); the hub keeps its own time too. */
  clientTime: z.iso.datetime(),
};

/** A command of any type, its payload checked against its type's schema. */
export const commandSchema = z.discriminatedUnion(
  'type',
  // Spelled out so each member keeps its literal type for narrowing.
  [
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('item.scanned'),
      payload: commandPayloadSchemas['item.scanned'],
    }),
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('order.packed'),
      payload: commandPayloadSchemas['order.packed'],
    }),
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('label.printed'),
      payload: commandPayloadSchemas['label.printed'],
    }),
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('parcel.shipped'),
      payload: commandPayloadSchemas['parcel.shipped'],
    }),
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('exception.reported'),
      payload: commandPayloadSchemas['exception.reported'],
    }),
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('order.held'),
      payload: commandPayloadSchemas['order.held'],
    }),
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('order.released'),
      payload: commandPayloadSchemas['order.released'],
    }),
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('order.addressEdited'),
      payload: commandPayloadSchemas['order.addressEdited'],
    }),
    z.object({
      ...commandEnvelopeFields,
      type: z.literal('order.cancelled'),
      payload: commandPayloadSchemas['order.cancelled'],
    }),
  ],
);

/** A command. */
export type Command = z.infer<typeof commandSchema>;

/** The command of one type, narrowed (`CommandOf<'item.scanned'>`). */
export type CommandOf<T extends CommandType> = Extract<Command, { readonly type: T }>;

/**
 * The order a command is about, or null when it names none (an `exception.reported` of kind
 * `no_such_order` names the scanned code instead). The hub loads this order before applying the
 * command; a station files the command's optimistic effect under it.
 */
export function commandOrderId(command: Command): string | null {
  return command.payload.orderId ?? null;
}

/**
 * Why a command was refused. The code is the promise to the UI (it picks the translated text);
 * the message is the English fallback with the specifics.
 */
export const rejectionCodes = [
  'invalid_command',
  'forbidden_role',
  'wrong_warehouse',
  'order_not_found',
  'order_held',
  'order_cancelled',
  'order_shipped',
  'wrong_status',
  'sku_not_in_order',
  'over_scan',
  'not_fully_scanned',
  'label_missing',
  'label_already_printed',
  'tracking_mismatch',
  'hold_not_found',
  'insufficient_stock',
] as const;

/** One of {@link rejectionCodes}. */
export type RejectionCode = (typeof rejectionCodes)[number];

/** Why a command was refused: a code for the UI and an English message with the specifics. */
export type Rejection = { readonly code: RejectionCode; readonly message: string };

/** Who issued a command, as the authority checks see them. */
export const actorSchema = z.object({
  id: z.string().min(1).max(64),
  role: roleSchema,
  /** Null: every warehouse. */
  warehouseId: z.string().max(64).nullable(),
});

/** Who issued a command. */
export type Actor = z.infer<typeof actorSchema>;

/** What a reducer needs besides the order: who acts and what time it is where it runs. */
export type CommandContext = {
  readonly actor: Actor;
  /** UTC ISO 8601: hub time at the hub, station time in the station's optimistic view. */
  readonly now: string;
};

/** The outcome of applying one command. */
export type CommandOutcome =
  | {
      readonly ok: true;
      /** The order after the command; null when the command touches no order (`no_such_order`). */
      readonly order: Order | null;
      /** Stock work for the hub (empty for most commands). */
      readonly effects: readonly StockEffect[];
    }
  | { readonly ok: false; readonly code: RejectionCode; readonly message: string };

/** The hub's verdict on one command, as stations pull it. */
export const commandResultSchema = z.object({
  commandId: z.string().min(1).max(26),
  status: z.enum(['accepted', 'rejected']),
  code: z.enum(rejectionCodes).optional(),
  message: z.string().optional(),
  /** Hub time of the decision. */
  at: z.iso.datetime(),
});

/** The hub's verdict on one command. */
export type CommandResult = z.infer<typeof commandResultSchema>;
