import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { printJobsSchemaV0Literal } from './print-jobs-v0.schema';

const v0 = printJobsSchemaV0Literal.properties;

/**
 * The current `printJobs` schema (version 1): the per-printer print queue and the print ledger.
 * Version 1 adds what the queue needs to never print a job twice and what the ledger shows:
 * `uncertain` (the station stopped or the connection broke while the bytes were on their way —
 * maybe printed, a person checks) and `cancelled`; the printer language and size of what was
 * sent; when the printer took it; the spooler's request id; who settled an uncertain or cancelled
 * job. Every new field is optional: a version 0 job is a valid version 1 job as it is.
 */
const printJobsSchemaLiteral = {
  ...printJobsSchemaV0Literal,
  version: 1,
  properties: {
    ...v0,
    status: {
      type: 'string',
      enum: ['queued', 'sending', 'done', 'failed', 'uncertain', 'cancelled'],
      maxLength: 10,
    },
    /** What the job was rendered to for its last send. */
    language: { type: 'string', enum: ['zpl', 'tspl', 'escpos'], maxLength: 8 },
    /** Size of the bytes of its last send, all copies. */
    byteCount: { type: 'integer', minimum: 0 },
    /** When the printer (or the spooler, or the file) took every byte. */
    sentAt: { type: 'string', format: 'date-time', maxLength: 32 },
    /** The transport's own name for the job, e.g. the spooler's request id. */
    transportRef: { type: 'string', maxLength: 128 },
    /** Who cancelled the job or said whether an uncertain job printed, and when. */
    resolvedBy: { type: 'string', maxLength: 64 },
    resolvedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  // Each printer takes its oldest queued job; the ledger lists an order's jobs newest first.
  indexes: [
    ...printJobsSchemaV0Literal.indexes,
    ['printerId', 'status', 'createdAt'],
    ['orderId', 'createdAt'],
  ],
} as const;

/** One print job: queue entry while it waits, ledger entry forever after. */
export type PrintJobDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof printJobsSchemaLiteral>;

/** The `printJobs` collection's current schema (version 1, local-only). */
export const printJobsSchema: RxJsonSchema<PrintJobDoc> = printJobsSchemaLiteral;
