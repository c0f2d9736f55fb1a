import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

const skusSchemaLiteral = {
  title: 'skus',
  description: 'Stock-keeping units of the warehouse with their barcodes and bins, pulled from the hub.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    /** GTIN-8/12/13/14 as printed, without AI prefix; absent for items without a retail barcode. */
    gtin: { type: 'string', maxLength: 14 },
    /** The warehouse's own code, printed on labels for items without a GTIN. */
    internalCode: { type: 'string', maxLength: 64 },
    name: { type: 'string' },
    bin: { type: 'string', maxLength: 32 },
    updatedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: ['id', 'internalCode', 'name', 'updatedAt'],
  // internalCode is indexed too: a scan of an internal label must not scan the whole collection.
  indexes: ['gtin', 'internalCode', 'bin'],
  additionalProperties: false,
} as const;

/** A SKU as the station stores it (hub-owned). */
export type SkuDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof skusSchemaLiteral>;

/** The `skus` collection's schema. */
export const skusSchema: RxJsonSchema<SkuDoc> = skusSchemaLiteral;
