import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

/**
 * Version 0 of the `orders` collection, as released. Frozen: later versions are built from it, and
 * the v0 → v1 migration is tested against a real v0 database. Never edit it; add a version instead.
 */
export const ordersSchemaV0Literal = {
  title: 'orders',
  description: 'Orders of this station’s warehouse, pulled from the hub (hub-owned, read-only here).',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    platform: { type: 'string', maxLength: 32 },
    platformOrderNo: { type: 'string', maxLength: 128 },
    status: { type: 'string', maxLength: 32 },
    warehouseId: { type: 'string', maxLength: 64 },
    buyer: {
      type: 'object',
      properties: { name: { type: 'string' }, phone: { type: 'string' } },
      required: ['name', 'phone'],
      additionalProperties: false,
    },
    address: {
      type: 'object',
      properties: {
        province: { type: 'string' },
        city: { type: 'string' },
        district: { type: 'string' },
        detail: { type: 'string' },
      },
      required: ['province', 'city', 'district', 'detail'],
      additionalProperties: false,
    },
    lines: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          skuId: { type: 'string' },
          qty: { type: 'integer', minimum: 1 },
          priceFen: { type: 'integer', minimum: 0 },
        },
        required: ['skuId', 'qty', 'priceFen'],
        additionalProperties: false,
      },
    },
    totalFen: { type: 'integer', minimum: 0 },
    currency: { type: 'string', maxLength: 3 },
    holds: {
      type: 'array',
      items: {
        type: 'object',
        properties: { reason: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
        required: ['reason', 'at'],
        additionalProperties: false,
      },
    },
    updatedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: [
    'id',
    'platform',
    'platformOrderNo',
    'status',
    'warehouseId',
    'buyer',
    'address',
    'lines',
    'totalFen',
    'currency',
    'holds',
    'updatedAt',
  ],
  indexes: ['status', ['warehouseId', 'status'], 'updatedAt', ['platform', 'platformOrderNo']],
  additionalProperties: false,
} as const;

/** An order document as version 0 stored it. */
export type OrderDocV0 = ExtractDocumentTypeFromTypedRxJsonSchema<typeof ordersSchemaV0Literal>;

/** The released version 0 of the `orders` schema. */
export const ordersSchemaV0: RxJsonSchema<OrderDocV0> = ordersSchemaV0Literal;
