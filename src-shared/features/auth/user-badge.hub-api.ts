import { z } from 'zod';
import { badgeCodeSchema, pinSchema } from './bench-sign-in';

/**
 * The hub path where an admin sets a person's badge and PIN: PUT a {@link SetUserBadgeRequest}
 * with the admin's session token; answers {@link UserBadge}.
 */
export function userBadgePath(userId: string): string {
  return `/api/users/${encodeURIComponent(userId)}/badge`;
}

/**
 * A badge always comes with a PIN (a badge alone would let anyone who finds it sign in); `null`
 * takes both away. The PIN travels once, to the hub, which keeps only its scrypt hash.
 */
export const setUserBadgeRequestSchema = z.union([
  z.object({ badgeCode: badgeCodeSchema, pin: pinSchema }),
  z.object({ badgeCode: z.null() }),
]);

/** Body of a badge change. */
export type SetUserBadgeRequest = z.infer<typeof setUserBadgeRequestSchema>;

/** A person's badge after a change; the PIN is never answered. */
export const userBadgeSchema = z.object({
  userId: z.string(),
  badgeCode: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});

/** A person's badge after a change. */
export type UserBadge = z.infer<typeof userBadgeSchema>;

/** The route pattern of {@link userBadgePath}, as the hub mounts it. */
export const userBadgeRoute = '/api/users/:userId/badge';
