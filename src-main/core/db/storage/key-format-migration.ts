import type { Database } from 'better-sqlite3';
import type { RxDocumentData } from 'rxdb';
import type { CollectionTable } from './collection-table';
import { quoteIdentifier } from './index-key';
import { tableDefinition } from './table-definition';

/** Key columns of key format 1 (spaces written out); format 2 names them `key:`. */
const formatOnePrefix = 'idx:';

// Rows copied per statement: keeps memory flat on large tables.
const copyPage = 1_000;

/**
 * Rewrites a table that has key format 1 columns into the current layout, with every key made
 * again from the stored document. A table with both kinds was opened by an older build after an
 * upgrade (it added its own columns back and did not maintain ours), so both are rebuilt from
 * `data`, which every build maintains. Runs inside the caller's transaction: a crash leaves the old
 * table as it was. Returns whether it rebuilt.
 */
export function migrateKeyFormat(db: Database, layout: CollectionTable): boolean {
  const names = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(layout.name) as string[];
  if (!names.some((name) => name.startsWith(formatOnePrefix))) return false;

  const rebuilt = quoteIdentifier(`${layout.name}:rebuild`);
  db.exec(`DROP TABLE IF EXISTS ${rebuilt}`);
  db.exec(tableDefinition(rebuilt, layout.columns));
  const insert = db.prepare(
    `INSERT INTO ${rebuilt} (id, rev, deleted, lwt, data${layout.columns.map((c) => `, ${c.column}`).join('')})
     VALUES (?, ?, ?, ?, ?${layout.columns.map(() => ', ?').join('')})`,
  );
  const page = db
    .prepare(
      `SELECT rowid, id, rev, deleted, lwt, data FROM ${layout.table} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
    )
    .raw();
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = page.all(after, copyPage) as [number, string, string, number, number, string][];
    for (const [, id, rev, deleted, lwt, data] of rows) {
      const doc = JSON.parse(data) as RxDocumentData<unknown>;
      insert.run(id, rev, deleted, lwt, data, ...layout.columns.map((c) => c.keyOf(doc)));
    }
    const last = rows.at(-1);
    if (!last || rows.length < copyPage) break;
    after = last[0];
  }
  // The old indexes go with the old table; the caller creates the current ones.
  db.exec(`DROP TABLE ${layout.table}`);
  db.exec(`ALTER TABLE ${rebuilt} RENAME TO ${layout.table}`);
  return true;
}
