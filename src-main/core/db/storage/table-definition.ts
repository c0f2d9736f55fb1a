import type { IndexColumn } from './index-key';

/** `CREATE TABLE` of a collection table named `table` (quoted) with its key columns. */
export function tableDefinition(table: string, columns: readonly IndexColumn[]): string {
  return `CREATE TABLE IF NOT EXISTS ${table} (
    id TEXT PRIMARY KEY NOT NULL,
    rev TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    lwt REAL NOT NULL,
    data TEXT NOT NULL
    ${columns.map((c) => `, ${c.column} BLOB`).join('')}
  )`;
}
