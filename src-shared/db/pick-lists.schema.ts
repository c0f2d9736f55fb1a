import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

const pickListsSchemaLiteral = {
  title: 'pickLists',
  description: 'Pick lists (batches picked in one bin walk) of this station’s warehouse (hub-owned).',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    warehouseId: { type: 'string', maxLength: 64 },
    /** Printed on the list and on the tote (`PL-20261202-0042`); a scan of it finds the list. */
    code: { type: 'string', maxLength: 32 },
    status: { type: 'string', enum: ['open', 'picking', 'done'], maxLength: 8 },
    orderIds: { type: 'array', items: { type: 'string', maxLength: 64 } },
    createdAt: { type: 'string', format: 'date-time', maxLength: 32 },
    updatedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: ['id', 'warehouseId', 'code', 'status', 'orderIds', 'createdAt', 'updatedAt'],
  indexes: ['code', ['status', 'createdAt']],
  additionalProperties: false,
} as const;

/** A pick list as the station stores it. */
export type PickListDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof pickListsSchemaLiteral>;

/** The `pickLists` collection's schema (pull-only). */
export const pickListsSchema: RxJsonSchema<PickListDoc> = pickListsSchemaLiteral;
