import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type HubDatabase,
  hubMigrations,
  hubSchema,
  migrateHubDatabase,
  openHubDatabase,
} from '../../src-hub/db';
import { type HubPlace, hubEngines, silentLogger } from '../helpers/hub-engines';
import { createTestDatabase } from '../helpers/postgres';

// The released schema, by table and column position. Columns may be added (add them here);
// removing or retyping one breaks stations and older hubs still running against the same
// database, so this list must only grow.
const expectedColumns = [
  'command_results.command_id text not null',
  'command_results.station_id text not null',
  'command_results.status text not null',
  'command_results.code text null',
  'command_results.message text null',
  'command_results.at timestamp with time zone not null',
  'command_results.change_txid xid8 not null',
  'command_results.change_seq bigint not null',
  'commands.id text not null',
  'commands.type text not null',
  'commands.payload jsonb not null',
  'commands.actor_id text not null',
  'commands.station_id text not null',
  'commands.client_time timestamp with time zone not null',
  'commands.received_at timestamp with time zone not null',
  'orders.id text not null',
  'orders.platform text not null',
  'orders.platform_order_no text not null',
  'orders.warehouse_id text not null',
  'orders.status text not null',
  'orders.paid_at timestamp with time zone not null',
  'orders.doc jsonb not null',
  'orders.updated_at timestamp with time zone not null',
  'orders.change_txid xid8 not null',
  'orders.change_seq bigint not null',
  'pick_lists.id text not null',
  'pick_lists.warehouse_id text not null',
  'pick_lists.code text not null',
  'pick_lists.status text not null',
  'pick_lists.doc jsonb not null',
  'pick_lists.updated_at timestamp with time zone not null',
  'pick_lists.change_txid xid8 not null',
  'pick_lists.change_seq bigint not null',
  'schema_migrations.version integer not null',
  'schema_migrations.name text not null',
  'schema_migrations.applied_at timestamp with time zone not null',
  'sessions.token_hash text not null',
  'sessions.user_id text not null',
  'sessions.station_id text null',
  'sessions.created_at timestamp with time zone not null',
  'sessions.expires_at timestamp with time zone not null',
  'sign_in_tallies.key text not null',
  'sign_in_tallies.window_started_at timestamp with time zone not null',
  'sign_in_tallies.attempts integer not null',
  'sign_in_tallies.blocked_until timestamp with time zone null',
  'skus.id text not null',
  'skus.gtin text null',
  'skus.internal_code text not null',
  'skus.name text not null',
  'skus.bin text not null',
  'skus.updated_at timestamp with time zone not null',
  'skus.change_txid xid8 not null',
  'skus.change_seq bigint not null',
  'stations.id text not null',
  'stations.warehouse_id text not null',
  'stations.name text not null',
  'stations.created_at timestamp with time zone not null',
  'stations.last_seen_at timestamp with time zone null',
  'stations.clock_offset_ms integer null',
  'stations.token_hash text null',
  'stations.registered_by text null',
  'stations.has_clock_alert boolean not null',
  'stations.revoked_at timestamp with time zone null',
  'stations.revoked_by text null',
  'stock.warehouse_id text not null',
  'stock.sku_id text not null',
  'stock.on_hand integer not null',
  'stock.reserved integer not null',
  'stock.safety integer not null',
  'stock.available integer null',
  'stock.updated_at timestamp with time zone not null',
  'stock.change_txid xid8 not null',
  'stock.change_seq bigint not null',
  'users.id text not null',
  'users.username text not null',
  'users.display_name text not null',
  'users.password_hash text not null',
  'users.role text not null',
  'users.warehouse_id text null',
  'users.is_active boolean not null',
  'users.created_at timestamp with time zone not null',
  'users.badge_code text null',
  'users.pin_hash text null',
  'users.updated_at timestamp with time zone not null',
  'users.change_txid xid8 not null',
  'users.change_seq bigint not null',
  'warehouses.id text not null',
  'warehouses.code text not null',
  'warehouses.name text not null',
  'warehouses.time_zone text not null',
  'warehouses.ship_from jsonb null',
];

const expectedIndexes = [
  'command_results.command_results_change_idx',
  'command_results.command_results_pkey',
  'commands.commands_pkey',
  'orders.orders_change_idx',
  'orders.orders_imported_idx',
  'orders.orders_pkey',
  'orders.orders_platform_order_no_key',
  'pick_lists.pick_lists_change_idx',
  'pick_lists.pick_lists_code_key',
  'pick_lists.pick_lists_pkey',
  'schema_migrations.schema_migrations_pkey',
  'sessions.sessions_expires_at_idx',
  'sessions.sessions_pkey',
  'sessions.sessions_user_id_idx',
  'sign_in_tallies.sign_in_tallies_pkey',
  'skus.skus_change_idx',
  'skus.skus_gtin_key',
  'skus.skus_internal_code_key',
  'skus.skus_pkey',
  'stations.stations_pkey',
  'stations.stations_token_hash_key',
  'stock.stock_change_idx',
  'stock.stock_pkey',
  'users.users_badge_code_key',
  'users.users_change_idx',
  'users.users_pkey',
  'users.users_username_lower_key',
  'warehouses.warehouses_code_key',
  'warehouses.warehouses_pkey',
];

const releasedVersions = [
  { version: 1, name: 'foundation' },
  { version: 2, name: 'sync' },
  { version: 3, name: 'pack-bench' },
  { version: 4, name: 'bench-sign-in' },
  { version: 5, name: 'station-revocation' },
  { version: 6, name: 'sign-in-tallies' },
];
const latest = releasedVersions.length;
const allVersions = releasedVersions.map((released) => released.version);

async function columnsOf(database: HubDatabase): Promise<string[]> {
  const rows = await database.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }>(
    `select table_name, column_name, data_type, is_nullable
       from information_schema.columns
      where table_schema = 'public'
      order by table_name, ordinal_position`,
  );
  return rows.map(
    (row) =>
      `${row.table_name}.${row.column_name} ${row.data_type} ${row.is_nullable === 'YES' ? 'null' : 'not null'}`,
  );
}

async function indexesOf(database: HubDatabase): Promise<string[]> {
  const rows = await database.query<{ tablename: string; indexname: string }>(
    "select tablename, indexname from pg_indexes where schemaname = 'public' order by tablename, indexname",
  );
  return rows.map((row) => `${row.tablename}.${row.indexname}`);
}

async function appliedVersions(database: HubDatabase): Promise<unknown[]> {
  return database.query('select version, name from schema_migrations order by version');
}

describe.each(hubEngines)('hub database on $name', (engine) => {
  let place: HubPlace;
  let database: HubDatabase;

  beforeAll(async () => {
    place = await engine.prepare();
    database = await openHubDatabase({
      dataDir: place.dataDir,
      databaseUrl: place.databaseUrl,
      logger: silentLogger(),
      onLockLost: () => undefined,
    });
  });

  afterAll(async () => {
    await database?.close();
    await place?.dispose();
  });

  // The steps below run in order on one database: empty → migrated → migrated again.
  it('starts empty and migrates to the latest version', async () => {
    expect(database.engine).toBe(engine.name);
    expect(await columnsOf(database)).toEqual([]);

    const report = await migrateHubDatabase(database);

    expect(report).toEqual({ applied: allVersions, version: latest });
    expect(await appliedVersions(database)).toEqual(releasedVersions);
  });

  it('does nothing when migrated again', async () => {
    const report = await migrateHubDatabase(database);

    expect(report).toEqual({ applied: [], version: latest });
    expect(await appliedVersions(database)).toEqual(releasedVersions);
  });

  it('has exactly the released columns and indexes', async () => {
    expect(await columnsOf(database)).toEqual(expectedColumns);
    expect(await indexesOf(database)).toEqual(expectedIndexes);
  });

  it('matches the ORM schema column for column', async () => {
    const fromOrm = Object.values(hubSchema)
      .flatMap((table) => {
        const config = getTableConfig(table);
        return config.columns.map(
          (column) => `${config.name}.${column.name} ${column.notNull ? 'not null' : 'null'}`,
        );
      })
      .sort();
    const fromDatabase = (await columnsOf(database))
      .filter((column) => !column.startsWith('schema_migrations.'))
      .map((column) =>
        column.replace(/ (text|integer|bigint|boolean|jsonb|xid8|timestamp with time zone) /, ' '),
      )
      .sort();

    expect(fromOrm).toEqual(fromDatabase);
  });

  it('enforces roles and case-insensitive usernames', async () => {
    const insertUser = (id: string, username: string, role: string) =>
      database.query(
        "insert into users (id, username, display_name, password_hash, role) values ($1, $2, 'Test', 'x', $3)",
        [id, username, role],
      );

    await insertUser('u1', 'Packer', 'packer');
    await expect(insertUser('u2', 'PACKER', 'packer')).rejects.toThrow(/users_username_lower_key/);
    await expect(insertUser('u3', 'boss', 'owner')).rejects.toThrow(/users_role_check/);
    await database.query("delete from users where id = 'u1'");
  });

  it('never lets available stock go below zero, and moves every written row forward in change order', async () => {
    await database.query(
      "insert into warehouses (id, code, name, time_zone) values ('w1', 'W1', 'One', 'UTC')",
    );
    await database.query(
      "insert into skus (id, internal_code, name, bin, updated_at) values ('s1', 'SKU-1', 'Mug', 'A-01-1-01', now())",
    );
    await database.query(
      "insert into stock (warehouse_id, sku_id, on_hand, reserved, updated_at) values ('w1', 's1', 5, 2, now())",
    );
    const positionOf = async () =>
      (
        await database.query<{ txid: string; seq: string; available: number }>(
          'select change_txid::text as txid, change_seq::text as seq, available from stock',
        )
      )[0];
    const inserted = await positionOf();

    await expect(database.query('update stock set reserved = 6')).rejects.toThrow(/stock_available_check/);
    await expect(database.query('update stock set reserved = -1')).rejects.toThrow(/stock_reserved_check/);
    await database.query('update stock set reserved = 5');
    const updated = await positionOf();

    expect(inserted?.available).toBe(3);
    expect(updated?.available).toBe(0);
    expect(BigInt(updated?.txid ?? 0)).toBeGreaterThan(BigInt(inserted?.txid ?? 0));
    expect(Number(updated?.seq)).toBeGreaterThan(Number(inserted?.seq));
    await database.query('delete from stock');
    await database.query('delete from skus');
    await database.query('delete from warehouses');
  });

  it('rolls a failing migration back completely', async () => {
    const broken = {
      version: latest + 1,
      name: 'broken',
      statements: ['create table half_done (id int)', 'select * from missing'],
    };

    await expect(migrateHubDatabase(database, [...hubMigrations, broken])).rejects.toThrow(/missing/);

    expect(await appliedVersions(database)).toEqual(releasedVersions);
    expect(await columnsOf(database)).toEqual(expectedColumns);
  });

  it('refuses a database newer than the hub', async () => {
    await expect(migrateHubDatabase(database, [])).rejects.toThrow(
      `The database schema is version ${latest}, newer than this hub knows (0) — upgrade the hub`,
    );
  });
});

describe('hub database on a PostgreSQL shared by several hubs', () => {
  it('applies each migration once when two hubs migrate at the same moment', async () => {
    const shared = await createTestDatabase(inject('postgresAdminUrl'));
    const open = () =>
      openHubDatabase({
        dataDir: '',
        databaseUrl: shared.url,
        logger: silentLogger(),
        onLockLost: () => undefined,
      });
    const [first, second] = await Promise.all([open(), open()]);
    try {
      const reports = await Promise.all([migrateHubDatabase(first), migrateHubDatabase(second)]);

      expect(reports.map((report) => report.applied).sort()).toEqual([[], allVersions]);
      expect(await appliedVersions(first)).toEqual(releasedVersions);
    } finally {
      await first.close();
      await second.close();
      await shared.drop();
    }
  });
});
