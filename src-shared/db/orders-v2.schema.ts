import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { ordersSchemaV1Literal } from './orders-v1.schema';

const v1 = ordersSchemaV1Literal.properties;

const nullableTime = { type: ['string', 'null'], format: 'date-time', maxLength: 32 } as const;

/**
 * Version 2 of the `orders` collection, as released. Frozen: version 3 is built from it. Never edit
 * it; add a version. Version 2 holds the whole order as the hub owns it (the domain
 * `Order`): scan progress per line, hold and exception details, the shipping label, the pick list,
 * money split into items, shipping and discount, the milestones of its life, and the commands
 * already applied to it. Fields that are
 * "not yet" are null, as in the domain model. Schemas are additive once released: a new version
 * copies the previous one and adds fields, and `orders.migrations.ts` turns old documents into new.
 */
export const ordersSchemaV2Literal = {
  ...ordersSchemaV1Literal,
  version: 2,
  properties: {
    ...v1,
    address: {
      ...v1.address,
      properties: { ...v1.address.properties, postalCode: { type: 'string', maxLength: 12 } },
    },
    lines: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...v1.lines.items.properties,
          /** Units verified by scan at the pack bench so far. */
          scannedQty: { type: 'integer', minimum: 0 },
        },
        required: ['skuId', 'qty', 'priceFen', 'scannedQty'],
        additionalProperties: false,
      },
    },
    holds: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...v1.holds.items.properties,
          /** The id of the command that placed the hold; a release names it. */
          id: { type: 'string', maxLength: 64 },
          note: { type: 'string' },
          by: { type: 'string', maxLength: 64 },
        },
        required: ['id', 'reason', 'note', 'by', 'at'],
        additionalProperties: false,
      },
    },
    itemsFen: { type: 'integer', minimum: 0 },
    shippingFen: { type: 'integer', minimum: 0 },
    discountFen: { type: 'integer', minimum: 0 },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', maxLength: 64 },
          kind: { type: 'string', maxLength: 32 },
          skuId: { type: 'string', maxLength: 64 },
          note: { type: 'string' },
          by: { type: 'string', maxLength: 64 },
          at: { type: 'string', format: 'date-time' },
        },
        required: ['id', 'kind', 'note', 'by', 'at'],
        additionalProperties: false,
      },
    },
    label: {
      type: ['object', 'null'],
      properties: {
        carrier: { type: 'string', maxLength: 32 },
        trackingNo: { type: 'string', maxLength: 64 },
        printedAt: { type: 'string', format: 'date-time' },
        by: { type: 'string', maxLength: 64 },
      },
      required: ['carrier', 'trackingNo', 'printedAt', 'by'],
      additionalProperties: false,
    },
    pickListId: { type: ['string', 'null'], maxLength: 64 },
    /** When the buyer paid (platform time, UTC): the order list sorts by it. */
    paidAt: { type: 'string', format: 'date-time', maxLength: 32 },
    packedAt: nullableTime,
    shippedAt: nullableTime,
    cancelledAt: nullableTime,
    cancelReason: { type: ['string', 'null'] },
    /** Commands the hub already applied to this order: the optimistic view never applies them twice. */
    appliedCommandIds: { type: 'array', items: { type: 'string', maxLength: 26 } },
  },
  required: [
    ...ordersSchemaV1Literal.required,
    'itemsFen',
    'shippingFen',
    'discountFen',
    'exceptions',
    'label',
    'pickListId',
    'paidAt',
    'packedAt',
    'shippedAt',
    'cancelledAt',
    'cancelReason',
    'appliedCommandIds',
  ],
  // The order list pages newest payment first, in one status or across all of them.
  indexes: [...ordersSchemaV1Literal.indexes, 'paidAt', ['status', 'paidAt']],
} as const;

/** An order document as version 2 stored it. */
export type OrderDocV2 = ExtractDocumentTypeFromTypedRxJsonSchema<typeof ordersSchemaV2Literal>;

/** The released version 2 of the `orders` schema. */
export const ordersSchemaV2: RxJsonSchema<OrderDocV2> = ordersSchemaV2Literal;
