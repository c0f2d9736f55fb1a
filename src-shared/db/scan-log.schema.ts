import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

const scanLogSchemaLiteral = {
  title: 'scanLog',
  description: 'Every scan this station received, for troubleshooting scanners (local-only).',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 26 },
    code: { type: 'string' },
    /** AIM symbology identifier when the scanner sent one (`]C1`, `]E0`, …). */
    symbology: { type: 'string', maxLength: 8 },
    /** Which device produced it (`keyboard-wedge`, `usb-hid:<id>`, …). */
    source: { type: 'string', maxLength: 128 },
    actorId: { type: 'string', maxLength: 64 },
    at: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: ['id', 'code', 'source', 'at'],
  indexes: ['at'],
  additionalProperties: false,
} as const;

/** One received scan. */
export type ScanLogDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof scanLogSchemaLiteral>;

/** The `scanLog` collection's schema (local-only). */
export const scanLogSchema: RxJsonSchema<ScanLogDoc> = scanLogSchemaLiteral;
