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

// The released schema. Columns may be added (append them here); removing or retyping one breaks
// stations and older hubs still running against the same database, so this list must only grow.
const expectedColumns = [
  'schema_migrations.version integer not null',
  'schema_migrations.name text not null',
  'schema_migrations.applied_at timestamp with time zone not null',
  'sessions.token_hash text not null',
  'sessions.user_id text not null',
  'sessions.station_id text null',
  'sessions.created_at timestamp with time zone not null',
  'sessions.expires_at timestamp with time zone not null',
  'stations.id text not null',
  'stations.warehouse_id text not null',
  'stations.name text not null',
  'stations.created_at timestamp with time zone not null',
  'stations.last_seen_at timestamp with time zone null',
  'stations.clock_offset_ms integer null',
  'users.id text not null',
  'users.username text not null',
  'users.display_name text not null',
  'users.password_hash text not null',
  'users.role text not null',
  'users.warehouse_id text null',
  'users.is_active boolean not null',
  'users.created_at timestamp with time zone not null',
  'warehouses.id text not null',
  'warehouses.code text not null',
  'warehouses.name text not null',
  'warehouses.time_zone text not null',
];

const expectedIndexes = [
  'schema_migrations.schema_migrations_pkey',
  'sessions.sessions_expires_at_idx',
  'sessions.sessions_pkey',
  'sessions.sessions_user_id_idx',
  'stations.stations_pkey',
  'users.users_pkey',
  'users.users_username_lower_key',
  'warehouses.warehouses_code_key',
  'warehouses.warehouses_pkey',
];

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

    expect(report).toEqual({ applied: [1], version: 1 });
    expect(await appliedVersions(database)).toEqual([{ version: 1, name: 'foundation' }]);
  });

  it('does nothing when migrated again', async () => {
    const report = await migrateHubDatabase(database);

    expect(report).toEqual({ applied: [], version: 1 });
    expect(await appliedVersions(database)).toEqual([{ version: 1, name: 'foundation' }]);
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
      .map((column) => column.replace(/ (text|integer|boolean|timestamp with time zone) /, ' '))
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

  it('rolls a failing migration back completely', async () => {
    const broken = {
      version: 2,
      name: 'broken',
      statements: ['create table half_done (id int)', 'select * from missing'],
    };

    await expect(migrateHubDatabase(database, [...hubMigrations, broken])).rejects.toThrow(/missing/);

    expect(await appliedVersions(database)).toEqual([{ version: 1, name: 'foundation' }]);
    expect(await columnsOf(database)).toEqual(expectedColumns);
  });

  it('refuses a database newer than the hub', async () => {
    await expect(migrateHubDatabase(database, [])).rejects.toThrow(
      'The database schema is version 1, newer than this hub knows (0) — upgrade the hub',
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

      expect(reports.map((report) => report.applied).sort()).toEqual([[], [1]]);
      expect(await appliedVersions(first)).toEqual([{ version: 1, name: 'foundation' }]);
    } finally {
      await first.close();
      await second.close();
      await shared.drop();
    }
  });
});
