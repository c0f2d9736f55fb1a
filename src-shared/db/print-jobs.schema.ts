import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

const printJobsSchemaLiteral = {
  title: 'printJobs',
  description: 'This station’s print queue and print ledger (local-only, never replicated).',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 26 },
    printerId: { type: 'string', maxLength: 64 },
    /** Label or slip template that renders `data`. */
    templateId: { type: 'string', maxLength: 64 },
    data: { type: 'object' },
    copies: { type: 'integer', minimum: 1 },
    status: { type: 'string', enum: ['queued', 'sending', 'done', 'failed'], maxLength: 8 },
    attempts: { type: 'integer', minimum: 0 },
    lastError: { type: 'string' },
    orderId: { type: 'string', maxLength: 64 },
    /** Why a label was printed again; present only on reprints (the ledger asks for it). */
    reprintReason: { type: 'string' },
    actorId: { type: 'string', maxLength: 64 },
    createdAt: { type: 'string', format: 'date-time', maxLength: 32 },
    updatedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: [
    'id',
    'printerId',
    'templateId',
    'data',
    'copies',
    'status',
    'attempts',
    'actorId',
    'createdAt',
    'updatedAt',
  ],
  indexes: [['status', 'createdAt'], 'createdAt'],
  additionalProperties: false,
} as const;

/** One print job. */
export type PrintJobDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof printJobsSchemaLiteral>;

/** The `printJobs` collection's schema (local-only). */
export const printJobsSchema: RxJsonSchema<PrintJobDoc> = printJobsSchemaLiteral;
