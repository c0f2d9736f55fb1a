import type { Database } from 'better-sqlite3';
import { getPrimaryFieldOfPrimaryKey, type RxDocumentData, type RxJsonSchema } from 'rxdb';
import { createIndexColumn, type IndexColumn, quoteIdentifier } from './index-key';
import { migrateKeyFormat } from './key-format-migration';
import { tableDefinition } from './table-definition';

/**
 * How one collection at one schema version is laid out in SQLite: a row per document with the
 * columns RxDB's bookkeeping needs (`id, rev, deleted, lwt`), the document as JSON text, and one
 * BLOB column per schema index holding the encoded index string (see index-key.ts).
 */
export type CollectionTable = {
  /** Quoted table name. */
  readonly table: string;
  /** Quoted name of the attachments table, when the schema has attachments. */
  readonly attachmentsTable: string | undefined;
  readonly primaryPath: string;
  readonly columns: readonly IndexColumn[];
  /** Column by `fields.join(',')`. */
  readonly columnByKey: ReadonlyMap<string, IndexColumn>;
  /** The `['_meta.lwt', primaryPath]` column that orders changes for checkpoints. */
  readonly changesColumn: IndexColumn;
  /** Plain name (unquoted), for errors and internals. */
  readonly name: string;
};

/** Describes the table of a collection; RxDB always passes a schema filled with its defaults. */
export function describeCollectionTable<T>(
  collectionName: string,
  schema: RxJsonSchema<RxDocumentData<T>>,
): CollectionTable {
  const name = `rx_${collectionName}_v${schema.version}`;
  const primaryPath = getPrimaryFieldOfPrimaryKey(schema.primaryKey) as string;
  const indexFields = (schema.indexes ?? []).map((index) =>
    typeof index === 'string' ? [index] : [...index],
  );
  // getChangedDocumentsSince needs this order even if a hand-made schema lacks RxDB's default index.
  indexFields.push(['_meta.lwt', primaryPath]);
  const columnByKey = new Map<string, IndexColumn>();
  for (const fields of indexFields) {
    const key = fields.join(',');
    if (!columnByKey.has(key)) columnByKey.set(key, createIndexColumn(name, schema, fields));
  }
  const changesColumn = columnByKey.get(`_meta.lwt,${primaryPath}`);
  if (!changesColumn) throw new Error(`no change index for ${name}`);
  return {
    table: quoteIdentifier(name),
    attachmentsTable: schema.attachments ? quoteIdentifier(`${name}:attachments`) : undefined,
    primaryPath,
    columns: [...columnByKey.values()],
    columnByKey,
    changesColumn,
    name,
  };
}

/**
 * Creates the table, its indexes and its attachments table; rewrites a table of an older key format
 * and adds index columns a schema gained, filled from the stored documents.
 */
export function ensureCollectionTable(db: Database, layout: CollectionTable): void {
  db.transaction(() => {
    db.exec(tableDefinition(layout.table, layout.columns));
    if (!migrateKeyFormat(db, layout)) addMissingColumns(db, layout);
    createSecondaryIndexes(db, layout);
    if (layout.attachmentsTable) {
      db.exec(
        `CREATE TABLE IF NOT EXISTS ${layout.attachmentsTable} (
          doc_id TEXT NOT NULL,
          attachment_id TEXT NOT NULL,
          digest TEXT NOT NULL,
          type TEXT NOT NULL,
          data BLOB NOT NULL,
          PRIMARY KEY (doc_id, attachment_id)
        )`,
      );
    }
  }).immediate();
}

/**
 * Creates the SQLite indexes over the index columns and the tombstone index, where missing. A
 * table may lack them after a bulk load (see {@link dropSecondaryIndexes}); opening it builds them.
 */
export function createSecondaryIndexes(db: Database, layout: CollectionTable): void {
  for (const column of layout.columns) {
    db.exec(`CREATE INDEX IF NOT EXISTS ${column.sqlIndex} ON ${layout.table} (${column.column})`);
  }
  // cleanup() looks only at tombstones: a partial index keeps it off the live rows.
  db.exec(`CREATE INDEX IF NOT EXISTS ${tombstoneIndex(layout)} ON ${layout.table} (lwt) WHERE deleted = 1`);
}

/**
 * Drops every index but the primary key's, for a bulk load into an empty table: building an index
 * once from all rows costs far less than updating it row by row at random places.
 */
export function dropSecondaryIndexes(db: Database, layout: CollectionTable): void {
  for (const column of layout.columns) db.exec(`DROP INDEX IF EXISTS ${column.sqlIndex}`);
  db.exec(`DROP INDEX IF EXISTS ${tombstoneIndex(layout)}`);
}

function tombstoneIndex(layout: CollectionTable): string {
  return quoteIdentifier(`${layout.name}:tombstones`);
}

/**
 * RxDB refuses a changed schema under the same version, but a table written by an older build of
 * this storage may lack an index column: add it and fill it from the stored documents.
 */
function addMissingColumns(db: Database, layout: CollectionTable): void {
  const existing = new Set(
    (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(layout.name) as string[]).map(
      quoteIdentifier,
    ),
  );
  const missing = layout.columns.filter((c) => !existing.has(c.column));
  if (missing.length === 0) return;
  for (const column of missing) db.exec(`ALTER TABLE ${layout.table} ADD COLUMN ${column.column} BLOB`);
  const update = db.prepare(
    `UPDATE ${layout.table} SET ${missing.map((c) => `${c.column} = ?`).join(', ')} WHERE id = ?`,
  );
  const rows = db.prepare(`SELECT id, data FROM ${layout.table}`).raw().all() as [string, string][];
  for (const [id, data] of rows) {
    const doc = JSON.parse(data) as RxDocumentData<unknown>;
    update.run(...missing.map((c) => c.keyOf(doc)), id);
  }
}

/** Drops the collection's tables; their indexes go with them. */
export function dropCollectionTable(db: Database, layout: CollectionTable): void {
  db.transaction(() => {
    db.exec(`DROP TABLE IF EXISTS ${layout.table}`);
    if (layout.attachmentsTable) db.exec(`DROP TABLE IF EXISTS ${layout.attachmentsTable}`);
  }).immediate();
}
