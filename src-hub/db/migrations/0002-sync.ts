import type { Migration } from './migration';

/** Tables that stations pull; each gets the change columns, the trigger and a pull index. */
const pulledTables = ['skus', 'stock', 'pick_lists', 'orders', 'command_results'] as const;

/**
 * Hub-owned state for sync (SKUs, stock, pick lists, orders), the command log with its results,
 * and station credentials.
 *
 * Every pulled row carries its change position: `change_txid`, the id of the transaction that
 * last wrote it, and `change_seq`, a sequence number drawn at that write. A pull hands out rows in
 * (change_txid, change_seq) order and only from transactions older than every one still running,
 * so a row whose transaction commits late is never skipped (docs/adr/0008-sync-protocol.md).
 */
export const sync: Migration = {
  version: 2,
  name: 'sync',
  statements: [
    'create sequence change_seq as bigint',
    // A trigger, not application code, so no write path can forget to move a row forward.
    // pg_current_xact_id() is the top-level transaction's id, also inside a savepoint.
    `create function set_change_position() returns trigger language plpgsql as $$
    begin
      new.change_txid := pg_current_xact_id();
      new.change_seq := nextval('change_seq');
      return new;
    end
    $$`,

    `create table skus (
      id text primary key,
      gtin text,
      internal_code text not null,
      name text not null,
      bin text not null,
      updated_at timestamptz not null,
      change_txid xid8 not null,
      change_seq bigint not null
    )`,
    'create unique index skus_gtin_key on skus (gtin) where gtin is not null',
    'create unique index skus_internal_code_key on skus (internal_code)',

    // available = on_hand − reserved can never go below zero, whatever statement tries.
    `create table stock (
      warehouse_id text not null references warehouses (id),
      sku_id text not null references skus (id),
      on_hand integer not null constraint stock_on_hand_check check (on_hand >= 0),
      reserved integer not null default 0 constraint stock_reserved_check check (reserved >= 0),
      safety integer not null default 0 constraint stock_safety_check check (safety >= 0),
      available integer generated always as (on_hand - reserved) stored
        constraint stock_available_check check (available >= 0),
      updated_at timestamptz not null,
      change_txid xid8 not null,
      change_seq bigint not null,
      primary key (warehouse_id, sku_id)
    )`,

    `create table pick_lists (
      id text primary key,
      warehouse_id text not null references warehouses (id),
      code text not null,
      status text not null constraint pick_lists_status_check check (status in ('open', 'picking', 'done')),
      doc jsonb not null,
      updated_at timestamptz not null,
      change_txid xid8 not null,
      change_seq bigint not null
    )`,
    'create unique index pick_lists_code_key on pick_lists (warehouse_id, code)',

    // The whole Order lives in `doc`; the columns beside it are what queries filter and sort on.
    `create table orders (
      id text primary key,
      platform text not null,
      platform_order_no text not null,
      warehouse_id text not null references warehouses (id),
      status text not null constraint orders_status_check
        check (status in ('imported', 'allocated', 'picking', 'packed', 'shipped', 'cancelled')),
      paid_at timestamptz not null,
      doc jsonb not null,
      updated_at timestamptz not null,
      change_txid xid8 not null,
      change_seq bigint not null,
      constraint orders_platform_order_no_key unique (platform, platform_order_no)
    )`,
    // Allocation takes imported orders oldest payment first.
    "create index orders_imported_idx on orders (paid_at, id) where status = 'imported'",

    // Station credentials: only the SHA-256 of a station token is stored, like sessions.
    'alter table stations add column token_hash text',
    'alter table stations add column registered_by text references users (id)',
    'alter table stations add column has_clock_alert boolean not null default false',
    'create unique index stations_token_hash_key on stations (token_hash)',

    // The command log. `actor_id` is what the station attested, kept even when no such user exists.
    `create table commands (
      id text primary key,
      type text not null,
      payload jsonb not null,
      actor_id text not null,
      station_id text not null references stations (id),
      client_time timestamptz not null,
      received_at timestamptz not null
    )`,
    `create table command_results (
      command_id text primary key references commands (id),
      station_id text not null references stations (id),
      status text not null constraint command_results_status_check check (status in ('accepted', 'rejected')),
      code text,
      message text,
      at timestamptz not null,
      change_txid xid8 not null,
      change_seq bigint not null
    )`,

    ...pulledTables.map(
      (table) =>
        `create trigger ${table}_change_position before insert or update on ${table}
        for each row execute function set_change_position()`,
    ),
    // A pull reads one scope (warehouse, station or all) in change order from its checkpoint.
    'create index skus_change_idx on skus (change_txid, change_seq)',
    'create index stock_change_idx on stock (warehouse_id, change_txid, change_seq)',
    'create index pick_lists_change_idx on pick_lists (warehouse_id, change_txid, change_seq)',
    'create index orders_change_idx on orders (warehouse_id, change_txid, change_seq)',
    'create index command_results_change_idx on command_results (station_id, change_txid, change_seq)',
  ],
};
