import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { ordersSchemaV0Literal } from './orders-v0.schema';

/**
 * The current `orders` schema. Version 1 adds `pickedAt` (when the order's last line was picked).
 * Schemas are additive once released: a new version copies the previous one and adds fields, and
 * `orders.migrations.ts` turns old documents into new ones.
 */
const ordersSchemaLiteral = {
  ...ordersSchemaV0Literal,
  version: 1,
  properties: {
    ...ordersSchemaV0Literal.properties,
    pickedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
} as const;

/** An order as the station stores it: hub-owned, pulled, never edited in place here. */
export type OrderDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof ordersSchemaLiteral>;

/** The `orders` collection's current schema (version 1). */
export const ordersSchema: RxJsonSchema<OrderDoc> = ordersSchemaLiteral;
