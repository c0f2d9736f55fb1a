import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';

const commandsSchemaLiteral = {
  title: 'commands',
  description:
    'The outbox: every change a person makes on this station, as an immutable command pushed to the hub.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    /** ULID made on the station: unique without the hub, and ordered by creation time. */
    id: { type: 'string', maxLength: 26 },
    type: { type: 'string', maxLength: 64 },
    payload: { type: 'object' },
    actorId: { type: 'string', maxLength: 64 },
    stationId: { type: 'string', maxLength: 64 },
    /** Station time (UTC ISO 8601) when the person acted; the hub records its own time as well. */
    clientTime: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: ['id', 'type', 'payload', 'actorId', 'stationId', 'clientTime'],
  indexes: ['clientTime'],
  additionalProperties: false,
} as const;

/** A command as the station stores it. Its `payload` is validated by the command's own contract. */
export type CommandDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof commandsSchemaLiteral>;

/** The `commands` collection's schema (push-only). */
export const commandsSchema: RxJsonSchema<CommandDoc> = commandsSchemaLiteral;
