import { ensureRxStorageInstanceParamsAreCorrect, RXDB_VERSION } from 'rxdb';
import { describeCollectionTable, ensureCollectionTable } from './collection-table';
import { createConnectionRegistry } from './connection-registry';
import { SqliteStorageInstance } from './sqlite-storage-instance';
import type { RxStorageSqlite, SqliteStorageOptions } from './sqlite-storage.types';

/** Name RxDB sees; plugins use it to tell storages apart. */
export const sqliteStorageName = 'packline-sqlite';

/**
 * Packline's RxStorage: one SQLite file per RxDB database, one table per collection and schema
 * version, queries as index range scans planned by RxDB. See docs/adr/0006-sqlite-rxstorage.md.
 */
export function getRxStorageSqlite(options: SqliteStorageOptions): RxStorageSqlite {
  const registry = createConnectionRegistry(options);
  const storage: RxStorageSqlite = {
    name: sqliteStorageName,
    rxdbVersion: RXDB_VERSION,
    createStorageInstance(params) {
      try {
        ensureRxStorageInstanceParamsAreCorrect(params);
        const layout = describeCollectionTable(params.collectionName, params.schema);
        const db = registry.acquireDatabase(params.databaseName);
        try {
          ensureCollectionTable(db, layout);
        } catch (error) {
          registry.releaseDatabase(params.databaseName);
          throw error;
        }
        const key = `${params.databaseName}|${layout.name}`;
        const shared = registry.acquireCollection(key);
        const release = (isRemoved: boolean): void => {
          if (isRemoved) registry.detachCollection(key, shared);
          registry.releaseCollection(key, shared);
          registry.releaseDatabase(params.databaseName);
        };
        return Promise.resolve(new SqliteStorageInstance(storage, params, { db, layout, shared, release }));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
  return storage;
}
