import { z } from 'zod';

/**
 * What the station did when its database file could not be used as it was: the file is moved
 * aside, then either the newest good backup is restored or the station starts empty and pulls
 * everything again from the hub.
 */
export const dbRecoveryEventSchema = z.object({
  kind: z.enum(['restored-backup', 'started-empty']),
  /** Plain-language reason (`integrity check failed`, `file is not a database`, …). */
  reason: z.string(),
  /** Where the unusable file was moved; absent when the file was missing. */
  movedTo: z.string().optional(),
  /** The backup that was restored (`restored-backup` only). */
  backupUsed: z.string().optional(),
  at: z.iso.datetime(),
});

/** A recovery of the station's database file; the Station screen shows it. */
export type DbRecoveryEvent = z.infer<typeof dbRecoveryEventSchema>;

/** Payload of the `db.changed` event: one collection changed (coalesced per collection). */
export const dbChangedEventSchema = z.object({ collection: z.string() });

/** Payload of the `db.changed` event. */
export type DbChangedEvent = z.infer<typeof dbChangedEventSchema>;
