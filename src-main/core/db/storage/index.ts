export { decodeIndexKey, encodeIndexString } from './index-key';
export { getRxStorageSqlite, sqliteStorageName } from './sqlite-storage';
export type { SqliteStorageInstance } from './sqlite-storage-instance';
export type {
  RxStorageSqlite,
  SqliteInstanceOptions,
  SqliteStorageInternals,
  SqliteStorageOptions,
} from './sqlite-storage.types';
