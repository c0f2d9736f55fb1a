import { StartupError } from '../config';
import type { HubDatabase } from './hub-database';
import { hubMigrations, type Migration } from './migrations';

/**
 * Key of the advisory lock that serialises migrators. Several hub instances may start at once on
 * one PostgreSQL; the second waits for the first and then finds nothing left to do.
 */
export const migrationLockKey = 7_426_105_593_341_190n;

/** What a migration run did. */
export type MigrationReport = {
  /** Versions applied by this run, oldest first; empty when the schema was already current. */
  readonly applied: readonly number[];
  /** The schema version after the run. */
  readonly version: number;
};

/**
 * Brings the schema up to date in ONE transaction: take the advisory lock, read `schema_migrations`,
 * run every pending migration in order and record it. Anything failing rolls all of it back.
 * Re-running is a no-op. A database newer than this hub's migrations is refused, not touched.
 */
export async function migrateHubDatabase(
  database: HubDatabase,
  migrations: readonly Migration[] = hubMigrations,
): Promise<MigrationReport> {
  assertSequential(migrations);
  return database.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [migrationLockKey.toString()]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>(
      'select version from schema_migrations order by version',
    );
    const current = rows.at(-1)?.version ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new StartupError(
        `The database schema is version ${current}, newer than this hub knows (${latest}) — upgrade the hub`,
      );
    }
    const pending = migrations.filter((migration) => migration.version > current);
    for (const migration of pending) {
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    return { applied: pending.map((migration) => migration.version), version: Math.max(current, latest) };
  });
}

/** Versions must be 1, 2, 3, … in order: a gap or a duplicate is a mistake in the list. */
export function assertSequential(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
}
