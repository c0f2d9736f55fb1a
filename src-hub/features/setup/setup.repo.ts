import { inArray, sql } from 'drizzle-orm';
import { ulid } from 'ulid';
import type { Role } from '../../../src-shared/features/auth';
import type { HubOrm } from '../../db';
import { users, warehouses } from '../../db';
import type { FirstWarehouse } from './first-users';

/** A user row ready to insert: password already hashed. */
export type FirstUserRow = {
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly warehouseCode: string | null;
  /** Bench sign-in: a badge and its PIN's hash, both or neither. */
  readonly badgeCode: string | null;
  readonly pinHash: string | null;
};

/** Serialises first-start seeding across hubs sharing one PostgreSQL. */
const seedLockKey = 7_426_105_593_341_191n;

/** The setup feature's door to `warehouses` and `users`. */
export type SetupRepo = {
  hasUsers(): Promise<boolean>;
  /**
   * Creates the warehouses (keeping any with the same code) and users, in one transaction and
   * only if there are still no users; returns false when another hub got there first.
   */
  createFirstUsers(
    warehouseRows: readonly FirstWarehouse[],
    userRows: readonly FirstUserRow[],
    now: Date,
  ): Promise<boolean>;
};

/** Creates the {@link SetupRepo}. */
export function createSetupRepo(orm: HubOrm): SetupRepo {
  return {
    async hasUsers() {
      const rows = await orm.select({ id: users.id }).from(users).limit(1);
      return rows.length > 0;
    },
    createFirstUsers(warehouseRows, userRows, now) {
      return orm.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey.toString()})`);
        const existing = await tx.select({ id: users.id }).from(users).limit(1);
        if (existing.length > 0) return false;
        await tx
          .insert(warehouses)
          .values(warehouseRows.map((row) => ({ id: ulid(), ...row })))
          .onConflictDoNothing({ target: warehouses.code });
        const codes = warehouseRows.map((row) => row.code);
        const saved =
          codes.length === 0 ? [] : await tx.select().from(warehouses).where(inArray(warehouses.code, codes));
        const idOf = new Map(saved.map((row) => [row.code, row.id]));
        await tx.insert(users).values(
          userRows.map(({ warehouseCode, ...row }) => ({
            id: ulid(),
            ...row,
            warehouseId: warehouseCode === null ? null : (idOf.get(warehouseCode) ?? null),
            createdAt: now,
            updatedAt: now,
          })),
        );
        return true;
      });
    },
  };
}
