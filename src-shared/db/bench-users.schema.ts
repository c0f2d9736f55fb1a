import type { ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { roles } from '../features/auth';

const benchUsersSchemaLiteral = {
  title: 'benchUsers',
  description:
    'People who may sign in at this station with a badge and PIN, pulled from the hub (hub-owned). Checked offline.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { type: 'string', enum: [...roles] },
    /** Null: every warehouse. */
    warehouseId: { type: ['string', 'null'] },
    /** Upper case, as printed; '' without a badge (indexed fields must be required strings). */
    badgeCode: { type: 'string', maxLength: 64 },
    /** `scrypt$…` of the PIN; absent without one. Never leaves main. */
    pinHash: { type: 'string' },
    isActive: { type: 'boolean' },
    updatedAt: { type: 'string', format: 'date-time', maxLength: 32 },
  },
  required: ['id', 'username', 'displayName', 'role', 'warehouseId', 'badgeCode', 'isActive', 'updatedAt'],
  // A scanned badge finds its person through the index, not by reading everyone.
  indexes: ['badgeCode'],
  additionalProperties: false,
} as const;

/** A person who may sign in at a bench, as the station stores them (hub-owned). */
export type BenchUserDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof benchUsersSchemaLiteral>;

/** The `benchUsers` collection's schema (pull-only). */
export const benchUsersSchema: RxJsonSchema<BenchUserDoc> = benchUsersSchemaLiteral;
