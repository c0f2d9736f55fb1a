import { z } from 'zod';
import { channel } from '../../bridge/contract';
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
});

/** A signed-in session. */
export type Session = z.infer<typeof sessionSchema>;

/** Bridge channels of the auth feature. */
export const authChannels = {
  'auth.signIn': channel(credentialsSchema, sessionSchema),
  'auth.signOut': channel(z.object({}), z.object({})),
  'auth.session': channel(z.object({}), sessionSchema.nullable()),
};
