import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

const stockSchemaLiteral = {
  title: 'stock',
  description: 'Stock of each SKU in this station’s warehouse, pulled from the hub (hub-owned).',
  version: 0,
  // One row per SKU and warehouse, as at the hub; RxDB composes `id` from the two on every write.
  primaryKey: { key: 'id', fields: ['warehouseId', 'skuId'], separator: '|' },
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 129 },
    warehouseId: { type: 'string', maxLength: 64 },
    skuId: { type: 'string', maxLength: 64 },
    onHand: { type: 'integer', minimum: 0 },
    reserved: { type: 'integer', minimum: 0 },
    /** Kept back from the channels: below it the SKU is flagged "stop selling". */
    safety: { type: 'integer', minimum: 0 },
    updatedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: ['id', 'warehouseId', 'skuId', 'onHand', 'reserved', 'safety', 'updatedAt'],
  indexes: ['skuId'],
  additionalProperties: false,
} as const;

/** Stock of one SKU in one warehouse as the station stores it. */
export type StockDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof stockSchemaLiteral>;

/** The `stock` collection's schema (pull-only). */
export const stockSchema: RxJsonSchema<StockDoc> = stockSchemaLiteral;
