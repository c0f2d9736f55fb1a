import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { ordersSchemaV0Literal } from './orders-v0.schema';

/**
 * Version 1 of the `orders` collection, as released: version 0 plus `pickedAt`. Frozen: version 2
 * is built from it, and the v1 → v2 migration is tested against it. Never edit it; add a version.
 */
export const ordersSchemaV1Literal = {
  ...ordersSchemaV0Literal,
  version: 1,
  properties: {
    ...ordersSchemaV0Literal.properties,
    pickedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
} as const;

/** An order document as version 1 stored it. */
export type OrderDocV1 = ExtractDocumentTypeFromTypedRxJsonSchema<typeof ordersSchemaV1Literal>;

/** The released version 1 of the `orders` schema. */
export const ordersSchemaV1: RxJsonSchema<OrderDocV1> = ordersSchemaV1Literal;
