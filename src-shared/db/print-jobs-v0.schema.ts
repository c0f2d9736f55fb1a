import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

/**
 * Version 0 of the `printJobs` collection, as released. Frozen: version 1 is built from it, and the
 * v0 → v1 migration is tested against it. Never edit it; add a version.
 */
export const printJobsSchemaV0Literal = {
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

/** A print job as version 0 stored it. */
export type PrintJobDocV0 = ExtractDocumentTypeFromTypedRxJsonSchema<typeof printJobsSchemaV0Literal>;

/** The released version 0 of the `printJobs` schema. */
export const printJobsSchemaV0: RxJsonSchema<PrintJobDocV0> = printJobsSchemaV0Literal;
