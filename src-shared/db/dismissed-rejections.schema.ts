import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

const dismissedRejectionsSchemaLiteral = {
  title: 'dismissedRejections',
  description: 'Rejected commands a person has looked at and dismissed from "needs attention" (local-only).',
  version: 0,
  primaryKey: 'commandId',
  type: 'object',
  properties: {
    commandId: { type: 'string', maxLength: 26 },
    /** Who dismissed it, and when (station time): the rejection itself stays in `commandResults`. */
    dismissedBy: { type: 'string', maxLength: 64 },
    dismissedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: ['commandId', 'dismissedBy', 'dismissedAt'],
  additionalProperties: false,
} as const;

/** One dismissed rejection. */
export type DismissedRejectionDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  typeof dismissedRejectionsSchemaLiteral
>;

/** The `dismissedRejections` collection's schema (local-only). */
export const dismissedRejectionsSchema: RxJsonSchema<DismissedRejectionDoc> =
  dismissedRejectionsSchemaLiteral;
