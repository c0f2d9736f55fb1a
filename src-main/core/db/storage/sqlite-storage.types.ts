import type { Database } from 'better-sqlite3';
import type {
  EventBulk,
  RxDocumentData,
  RxStorage,
  RxStorageChangeEvent,
  RxStorageDefaultCheckpoint,
} from 'rxdb';
import type { Subject } from 'rxjs';

/** Options of {@link getRxStorageSqlite}. */
export type SqliteStorageOptions = {
  /** Folder of the database files; the default opener creates `<directory>/<databaseName>.sqlite`. */
  readonly directory: string;
  /**
   * Opens the SQLite file of one RxDB database. The default opens it with WAL journaling; the
   * station plugs in its durable opener (synchronous level, integrity check, recovery) here.
   */
  readonly openDatabase?: (databaseName: string) => Database;
  /** Closes it once its last collection closed; the default calls `db.close()`. */
  readonly closeDatabase?: (databaseName: string, db: Database) => void;
  /**
   * SQLite page cache per database, in MiB (default 64). Index pages are written at random places,
   * so a cache smaller than the indexes turns every insert into page reads and evictions. The
   * cache fills with use, never on open. Durability pragmas stay with the opener.
   */
  readonly cacheSizeMiB?: number;
};

/** Per-instance creation options: none yet. */
export type SqliteInstanceOptions = Record<string, never>;

/** What an instance exposes as `internals`. */
export type SqliteStorageInternals = {
  /** The SQLite table holding the collection at this schema version. */
  readonly tableName: string;
};

export type RxStorageSqlite = RxStorage<SqliteStorageInternals, SqliteInstanceOptions>;

export type SqliteEventBulk<T> = EventBulk<
  RxStorageChangeEvent<RxDocumentData<T>>,
  RxStorageDefaultCheckpoint
>;

/**
 * State every instance of one collection (database + collection + schema version) shares within one
 * storage object: the change stream, so a write through one instance reaches the others, whether
 * the collection was removed, and whether a bulk load left its secondary indexes to be built.
 */
export type SharedCollection = {
  readonly changes: Subject<SqliteEventBulk<unknown>>;
  isRemoved: boolean;
  /** A bulk load dropped the secondary indexes; the next read builds them first. */
  hasDeferredIndexes: boolean;
};
