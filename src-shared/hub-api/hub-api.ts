import { z } from 'zod';
import { errorCodes } from '../errors';
import { userSchema } from '../features/auth';

/**
 * The hub's HTTP API as both sides see it. Paths are relative to the hub's base URL.
 * Every error answer has the body {@link hubErrorSchema}.
 */
export const hubPaths = {
  health: '/api/health',
  signIn: '/api/auth/sign-in',
  me: '/api/auth/me',
} as const;

/** Header in which a station sends its own clock (UTC ISO 8601) so the hub can measure the offset. */
export const stationTimeHeader = 'x-packline-station-time';

/** Header naming the station that makes a request. */
export const stationIdHeader = 'x-packline-station-id';

/** The largest request body the hub accepts, in bytes; larger gets 413. */
export const hubBodyLimitBytes = 1_048_576;

/** Body of every hub error answer. */
export const hubErrorSchema = z.object({ code: z.enum(errorCodes), message: z.string() });

/** Answer of GET {@link hubPaths.health}. */
export const hubHealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  hubTime: z.iso.datetime(),
  startedAt: z.iso.datetime(),
});

/** Answer of the health endpoint. */
export type HubHealth = z.infer<typeof hubHealthSchema>;

/** Body of POST {@link hubPaths.signIn}. */
export const hubSignInRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  stationId: z.string().max(100).optional(),
});

/** Answer of a successful sign-in. The token goes in `Authorization: Bearer <token>`. */
export const hubSignInResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  user: userSchema,
});

/** Answer of a successful sign-in. */
export type HubSignInResponse = z.infer<typeof hubSignInResponseSchema>;

/** Answer of GET {@link hubPaths.me}. */
export const hubMeSchema = z.object({ user: userSchema });
