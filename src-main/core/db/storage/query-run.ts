import {
  getQueryMatcher,
  getSortComparator,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageCountResult,
} from 'rxdb';
import { readBackwards } from './backward-read';
import type { CollectionTable } from './collection-table';
import { type IndexScan, scanOrder, scanParams, scanWhere } from './index-scan';
import { pageSize, scanPages } from './scan-pages';
import type { StatementCache } from './statement-cache';

type Parsed<T> = RxDocumentData<T>;

/**
 * Runs a prepared query as one index range scan. Four cases, by what the plan covers:
 * - an all-descending sort the index serves backwards: see backward-read.ts;
 * - selector and sort covered: skip and limit go into SQL, every row read is a result;
 * - sort covered, selector not: rows come in index order through RxDB's matcher and reading stops
 *   once skip + limit rows matched;
 * - sort not covered: every row in the range is read (and matched if needed), then sorted with
 *   RxDB's comparator and sliced.
 */
export function runQuery<T>(
  statements: StatementCache,
  layout: CollectionTable,
  schema: RxJsonSchema<Parsed<T>>,
  prepared: PreparedQuery<T>,
  scan: IndexScan<T>,
): Parsed<T>[] {
  const query = prepared.query;
  const skip = query.skip > 0 ? query.skip : 0;
  const limit = typeof query.limit === 'number' ? query.limit : Number.POSITIVE_INFINITY;
  const wanted = skip + limit;
  if (wanted === 0) return [];
  if (scan.descending) return readBackwards(statements, layout, schema, prepared, scan).slice(skip, wanted);

  if (!scan.mustMatch && !scan.mustSort) {
    const sql = `SELECT data FROM ${layout.table} ${scanWhere(scan)} ${scanOrder(scan)} LIMIT ? OFFSET ?`;
    const rows = statements
      .get(sql, 'pluck')
      .all(...scanParams(scan), Number.isFinite(limit) ? limit : -1, skip);
    return (rows as string[]).map((data) => JSON.parse(data) as Parsed<T>);
  }

  const matches = scan.mustMatch ? getQueryMatcher(schema, query) : undefined;
  let found: Parsed<T>[] = [];
  const firstPage = scan.mustSort || !Number.isFinite(wanted) ? pageSize : Math.max(64, wanted * 2);
  for (const page of scanPages(statements, layout, scan, firstPage)) {
    for (const [, data] of page) {
      const doc = JSON.parse(data) as Parsed<T>;
      if (matches && !matches(doc)) continue;
      found.push(doc);
      if (!scan.mustSort && found.length >= wanted) return found.slice(skip);
    }
  }
  if (scan.mustSort) found = found.sort(getSortComparator(schema, query));
  return skip > 0 || found.length > wanted ? found.slice(skip, wanted) : found;
}

/**
 * Counts what {@link runQuery} would return. A covered selector is a `COUNT(*)` over the range;
 * otherwise each row in the range goes through the matcher. Skip and limit are honoured as the
 * interface asks, although RxDB's own count queries never carry them.
 */
export function runCount<T>(
  statements: StatementCache,
  layout: CollectionTable,
  schema: RxJsonSchema<Parsed<T>>,
  prepared: PreparedQuery<T>,
  scan: IndexScan<T>,
): RxStorageCountResult {
  const query = prepared.query;
  let total = 0;
  if (!scan.mustMatch) {
    const sql = `SELECT COUNT(*) FROM ${layout.table} ${scanWhere(scan)}`;
    total = statements.get(sql, 'pluck').get(...scanParams(scan)) as number;
  } else {
    const matches = getQueryMatcher(schema, query);
    for (const page of scanPages(statements, layout, scan, pageSize)) {
      for (const [, data] of page) if (matches(JSON.parse(data) as Parsed<T>)) total += 1;
    }
  }
  const skip = query.skip > 0 ? query.skip : 0;
  const limit = typeof query.limit === 'number' ? query.limit : Number.POSITIVE_INFINITY;
  return { count: Math.max(0, Math.min(total - skip, limit)), mode: 'fast' };
}
