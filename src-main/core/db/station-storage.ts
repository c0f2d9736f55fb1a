import type BetterSqlite3 from 'better-sqlite3';
import type { RxStorage } from 'rxdb';
import { getRxStorageSqlite } from './storage';

/** How the station's storage reaches its files. */
export type StationStorageOptions = {
  readonly directory: string;
  readonly openDatabase: (databaseName: string) => BetterSqlite3.Database;
  readonly closeDatabase: (databaseName: string, db: BetterSqlite3.Database) => void;
};

/** The RxStorage of the station: Packline's SQLite storage with the durable file opener plugged in. */
export function createStationStorage(options: StationStorageOptions): RxStorage<unknown, unknown> {
  return getRxStorageSqlite(options);
}
