import {
  getQueryMatcher,
  getSortComparator,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
} from 'rxdb';
import type { CollectionTable } from './collection-table';
import type { IndexScan } from './index-scan';
import { pageSize, type ScanRow, scanPages } from './scan-pages';
import type { StatementCache } from './statement-cache';

/**
 * The first skip + limit results of an all-descending query, read from the end of its index range
 * (`ORDER BY … DESC`), as RxDB's comparator orders them. Index keys and the comparator agree except
 * for strings that extend one another (see `floorOf` in index-scan.ts), so:
 *
 *   read backwards ──enough matches──▶ sort the rows read ──▶ floor of the last wanted row
 *        │                                  ▲                        │
 *        └─range ends: every row read       └──read [floor, boundary)┘ while floor < boundary
 *
 * `boundary` is the lowest key read: every row at or above it has been read. A row not read yet
 * that sorts before the last wanted row has a key at or above its floor, so once the floor is at
 * or above the boundary, the rows read hold the answer. With ordinary data the floor check is one
 * indexed statement that finds nothing. Sorting rows that already came in order is linear.
 */
export function readBackwards<T>(
  statements: StatementCache,
  layout: CollectionTable,
  schema: RxJsonSchema<RxDocumentData<T>>,
  prepared: PreparedQuery<T>,
  scan: IndexScan<T>,
): RxDocumentData<T>[] {
  const query = prepared.query;
  const wanted = (query.skip > 0 ? query.skip : 0) + (query.limit ?? Number.POSITIVE_INFINITY);
  const matches = scan.mustMatch ? getQueryMatcher(schema, query) : undefined;
  const found: RxDocumentData<T>[] = [];
  const keep = (page: readonly ScanRow[]): void => {
    for (const [, data] of page) {
      const doc = JSON.parse(data) as RxDocumentData<T>;
      if (!matches || matches(doc)) found.push(doc);
    }
  };

  let boundary: Buffer | null | undefined;
  const firstPage = !Number.isFinite(wanted) ? pageSize : matches ? Math.max(64, wanted * 2) : wanted;
  for (const page of scanPages(statements, layout, scan, firstPage)) {
    keep(page);
    boundary = page.at(-1)?.[0] ?? boundary;
    if (found.length >= wanted) break;
  }
  const compare = getSortComparator(schema, query);
  found.sort(compare);
  if (found.length < wanted || !boundary || !scan.floorOf) return found;

  for (;;) {
    const last = found[wanted - 1];
    if (!last) return found;
    const floor = scan.floorOf(last);
    if (Buffer.compare(floor, boundary) >= 0) return found;
    const isPastStart = Buffer.compare(floor, scan.lower) <= 0;
    const rest: IndexScan<T> = {
      ...scan,
      lower: isPastStart ? scan.lower : floor,
      inclusiveStart: isPastStart ? scan.inclusiveStart : true,
      upper: boundary,
      inclusiveEnd: false,
    };
    for (const page of scanPages(statements, layout, rest, pageSize)) keep(page);
    found.sort(compare);
    if (isPastStart) return found;
    boundary = floor;
  }
}
