import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database that exists for one test (or one describe block). */
export type TestDatabase = {
  /** Connection URL of the fresh, empty database. */
  readonly url: string;
  /** Drops it, disconnecting anyone still connected. */
  drop(): Promise<void>;
};

/** Creates an empty database on the throw-away cluster whose superuser URL is `adminUrl`. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `packline_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin(adminUrl: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
