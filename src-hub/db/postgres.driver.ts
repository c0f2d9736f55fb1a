import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool, type PoolClient } from 'pg';
import type { Logger } from '../logging';
import type { HubDatabase, HubOrm, SqlRunner } from './hub-database';
import { createPostgresChangeFeed } from './postgres-change-feed';
import { hubSchema } from './schema';

/** Connects to a PostgreSQL server. Several hubs may share it; the migrator serialises them. */
export async function openPostgresDatabase(connectionString: string, logger: Logger): Promise<HubDatabase> {
  const pool = new Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection (server restart) emits here; without a listener it
  // would crash the hub. The pool replaces the client on the next query.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection lost'));
  try {
    // Fail at start with the server's reason (wrong password, no database) rather than on first use.
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  const orm: HubOrm = drizzle({ client: pool, schema: hubSchema });
  return {
    engine: 'postgres',
    orm,
    changeFeed: createPostgresChangeFeed(connectionString, pool, logger),
    query: runnerOf(pool).query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(runnerOf(client));
        await client.query('commit');
        client.release();
        return result;
      } catch (error) {
        await rollbackAndRelease(client);
        throw error;
      }
    },
    // The server checkpoints on its own schedule; CHECKPOINT would also need superuser rights.
    checkpoint: () => Promise.resolve(),
    close: () => pool.end(),
  };
}

async function rollbackAndRelease(client: PoolClient): Promise<void> {
  try {
    await client.query('rollback');
    client.release();
  } catch (error) {
    // A connection that cannot roll back is broken: destroy it instead of returning it to the pool.
    client.release(error instanceof Error ? error : true);
  }
}

function runnerOf(client: Pool | PoolClient): SqlRunner {
  return {
    async query<Row extends Record<string, unknown>>(text: string, params: readonly unknown[] = []) {
      const result = await client.query<Row>(text, [...params]);
      return result.rows;
    },
  };
}
