import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

const commandResultsSchemaLiteral = {
  title: 'commandResults',
  description: 'The hub’s verdict on each command this station pushed, pulled from the hub.',
  version: 0,
  primaryKey: 'commandId',
  type: 'object',
  properties: {
    commandId: { type: 'string', maxLength: 26 },
    status: { type: 'string', enum: ['accepted', 'rejected'], maxLength: 8 },
    /** Reason code of a rejection (`order_already_shipped`, …); absent when accepted. */
    code: { type: 'string', maxLength: 64 },
    /** Plain-language explanation of a rejection, shown in the "needs attention" list. */
    message: { type: 'string' },
    /** Hub time of the decision. */
    at: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: ['commandId', 'status', 'at'],
  indexes: [['status', 'at']],
  additionalProperties: false,
} as const;

/** The hub's result for one command. */
export type CommandResultDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof commandResultsSchemaLiteral>;

/** The `commandResults` collection's schema (pull-only). */
export const commandResultsSchema: RxJsonSchema<CommandResultDoc> = commandResultsSchemaLiteral;
