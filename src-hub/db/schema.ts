import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { roles } from '../../src-shared/features/auth';

// The tables as the ORM sees them. Migrations in ./migrations create them; a snapshot test checks
// that both agree with the database. Once released, columns are only ever added.

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A warehouse: the scope of stock, stations and most people. */
export const warehouses = pgTable('warehouses', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** IANA zone (`Asia/Shanghai`) for business dates; timestamps themselves are UTC. */
  timeZone: text('time_zone').notNull(),
});

/** A pack bench or desk PC running the station app. */
export const stations = pgTable('stations', {
  id: text('id').primaryKey(),
  warehouseId: text('warehouse_id')
    .notNull()
    .references(() => warehouses.id),
  name: text('name').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  lastSeenAt: timestamptz('last_seen_at'),
  /** Station clock minus hub clock at the last request, in milliseconds. */
  clockOffsetMs: integer('clock_offset_ms'),
});

/** A person who signs in. `warehouseId` null means every warehouse. */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** `scrypt$…` string from the auth feature; never leaves the hub. */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    warehouseId: text('warehouse_id').references(() => warehouses.id),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('users_username_lower_key').on(sql`lower(${table.username})`),
    check('users_role_check', sql`${table.role} in ('packer', 'clerk', 'supervisor', 'admin')`),
  ],
);

/** A signed-in session. Only the SHA-256 of the token is stored, so a database leak signs nobody in. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** As the station reported it; not a foreign key because stations sign in before they register. */
    stationId: text('station_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (table) => [
    index('sessions_user_id_idx').on(table.userId),
    index('sessions_expires_at_idx').on(table.expiresAt),
  ],
);

/** Every table of the hub, for the ORM. */
export const hubSchema = { warehouses, stations, users, sessions };
