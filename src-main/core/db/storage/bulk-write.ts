import {
  type BulkWriteRow,
  type CategorizeBulkWriteRowsOutput,
  categorizeBulkWriteRows,
  type RxDocumentData,
  type RxStorageInstance,
  type StringKeys,
} from 'rxdb';
import type { Database } from 'better-sqlite3';
import { type AttachmentBytes, writeAttachments } from './attachments';
import { type CollectionTable, dropSecondaryIndexes } from './collection-table';
import type { StatementCache } from './statement-cache';

/** What a write needs: the instance (RxDB's categorisation reads its schema) and its table. */
export type WriteTarget<T> = {
  readonly instance: RxStorageInstance<T, unknown, unknown>;
  readonly db: Database;
  readonly statements: StatementCache;
  readonly layout: CollectionTable;
};

/**
 * Rows from which a write into an empty table is a bulk load: the table takes the rows without its
 * secondary indexes, which are built once when it is next read (initial sync: 3–4× less SQLite work
 * than updating five indexes row by row at random places). Smaller writes are not worth a rebuild.
 */
export const bulkLoadMinimum = 1_000;

/** What a write did: RxDB's categorisation, and whether it loaded the table without its indexes. */
export type WriteOutcome<T> = {
  readonly categorized: CategorizeBulkWriteRowsOutput<T>;
  readonly isBulkLoad: boolean;
};

/** Whether `rows` are a bulk load: many of them, into a table that holds no row at all. */
function isBulkLoad<T>(target: WriteTarget<T>, rows: readonly BulkWriteRow<T>[]): boolean {
  if (rows.length < bulkLoadMinimum) return false;
  const anyRow = target.statements.get(`SELECT 1 FROM ${target.layout.table} LIMIT 1`, 'pluck').get();
  return anyRow === undefined;
}

/**
 * One bulkWrite, run inside one IMMEDIATE transaction: read the stored state of the written ids,
 * let RxDB's `categorizeBulkWriteRows` decide inserts, updates, 409 conflicts and attachment
 * changes against it, then write. Reading inside the write lock means no other connection can
 * change a row between the revision check and the write. A bulk load (when `canBulkLoad`: the
 * indexes are in place) drops the secondary indexes in this same transaction, so a rollback or a
 * crash brings them back with the table as it was.
 */
export function writeBulk<T>(
  target: WriteTarget<T>,
  rows: BulkWriteRow<T>[],
  context: string,
  attachmentBytes: AttachmentBytes,
  canBulkLoad: boolean,
): WriteOutcome<T> {
  const { layout, statements } = target;
  const isLoad = canBulkLoad && isBulkLoad(target, rows);
  if (isLoad) dropSecondaryIndexes(target.db, layout);
  // The table was described from this schema, so its primary path is a key of T.
  const primaryPath = layout.primaryPath as StringKeys<T>;
  const stored = readStored<T>(
    target,
    rows.map((row) => row.document[primaryPath] as string),
  );
  const categorized = categorizeBulkWriteRows<T>(target.instance, primaryPath, stored, rows, context);

  const columns = layout.columns.map((c) => c.column).join(', ');
  const placeholders = layout.columns.map(() => ', ?').join('');
  const insert = statements.get(
    `INSERT INTO ${layout.table} (id, rev, deleted, lwt, data, ${columns}) VALUES (?, ?, ?, ?, ?${placeholders})`,
  );
  for (const row of categorized.bulkInsertDocs) insert.run(...rowValues(layout, row.document));

  const assignments = layout.columns.map((c) => `, ${c.column} = ?`).join('');
  const update = statements.get(
    `UPDATE ${layout.table} SET id = ?, rev = ?, deleted = ?, lwt = ?, data = ?${assignments} WHERE id = ?`,
  );
  for (const row of categorized.bulkUpdateDocs) {
    const values = rowValues(layout, row.document);
    update.run(...values, values[0]);
  }

  if (layout.attachmentsTable)
    writeAttachments(statements, layout.attachmentsTable, categorized, attachmentBytes);
  return { categorized, isBulkLoad: isLoad };
}

/** The stored documents among `ids`, by id; one statement whatever the number of ids. */
export function readStored<T>(
  target: WriteTarget<T>,
  ids: readonly string[],
): Map<string, RxDocumentData<T>> {
  const stored = new Map<string, RxDocumentData<T>>();
  if (ids.length === 0) return stored;
  const rows = target.statements
    .get(`SELECT id, data FROM ${target.layout.table} WHERE id IN (SELECT value FROM json_each(?))`, 'raw')
    .all(JSON.stringify(ids)) as [string, string][];
  for (const [id, data] of rows) stored.set(id, JSON.parse(data) as RxDocumentData<T>);
  return stored;
}

function rowValues<T>(layout: CollectionTable, doc: RxDocumentData<T>): unknown[] {
  const values: unknown[] = [
    (doc as Record<string, unknown>)[layout.primaryPath],
    doc._rev,
    doc._deleted ? 1 : 0,
    doc._meta.lwt,
    JSON.stringify(doc),
  ];
  for (const column of layout.columns) values.push(column.keyOf(doc));
  return values;
}
