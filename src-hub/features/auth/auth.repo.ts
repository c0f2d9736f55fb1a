import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { User } from '../../../src-shared/features/auth';
import type { HubOrm } from '../../db';
import { sessions, users } from '../../db';

/** A user row as sign-in needs it. */
export type UserWithPassword = User & { readonly passwordHash: string; readonly isActive: boolean };

/** A new session row; only the hash of the token is stored. */
export type NewSession = {
  readonly tokenHash: string;
  readonly userId: string;
  readonly stationId: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
};

/** The auth feature's only door to `users` and `sessions`. Returns plain objects. */
export type AuthRepo = {
  /** Case-insensitive: `Admin` finds `admin`. */
  findUserByUsername(username: string): Promise<UserWithPassword | null>;
  insertSession(session: NewSession): Promise<void>;
  /** The active user of an unexpired session, or `null`. */
  findUserBySession(tokenHash: string, now: Date): Promise<User | null>;
  /** Deletes the sessions that expired before `before`; returns how many. */
  removeSessionsExpiredBefore(before: Date): Promise<number>;
};

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  warehouseId: users.warehouseId,
};

/** Creates the {@link AuthRepo} over the hub's ORM. */
export function createAuthRepo(orm: HubOrm): AuthRepo {
  return {
    async findUserByUsername(username) {
      const rows = await orm
        .select({ ...userColumns, passwordHash: users.passwordHash, isActive: users.isActive })
        .from(users)
        // lower() on both sides: the same case folding as the unique index, which it can then use.
        .where(eq(sql`lower(${users.username})`, sql`lower(${username})`))
        .limit(1);
      return rows[0] ?? null;
    },
    async insertSession(session) {
      await orm.insert(sessions).values(session);
    },
    async findUserBySession(tokenHash, now) {
      const rows = await orm
        .select(userColumns)
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.isActive, true)))
        .limit(1);
      return rows[0] ?? null;
    },
    async removeSessionsExpiredBefore(before) {
      const removed = await orm
        .delete(sessions)
        .where(lt(sessions.expiresAt, before))
        .returning({ tokenHash: sessions.tokenHash });
      return removed.length;
    },
  };
}
