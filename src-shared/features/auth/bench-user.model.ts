import { z } from 'zod';
import { roleSchema } from './roles';

/**
 * A person as a pack bench needs them to sign in offline: who they are, their badge and the scrypt
 * hash of their PIN. Pulled from the hub (`benchUsers`); the station checks a badge + PIN against
 * it without asking the hub (docs/adr/0010-bench-sign-in.md).
 *
 * Deliberately looser than the rules for setting a badge: a pulled row that fails its schema stops
 * the whole collection from syncing, so only what the station relies on is checked here.
 */
export const benchUserSchema = z.object({
  id: z.string().min(1).max(64),
  username: z.string().min(1),
  displayName: z.string(),
  role: roleSchema,
  /** Null: the person works in every warehouse. */
  warehouseId: z.string().min(1).nullable(),
  /** Absent: no badge, so no bench sign-in. Stored upper case, as badges are printed. */
  badgeCode: z.string().min(1).max(64).optional(),
  /** `scrypt$…` of the PIN; absent when none is set. */
  pinHash: z.string().min(1).max(500).optional(),
  /** False for a deactivated person, and for anyone this station's warehouse no longer has. */
  isActive: z.boolean(),
  updatedAt: z.iso.datetime(),
});

/** A person as the bench sign-in sees them. */
export type BenchUser = z.infer<typeof benchUserSchema>;
