import type { SqlRunner } from '../../db';

/** A person as a badge change needs them. */
export type BadgeHolder = { readonly id: string; readonly warehouseId: string | null };

/** A person's new badge; both null takes badge and PIN away. */
export type BadgeChange = {
  readonly badgeCode: string | null;
  readonly pinHash: string | null;
  readonly updatedAt: Date;
};

/** What a badge change did. */
export type BadgeChangeOutcome = 'changed' | 'not_found' | 'badge_taken';

/** The auth feature's door to the badge columns of `users`. */
export type UserBadgeRepo = {
  findHolder(userId: string): Promise<BadgeHolder | null>;
  /** Sets badge and PIN hash in one statement; the trigger moves the row forward for the pulls. */
  setBadge(userId: string, change: BadgeChange): Promise<BadgeChangeOutcome>;
};

/** Creates the {@link UserBadgeRepo}. */
export function createUserBadgeRepo(runner: SqlRunner): UserBadgeRepo {
  return {
    async findHolder(userId) {
      const rows = await runner.query<{ id: string; warehouse_id: string | null }>(
        'select id, warehouse_id from users where id = $1',
        [userId],
      );
      const row = rows[0];
      return row === undefined ? null : { id: row.id, warehouseId: row.warehouse_id };
    },
    async setBadge(userId, change) {
      try {
        const rows = await runner.query(
          'update users set badge_code = $2, pin_hash = $3, updated_at = $4 where id = $1 returning id',
          [userId, change.badgeCode, change.pinHash, change.updatedAt],
        );
        return rows.length === 0 ? 'not_found' : 'changed';
      } catch (error) {
        // Two admins giving out the same badge at once: the unique index decides, not a read before.
        if (isUniqueViolation(error, 'users_badge_code_key')) return 'badge_taken';
        throw error;
      }
    },
  };
}

/** PostgreSQL's unique_violation (23505) on `constraint`; both drivers report code and constraint. */
function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const fields: { code?: unknown; constraint?: unknown; message?: unknown } = error;
  if (fields.code !== '23505') return false;
  return (
    fields.constraint === constraint ||
    (typeof fields.message === 'string' && fields.message.includes(constraint))
  );
}
