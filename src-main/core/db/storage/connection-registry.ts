import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Subject } from 'rxjs';
import type { SharedCollection, SqliteStorageOptions } from './sqlite-storage.types';

/**
 * The connections and shared collection state of one storage object. Every collection of an RxDB
 * database lives in one SQLite file, opened once and closed when its last instance closes.
 */
export type ConnectionRegistry = {
  acquireDatabase(databaseName: string): Database.Database;
  releaseDatabase(databaseName: string): void;
  acquireCollection(key: string): SharedCollection;
  releaseCollection(key: string, shared: SharedCollection): void;
  /** After a remove: instances created from now on start from a fresh state. */
  detachCollection(key: string, shared: SharedCollection): void;
};

type Counted<T> = { value: T; refs: number };

// Database names become file names: keep them to one harmless path segment.
const safeDatabaseName = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function openDefaultDatabase(directory: string, databaseName: string): Database.Database {
  if (!safeDatabaseName.test(databaseName) || databaseName.includes('..')) {
    throw new Error(`database name not usable as a file name: ${databaseName}`);
  }
  mkdirSync(directory, { recursive: true });
  const db = new Database(join(directory, `${databaseName}.sqlite`));
  db.pragma('journal_mode = WAL');
  return db;
}

export function createConnectionRegistry(options: SqliteStorageOptions): ConnectionRegistry {
  const databases = new Map<string, Counted<Database.Database>>();
  const collections = new Map<string, Counted<SharedCollection>>();
  const open = options.openDatabase ?? ((name: string) => openDefaultDatabase(options.directory, name));
  const close = options.closeDatabase ?? ((_name: string, db: Database.Database) => db.close());
  return {
    acquireDatabase(databaseName) {
      let entry = databases.get(databaseName);
      if (!entry) {
        const db = open(databaseName);
        db.pragma(`cache_size = ${-Math.round((options.cacheSizeMiB ?? 64) * 1024)}`);
        entry = { value: db, refs: 0 };
        databases.set(databaseName, entry);
      }
      entry.refs += 1;
      return entry.value;
    },
    releaseDatabase(databaseName) {
      const entry = databases.get(databaseName);
      if (!entry) return;
      entry.refs -= 1;
      if (entry.refs > 0) return;
      databases.delete(databaseName);
      close(databaseName, entry.value);
    },
    acquireCollection(key) {
      let entry = collections.get(key);
      if (!entry) {
        entry = { value: { changes: new Subject(), isRemoved: false, hasDeferredIndexes: false }, refs: 0 };
        collections.set(key, entry);
      }
      entry.refs += 1;
      return entry.value;
    },
    releaseCollection(key, shared) {
      const entry = collections.get(key);
      if (!entry || entry.value !== shared) return;
      entry.refs -= 1;
      if (entry.refs <= 0) collections.delete(key);
    },
    detachCollection(key, shared) {
      if (collections.get(key)?.value === shared) collections.delete(key);
    },
  };
}
