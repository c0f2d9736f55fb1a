import type { Database, Transaction } from 'better-sqlite3';
import {
  type BulkWriteRow,
  getStartIndexStringFromLowerBound,
  now,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageBulkWriteResponse,
  type RxStorageCountResult,
  type RxStorageDefaultCheckpoint,
  type RxStorageInstance,
  type RxStorageInstanceCreationParams,
  type RxStorageQueryResult,
} from 'rxdb';
import type { Observable } from 'rxjs';
import { type AttachmentBytes, readAttachment, readAttachmentBytes } from './attachments';
import { readStored, type WriteOutcome, writeBulk } from './bulk-write';
import { type CollectionTable, createSecondaryIndexes, dropCollectionTable } from './collection-table';
import { encodeIndexString } from './index-key';
import { type IndexScan, planIndexScan } from './index-scan';
import { runCount, runQuery } from './query-run';
import { createStatementCache, type StatementCache } from './statement-cache';
import type {
  RxStorageSqlite,
  SharedCollection,
  SqliteEventBulk,
  SqliteInstanceOptions,
  SqliteStorageInternals,
} from './sqlite-storage.types';

/** What the storage hands an instance besides RxDB's creation parameters. */
export type InstanceResources = {
  readonly db: Database;
  readonly layout: CollectionTable;
  readonly shared: SharedCollection;
  /** Gives the connection and the shared state back; `isRemoved` detaches the shared state first. */
  readonly release: (isRemoved: boolean) => void;
};

const noAttachmentBytes: AttachmentBytes = new Map();

/**
 * One RxDB collection (at one schema version) in its SQLite table. Every method is synchronous
 * SQLite work wrapped in a promise, so calls never interleave; writes are one IMMEDIATE
 * transaction each and their change events go out before the returned promise resolves.
 */
export class SqliteStorageInstance<T>
  implements RxStorageInstance<T, SqliteStorageInternals, SqliteInstanceOptions, RxStorageDefaultCheckpoint>
{
  readonly databaseName: string;
  readonly collectionName: string;
  readonly schema: Readonly<RxJsonSchema<RxDocumentData<T>>>;
  readonly options: Readonly<SqliteInstanceOptions>;
  readonly internals: Readonly<SqliteStorageInternals>;
  private isClosed = false;
  private readonly statements: StatementCache;
  private readonly write: Transaction<
    (rows: BulkWriteRow<T>[], context: string, bytes: AttachmentBytes) => WriteOutcome<T>
  >;
  private readonly scans = new WeakMap<PreparedQuery<T>, IndexScan<T>>();
  /** Writes that carry attachment Blobs wait for their bytes; later writes queue behind them. */
  private writeQueue: Promise<unknown> | undefined;

  constructor(
    readonly storage: RxStorageSqlite,
    params: RxStorageInstanceCreationParams<T, SqliteInstanceOptions>,
    private readonly resources: InstanceResources,
  ) {
    this.databaseName = params.databaseName;
    this.collectionName = params.collectionName;
    this.schema = params.schema;
    this.options = params.options;
    this.internals = { tableName: resources.layout.name };
    this.statements = createStatementCache(resources.db);
    const { db, layout, shared } = resources;
    const target = { instance: this, db, statements: this.statements, layout };
    this.write = db.transaction((rows: BulkWriteRow<T>[], context: string, bytes: AttachmentBytes) =>
      writeBulk(target, rows, context, bytes, !shared.hasDeferredIndexes),
    );
  }

  bulkWrite(rows: BulkWriteRow<T>[], context: string): Promise<RxStorageBulkWriteResponse<T>> {
    if (!this.writeQueue && !carriesBlobs(rows))
      return attempt(() => this.writeNow(rows, context, noAttachmentBytes));
    const result = (this.writeQueue ?? Promise.resolve()).then(async () => {
      const bytes = await readAttachmentBytes(rows);
      return this.writeNow(rows, context, bytes);
    });
    const tail: Promise<void> = result.then(
      () => this.dequeue(tail),
      () => this.dequeue(tail),
    );
    this.writeQueue = tail;
    return result;
  }

  private dequeue(tail: Promise<unknown>): void {
    if (this.writeQueue === tail) this.writeQueue = undefined;
  }

  private writeNow(
    rows: BulkWriteRow<T>[],
    context: string,
    bytes: AttachmentBytes,
  ): RxStorageBulkWriteResponse<T> {
    this.ensureUsable();
    const { categorized, isBulkLoad: isLoad } = this.write.immediate(rows, context, bytes);
    if (isLoad) this.resources.shared.hasDeferredIndexes = true;
    const newest = categorized.newestRow?.document;
    if (categorized.eventBulk.events.length > 0 && newest) {
      const eventBulk = categorized.eventBulk as SqliteEventBulk<T>;
      eventBulk.checkpoint = {
        id: newest[this.resources.layout.primaryPath as keyof T] as string,
        lwt: newest._meta.lwt,
      };
      this.resources.shared.changes.next(eventBulk);
    }
    return { error: categorized.errors };
  }

  findDocumentsById(ids: string[], withDeleted: boolean): Promise<RxDocumentData<T>[]> {
    return attempt(() => {
      this.ensureUsable();
      const docs = [
        ...readStored<T>(
          {
            instance: this,
            db: this.resources.db,
            statements: this.statements,
            layout: this.resources.layout,
          },
          ids,
        ).values(),
      ];
      return withDeleted ? docs : docs.filter((doc) => !doc._deleted);
    });
  }

  query(prepared: PreparedQuery<T>): Promise<RxStorageQueryResult<T>> {
    return attempt(() => {
      this.ensureReadable();
      return {
        documents: runQuery(
          this.statements,
          this.resources.layout,
          this.schema,
          prepared,
          this.scanOf(prepared),
        ),
      };
    });
  }

  count(prepared: PreparedQuery<T>): Promise<RxStorageCountResult> {
    return attempt(() => {
      this.ensureReadable();
      return runCount(this.statements, this.resources.layout, this.schema, prepared, this.scanOf(prepared));
    });
  }

  private scanOf(prepared: PreparedQuery<T>): IndexScan<T> {
    let scan = this.scans.get(prepared);
    if (!scan) {
      scan = planIndexScan(this.schema, this.resources.layout, prepared);
      this.scans.set(prepared, scan);
    }
    return scan;
  }

  getAttachmentData(documentId: string, attachmentId: string, digest: string): Promise<Blob> {
    return attempt(() => {
      this.ensureUsable();
      const table = this.resources.layout.attachmentsTable;
      if (!table) throw new Error(`collection ${this.collectionName} has no attachments`);
      return readAttachment(this.statements, table, documentId, attachmentId, digest);
    });
  }

  /** Documents changed after `checkpoint` in (lwt, id) order, read from the change index. */
  getChangedDocumentsSince(
    limit: number,
    checkpoint?: RxStorageDefaultCheckpoint,
  ): Promise<{ documents: RxDocumentData<T>[]; checkpoint: RxStorageDefaultCheckpoint }> {
    return attempt(() => {
      this.ensureReadable();
      const { layout } = this.resources;
      const column = layout.changesColumn;
      const rows = checkpoint
        ? this.statements
            .get(
              `SELECT data FROM ${layout.table} WHERE ${column.column} > ? ORDER BY ${column.column} LIMIT ?`,
              'pluck',
            )
            .all(
              encodeIndexString(
                getStartIndexStringFromLowerBound(
                  this.schema,
                  [...column.fields],
                  [checkpoint.lwt, checkpoint.id],
                ),
              ),
              limit,
            )
        : this.statements
            .get(`SELECT data FROM ${layout.table} ORDER BY ${column.column} LIMIT ?`, 'pluck')
            .all(limit);
      const documents = (rows as string[]).map((data) => JSON.parse(data) as RxDocumentData<T>);
      const last = documents.at(-1);
      return {
        documents,
        checkpoint: last
          ? { id: last[layout.primaryPath as keyof T] as string, lwt: last._meta.lwt }
          : (checkpoint ?? { id: '', lwt: 0 }),
      };
    });
  }

  changeStream(): Observable<SqliteEventBulk<T>> {
    this.ensureUsable();
    return this.resources.shared.changes.asObservable() as Observable<SqliteEventBulk<T>>;
  }

  /** Purges tombstones older than `minimumDeletedTime` ms, with any attachment rows left on them. */
  cleanup(minimumDeletedTime: number): Promise<boolean> {
    return attempt(() => {
      this.ensureReadable();
      const { layout } = this.resources;
      const deletedBefore = now() - minimumDeletedTime;
      const tombstones = `SELECT id FROM ${layout.table} WHERE deleted = 1 AND lwt <= ?`;
      this.resources.db
        .transaction(() => {
          if (layout.attachmentsTable) {
            this.statements
              .get(`DELETE FROM ${layout.attachmentsTable} WHERE doc_id IN (${tombstones})`)
              .run(deletedBefore);
          }
          this.statements
            .get(`DELETE FROM ${layout.table} WHERE deleted = 1 AND lwt <= ?`)
            .run(deletedBefore);
        })
        .immediate();
      return true;
    });
  }

  close(): Promise<void> {
    if (!this.isClosed) {
      this.isClosed = true;
      this.resources.release(false);
    }
    return Promise.resolve();
  }

  /** Drops the collection's table (every instance of it stops working), then closes. */
  remove(): Promise<void> {
    return attempt(() => {
      this.ensureUsable();
      dropCollectionTable(this.resources.db, this.resources.layout);
      this.resources.shared.isRemoved = true;
      this.isClosed = true;
      this.resources.release(true);
    });
  }

  /** Usable, and with every index a read may use: builds the ones a bulk load left out. */
  private ensureReadable(): void {
    this.ensureUsable();
    const { db, layout, shared } = this.resources;
    if (!shared.hasDeferredIndexes) return;
    db.transaction(() => createSecondaryIndexes(db, layout)).immediate();
    shared.hasDeferredIndexes = false;
  }

  private ensureUsable(): void {
    if (this.isClosed)
      throw new Error(`storage instance ${this.databaseName}/${this.collectionName} is closed`);
    if (this.resources.shared.isRemoved) {
      throw new Error(`collection ${this.databaseName}/${this.collectionName} was removed`);
    }
  }
}

function carriesBlobs<T>(rows: readonly BulkWriteRow<T>[]): boolean {
  return rows.some((row) =>
    Object.values(row.document._attachments ?? {}).some((a) => 'data' in a && a.data instanceof Blob),
  );
}

/** Runs synchronous work and turns a throw into a rejected promise, as the interface expects. */
function attempt<R>(work: () => R): Promise<R> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
