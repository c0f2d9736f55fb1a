import { type BenchUser, roleSchema } from '../../../src-shared/features/auth';

/** The `users` columns a `benchUsers` pull reads, in the order {@link benchUserDocument} expects. */
export const benchUserPullColumns =
  'id, username, display_name, role, warehouse_id, badge_code, pin_hash, is_active, updated_at';

/**
 * One `users` row as the station of warehouse `stationWarehouseId` pulls it. People of that
 * warehouse and of every warehouse (null) come with badge and PIN hash; everyone else comes as
 * inactive and without them. Every station pulls every row for that reason: a person moved to
 * another warehouse, or a badge handed to someone elsewhere, must stop working at the old
 * warehouse's benches, and a pull scoped to the warehouse would never hand out the row that
 * left it (docs/adr/0010-bench-sign-in.md).
 */
export function benchUserDocument(row: Record<string, unknown>, stationWarehouseId: string): BenchUser {
  const warehouseId = row.warehouse_id === null ? null : textOf(row.warehouse_id);
  const isHere = warehouseId === null || warehouseId === stationWarehouseId;
  const person = {
    id: textOf(row.id),
    username: textOf(row.username),
    displayName: textOf(row.display_name),
    role: roleSchema.parse(row.role),
    warehouseId,
    updatedAt: isoOf(row.updated_at),
  };
  if (!isHere) return { ...person, isActive: false };
  return {
    ...person,
    ...(row.badge_code === null ? {} : { badgeCode: textOf(row.badge_code) }),
    ...(row.pin_hash === null ? {} : { pinHash: textOf(row.pin_hash) }),
    isActive: row.is_active === true,
  };
}

// Both drivers read timestamptz as a Date.
function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`Expected a timestamp, got ${typeof value}`);
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  throw new TypeError(`Expected text, got ${typeof value}`);
}
