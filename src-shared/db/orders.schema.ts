import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { ordersSchemaV2Literal } from './orders-v2.schema';

/**
 * The current `orders` schema. Version 3 adds the waybill the hub reserves at allocation (carrier
 * and tracking number, so a pack bench prints labels offline) and the indexes the pack bench and
 * the status queues read by: orders of one pick list, and one warehouse's orders in a status by
 * last change. Schemas are additive once released: a new version copies the previous one and adds
 * fields, and `orders.migrations.ts` turns old documents into new.
 */
const ordersSchemaLiteral = {
  ...ordersSchemaV2Literal,
  version: 3,
  properties: {
    ...ordersSchemaV2Literal.properties,
    waybill: {
      type: ['object', 'null'],
      properties: {
        carrier: { type: 'string', maxLength: 8 },
        trackingNo: { type: 'string', maxLength: 64 },
      },
      required: ['carrier', 'trackingNo'],
      additionalProperties: false,
    },
    // Indexed fields must be required strings: an order on no pick list stores ''.
    pickListKey: { type: 'string', maxLength: 64 },
  },
  required: [...ordersSchemaV2Literal.required, 'waybill', 'pickListKey'],
  indexes: [...ordersSchemaV2Literal.indexes, 'pickListKey', ['warehouseId', 'status', 'updatedAt']],
} as const;

/** An order as the station stores it: hub-owned, pulled, never edited in place here. */
export type OrderDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof ordersSchemaLiteral>;

/** The `orders` collection's current schema (version 3). */
export const ordersSchema: RxJsonSchema<OrderDoc> = ordersSchemaLiteral;
