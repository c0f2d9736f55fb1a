import { z } from 'zod';
import { channel } from '../../bridge/contract';
import {
  badgeSignInSchema,
  benchRefusalSchema,
  signInMethodSchema,
  signInOptionsSchema,
  unlockSchema,
} from './bench-sign-in';
import { roleSchema } from './roles';

/** A signed-in person as the station sees them. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  warehouseId: z.string().nullable(),
});

/** A signed-in person. */
export type User = z.infer<typeof userSchema>;

/** What sign-in asks for. Limits keep a stuck scanner from sending megabytes. */
export const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** Username and password. */
export type Credentials = z.infer<typeof credentialsSchema>;

/** The station's view of a sign-in. */
export const sessionSchema = z.object({
  user: userSchema,
  signedInAt: z.iso.datetime(),
  /** How the person signed in; absent means by password (answers of older stations). */
  method: signInMethodSchema.optional(),
  /**
   * True while the bench is locked: the session is kept, but nothing but the person's PIN (or
   * another badge, which switches the person) opens it again.
   */
  isLocked: z.boolean().optional(),
  /** The person has a PIN at this station, so a lock can be opened with it. */
  hasPin: z.boolean().optional(),
});

/** A signed-in session. */
export type Session = z.infer<typeof sessionSchema>;

/** The answer of a badge sign-in or an unlock: the open session, or why not. */
export const benchSignInResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signedIn'), session: sessionSchema }),
  benchRefusalSchema,
]);

/** The answer of a badge sign-in or an unlock. */
export type BenchSignInResult = z.infer<typeof benchSignInResultSchema>;

/** Bridge channels of the auth feature. */
export const authChannels = {
  'auth.signIn': channel(credentialsSchema, sessionSchema),
  'auth.signOut': channel(z.object({}), z.object({})),
  'auth.session': channel(z.object({}), sessionSchema.nullable()),
  /** Badge + PIN, checked by the station alone (works offline); replaces the caller's session. */
  'auth.badgeSignIn': channel(badgeSignInSchema, benchSignInResultSchema),
  /** Locks the caller's session (idle, or "switch user"); answers the locked session. */
  'auth.lock': channel(z.object({}), sessionSchema),
  /** Opens the caller's locked session with the signed-in person's PIN. */
  'auth.unlock': channel(unlockSchema, benchSignInResultSchema),
  /** How the sign-in screen starts and when the bench locks itself. */
  'auth.signInOptions': channel(z.object({}), signInOptionsSchema),
};
