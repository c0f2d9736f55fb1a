import { z } from 'zod';

/**
 * A badge as its barcode reads: `BADGE-` and 4 to 10 digits (Code 128, upper case). Scanners that
 * send lower case or stray spaces are forgiven.
 */
export const badgeCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^BADGE-\d{4,10}$/, 'A badge reads BADGE- and 4 to 10 digits');

/** True when `text` (as a scanner typed it) is a badge. */
export function isBadgeCode(text: string): boolean {
  return badgeCodeSchema.safeParse(text).success;
}

/** A PIN: 4 to 8 digits, typed on the bench keypad. */
export const pinSchema = z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits');

/**
 * Short PINs are easy to guess, so the station counts wrong ones per badge: after
 * `maxWrongPins` in a row the badge is refused for `lockoutMs` (docs/adr/0010-bench-sign-in.md).
 */
export const pinLockout = { maxWrongPins: 5, lockoutMs: 5 * 60_000 } as const;

/** A bench locks itself after this long without input, unless the station is set otherwise. */
export const defaultIdleLockMs = 5 * 60_000;

/** How a person signed in: a password the hub checked, or a badge and PIN the station checked. */
export const signInMethodSchema = z.enum(['password', 'badge']);

/** One of {@link signInMethodSchema}. */
export type SignInMethod = z.infer<typeof signInMethodSchema>;

/** What a badge sign-in sends: the scanned badge and the typed PIN. */
export const badgeSignInSchema = z.object({ badge: badgeCodeSchema, pin: pinSchema });

/** A badge sign-in. */
export type BadgeSignIn = z.infer<typeof badgeSignInSchema>;

/** What unlocking a locked bench sends: the signed-in person's PIN. */
export const unlockSchema = z.object({ pin: pinSchema });

/**
 * Why a badge or PIN was refused. `unknownBadge`: this station has no active person with it;
 * `wrongPin`: see `attemptsLeft`; `lockedOut`: too many wrong PINs, see `lockedUntil`;
 * `inactive`: the person was deactivated; `noPin`: the signed-in person has no PIN to unlock with.
 */
export const benchRefusalReasons = ['unknownBadge', 'wrongPin', 'lockedOut', 'inactive', 'noPin'] as const;

/** A refused badge sign-in or unlock: an expected answer, not an error. */
export const benchRefusalSchema = z.object({
  status: z.literal('refused'),
  reason: z.enum(benchRefusalReasons),
  /** With `wrongPin`: wrong PINs left before the badge is locked out. */
  attemptsLeft: z.number().int().nonnegative().nullable(),
  /** With `lockedOut`: when the badge may try again (UTC). */
  lockedUntil: z.iso.datetime().nullable(),
});

/** A refused badge sign-in or unlock. */
export type BenchRefusal = z.infer<typeof benchRefusalSchema>;

/** How the sign-in screen of this station starts, and when it locks itself. */
export const signInOptionsSchema = z.object({
  /** Set by the station's configuration; null leaves the choice to the screen (last one used). */
  defaultMethod: signInMethodSchema.nullable(),
  /** The station knows at least one active badge, so a badge sign-in can work here. */
  hasBadges: z.boolean(),
  /** Lock after this long without input, for people who can unlock with a PIN; null: never. */
  idleLockMs: z.number().int().positive().nullable(),
});

/** How the sign-in screen starts. */
export type SignInOptions = z.infer<typeof signInOptionsSchema>;
