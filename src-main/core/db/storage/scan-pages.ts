import type { CollectionTable } from './collection-table';
import { type IndexScan, scanOrder, scanParams, scanWhere } from './index-scan';
import type { StatementCache } from './statement-cache';

/** One row of a scan: its key in the scanned index (null in a whole-table scan) and its JSON. */
export type ScanRow = readonly [key: Buffer | null, data: string];

/** Rows a page reads after the first; pages keep memory flat on large ranges. */
export const pageSize = 512;

/**
 * The rows of a scan page by page, in index order (backwards for a descending scan). Each page
 * after the first continues strictly after the last key read (keyset paging), so a page costs the
 * same wherever it is in the range — unlike OFFSET — and no statement stays open between pages.
 */
export function* scanPages<T>(
  statements: StatementCache,
  layout: CollectionTable,
  scan: IndexScan<T>,
  firstPage: number,
): Generator<ScanRow[]> {
  if (!scan.column) {
    yield statements.get(`SELECT NULL, data FROM ${layout.table}`, 'raw').all() as ScanRow[];
    return;
  }
  const column = scan.column.column;
  const select = `SELECT ${column}, data FROM ${layout.table}`;
  let rows = statements
    .get(`${select} ${scanWhere(scan)} ${scanOrder(scan)} LIMIT ?`, 'raw')
    .all(...scanParams(scan), firstPage) as [Buffer, string][];
  const upper = scan.inclusiveEnd ? '<=' : '<';
  const lower = scan.inclusiveStart ? '>=' : '>';
  const next = scan.descending
    ? `${select} WHERE ${column} ${lower} ? AND ${column} < ? ORDER BY ${column} DESC LIMIT ?`
    : `${select} WHERE ${column} > ? AND ${column} ${upper} ? ORDER BY ${column} LIMIT ?`;
  let limit = firstPage;
  for (;;) {
    yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < limit) return;
    limit = pageSize;
    const params = scan.descending ? [scan.lower, last[0]] : [last[0], scan.upper];
    rows = statements.get(next, 'raw').all(...params, limit) as [Buffer, string][];
  }
}
