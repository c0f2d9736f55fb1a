import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Order, PickList, ShipFrom } from '../../src-shared/domain';
import { orderStatuses, pickListStatuses } from '../../src-shared/domain';
import { roles } from '../../src-shared/features/auth';

// The tables as the ORM sees them. Migrations in ./migrations create them; a snapshot test checks
// that both agree with the database. Once released, columns are only ever added.

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** PostgreSQL's 64-bit transaction id; read as its decimal text, which is what checkpoints carry. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * Where a pulled row sits in the change order. A trigger sets both on every insert and update
 * (migration 0002); code never writes them.
 */
const changeColumns = () => ({
  changeTxid: xid8('change_txid').notNull(),
  changeSeq: bigint('change_seq', { mode: 'number' }).notNull(),
});

/** A warehouse: the scope of stock, stations and most people. */
export const warehouses = pgTable('warehouses', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** IANA zone (`Asia/Shanghai`) for business dates; timestamps themselves are UTC. */
  timeZone: text('time_zone').notNull(),
  /** The sender block of the warehouse's waybills; null until an admin sets it. */
  shipFrom: jsonb('ship_from').$type<ShipFrom>(),
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
  /** SHA-256 of the station's sync token; null until registered. Unique index in migration 0002. */
  tokenHash: text('token_hash'),
  /** Who registered the station last. */
  registeredBy: text('registered_by').references(() => users.id),
  /** The station's clock was off by more than the alert threshold at its last request. */
  hasClockAlert: boolean('has_clock_alert').notNull().default(false),
  /** When an admin or supervisor revoked the station (its token hash is dropped then); migration 0005. */
  revokedAt: timestamptz('revoked_at'),
  revokedBy: text('revoked_by').references(() => users.id),
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
    /** `BADGE-…`, upper case; null without a badge. Comes and goes with `pinHash` (migration 0004). */
    badgeCode: text('badge_code'),
    /** `scrypt$…` of the bench PIN. Pulled by the stations of the person's warehouse (ADR 0010). */
    pinHash: text('pin_hash'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    // Users are pulled (`benchUsers`) and inserted through the ORM, so their change columns have
    // defaults as well as the trigger (migration 0004).
    changeTxid: xid8('change_txid').notNull().default(sql`pg_current_xact_id()`),
    changeSeq: bigint('change_seq', { mode: 'number' }).notNull().default(sql`nextval('change_seq')`),
  },
  (table) => [
    uniqueIndex('users_username_lower_key').on(sql`lower(${table.username})`),
    check('users_role_check', sql`${table.role} in ('packer', 'clerk', 'supervisor', 'admin')`),
    uniqueIndex('users_badge_code_key').on(table.badgeCode).where(sql`${table.badgeCode} is not null`),
    check('users_badge_pin_check', sql`(${table.badgeCode} is null) = (${table.pinHash} is null)`),
    index('users_change_idx').on(table.changeTxid, table.changeSeq),
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

/**
 * Sign-in attempts counted per key (a person at an address, or an address), shared by every hub
 * on the database. `attempts` counts those still being checked too, so a burst is counted at once.
 */
export const signInTallies = pgTable(
  'sign_in_tallies',
  {
    key: text('key').primaryKey(),
    windowStartedAt: timestamptz('window_started_at').notNull(),
    attempts: integer('attempts').notNull(),
    blockedUntil: timestamptz('blocked_until'),
  },
  (table) => [check('sign_in_tallies_attempts_check', sql`${table.attempts} >= 0`)],
);

/** A SKU, the same in every warehouse. */
export const skus = pgTable(
  'skus',
  {
    id: text('id').primaryKey(),
    gtin: text('gtin'),
    internalCode: text('internal_code').notNull(),
    name: text('name').notNull(),
    bin: text('bin').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    ...changeColumns(),
  },
  (table) => [
    uniqueIndex('skus_gtin_key').on(table.gtin).where(sql`${table.gtin} is not null`),
    uniqueIndex('skus_internal_code_key').on(table.internalCode),
    index('skus_change_idx').on(table.changeTxid, table.changeSeq),
  ],
);

/** Stock of one SKU in one warehouse; `available` is computed and never below zero. */
export const stock = pgTable(
  'stock',
  {
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    skuId: text('sku_id')
      .notNull()
      .references(() => skus.id),
    onHand: integer('on_hand').notNull(),
    reserved: integer('reserved').notNull().default(0),
    safety: integer('safety').notNull().default(0),
    available: integer('available').generatedAlwaysAs(sql`on_hand - reserved`),
    updatedAt: timestamptz('updated_at').notNull(),
    ...changeColumns(),
  },
  (table) => [
    primaryKey({ columns: [table.warehouseId, table.skuId] }),
    check('stock_on_hand_check', sql`${table.onHand} >= 0`),
    check('stock_reserved_check', sql`${table.reserved} >= 0`),
    check('stock_safety_check', sql`${table.safety} >= 0`),
    check('stock_available_check', sql`${table.available} >= 0`),
    index('stock_change_idx').on(table.warehouseId, table.changeTxid, table.changeSeq),
  ],
);

/** A pick list; the whole document in `doc`. */
export const pickLists = pgTable(
  'pick_lists',
  {
    id: text('id').primaryKey(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    code: text('code').notNull(),
    status: text('status', { enum: pickListStatuses }).notNull(),
    doc: jsonb('doc').$type<PickList>().notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    ...changeColumns(),
  },
  (table) => [
    uniqueIndex('pick_lists_code_key').on(table.warehouseId, table.code),
    index('pick_lists_change_idx').on(table.warehouseId, table.changeTxid, table.changeSeq),
  ],
);

/** An order; the whole Order in `doc`, the columns beside it for filtering and sorting. */
export const orders = pgTable(
  'orders',
  {
    id: text('id').primaryKey(),
    platform: text('platform').notNull(),
    platformOrderNo: text('platform_order_no').notNull(),
    warehouseId: text('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    status: text('status', { enum: orderStatuses }).notNull(),
    paidAt: timestamptz('paid_at').notNull(),
    doc: jsonb('doc').$type<Order>().notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    ...changeColumns(),
  },
  (table) => [
    unique('orders_platform_order_no_key').on(table.platform, table.platformOrderNo),
    index('orders_imported_idx').on(table.paidAt, table.id).where(sql`${table.status} = 'imported'`),
    index('orders_change_idx').on(table.warehouseId, table.changeTxid, table.changeSeq),
  ],
);

/** Every command a station pushed, once. */
export const commands = pgTable('commands', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  payload: jsonb('payload').notNull(),
  /** As the station attested it; not a foreign key, so a command by an unknown user is still logged. */
  actorId: text('actor_id').notNull(),
  stationId: text('station_id')
    .notNull()
    .references(() => stations.id),
  clientTime: timestamptz('client_time').notNull(),
  /** Hub time when the command arrived. */
  receivedAt: timestamptz('received_at').notNull(),
});

/** The hub's verdict on each command, pulled by the station that pushed it. */
export const commandResults = pgTable(
  'command_results',
  {
    commandId: text('command_id')
      .primaryKey()
      .references(() => commands.id),
    stationId: text('station_id')
      .notNull()
      .references(() => stations.id),
    status: text('status', { enum: ['accepted', 'rejected'] }).notNull(),
    code: text('code'),
    message: text('message'),
    at: timestamptz('at').notNull(),
    ...changeColumns(),
  },
  (table) => [index('command_results_change_idx').on(table.stationId, table.changeTxid, table.changeSeq)],
);

/** Every table of the hub, for the ORM. */
export const hubSchema = {
  warehouses,
  stations,
  users,
  sessions,
  signInTallies,
  skus,
  stock,
  pickLists,
  orders,
  commands,
  commandResults,
};
