import { z } from 'zod';
import { roleSchema } from '../../../src-shared/features/auth';

/** A user the hub created on its first start, with the password it chose, to tell the person once. */
export const createdUserSchema = z.object({ username: z.string(), password: z.string(), role: roleSchema });

/** A user the hub created on its first start. */
export type CreatedUser = z.infer<typeof createdUserSchema>;

/**
 * What a hub started by `fork` sends over its IPC channel: `ready` once it listens, or `fatal` with
 * a one-line reason when it cannot start (folder locked, port taken, database damaged).
 */
export const hubProcessMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ready'),
    url: z.url(),
    engine: z.string(),
    createdUsers: z.array(createdUserSchema).default([]),
  }),
  z.object({ type: z.literal('fatal'), message: z.string() }),
]);

/** A message from a forked hub. */
export type HubProcessMessage = z.infer<typeof hubProcessMessageSchema>;
