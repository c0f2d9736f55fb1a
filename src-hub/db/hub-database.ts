import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { hubSchema } from './schema';

/** Name of the PGlite database folder inside the data folder. */
export const pgliteFolderName = 'pglite';

/** Which database the hub runs on. */
export type DatabaseEngine = 'pglite' | 'postgres';

/** Drizzle over either engine; repositories build queries with it, so both run the same SQL. */
export type HubOrm = PgDatabase<PgQueryResultHKT, typeof hubSchema>;

/** Plain parameterised SQL, for the migrator and the few statements the ORM cannot express. */
export type SqlRunner = {
  readonly query: <Row extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ) => Promise<Row[]>;
};

/**
 * The hub's database port. Two adapters implement it: PGlite in the data folder (one process, one
 * connection) and node-postgres for a PostgreSQL server shared by several hubs.
 */
/**
 * PostgreSQL's NOTIFY and LISTEN, for hubs sharing one server to tell each other of commits. The
 * listening connection comes back by itself after it is lost; `onGap` then says notifications may
 * have been missed meanwhile.
 */
export type ChangeFeed = {
  notify(payload: string): Promise<void>;
  listen(handlers: { onMessage(payload: string): void; onGap(): void }): { stop(): Promise<void> };
};

export type HubDatabase = SqlRunner & {
  readonly engine: DatabaseEngine;
  readonly orm: HubOrm;
  /** Null on PGlite: one process owns its data folder, so there is no other hub to tell. */
  readonly changeFeed: ChangeFeed | null;
  /** Runs `work` in one transaction on one connection; commits when it resolves, else rolls back. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Flushes the write-ahead log into the data files where the hub owns them (PGlite). */
  checkpoint(): Promise<void>;
  /** Closes connections; for PGlite also checkpoints and releases the data-folder lock. */
  close(): Promise<void>;
};
