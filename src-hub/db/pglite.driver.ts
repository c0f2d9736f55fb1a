import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { HubDatabase, HubOrm, SqlRunner } from './hub-database';
import { hubSchema } from './schema';

/**
 * Opens (creating on first use) the embedded PGlite database in `directory`. The caller must hold
 * the data-folder lock first: PGlite itself does not lock, and two processes on one folder lose data.
 */
export async function openPgliteDatabase(directory: string): Promise<HubDatabase> {
  const client = await PGlite.create(directory);
  const orm: HubOrm = drizzle({ client, schema: hubSchema });
  return {
    engine: 'pglite',
    changeFeed: null,
    orm,
    query: runnerOf(client).query,
    transaction: (work) => client.transaction((tx) => work(runnerOf(tx))),
    async checkpoint() {
      await client.query('checkpoint');
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

function runnerOf(client: PGlite | Transaction): SqlRunner {
  return {
    async query<Row extends Record<string, unknown>>(text: string, params: readonly unknown[] = []) {
      const result = await client.query<Row>(text, [...params]);
      return result.rows;
    },
  };
}
