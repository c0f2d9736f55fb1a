import {
  type FilledMangoQuery,
  getPrimaryFieldOfPrimaryKey,
  getQueryPlan,
  getSchemaByObjectPath,
  getStartIndexStringFromLowerBound,
  getStartIndexStringFromUpperBound,
  type MangoQuerySortPart,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
} from 'rxdb';
import type { CollectionTable } from './collection-table';
import { encodeIndexString, type IndexColumn } from './index-key';

/**
 * A query plan from RxDB turned into one SQL range scan over an index column, and what is left to
 * do in JavaScript. RxDB computes the plan (which index, start and end keys, inclusive or not,
 * whether the index order is the sort order and whether the range alone satisfies the selector);
 * the encoded start and end strings compare in SQLite exactly as RxDB compares them in memory.
 */
export type IndexScan = {
  /** Undefined when the plan names an index the table has no column for: scan every row. */
  readonly column: IndexColumn | undefined;
  readonly lower: Buffer;
  readonly upper: Buffer;
  readonly inclusiveStart: boolean;
  readonly inclusiveEnd: boolean;
  /** Read the range from its end: every sort part is `desc` and the index covers the ascending sort. */
  readonly descending: boolean;
  /** Rows in the range may not match the selector: run RxDB's query matcher on each. */
  readonly mustMatch: boolean;
  /** Index order is not the sort order: sort the matches with RxDB's comparator. */
  readonly mustSort: boolean;
};

export function planIndexScan<T>(
  schema: RxJsonSchema<RxDocumentData<T>>,
  layout: CollectionTable,
  prepared: PreparedQuery<T>,
): IndexScan {
  const plan = prepared.queryPlan;
  const index = [...plan.index];
  const column = layout.columnByKey.get(index.join(','));
  if (!column) {
    const none = Buffer.alloc(0);
    return {
      column,
      lower: none,
      upper: none,
      inclusiveStart: true,
      inclusiveEnd: true,
      descending: false,
      mustMatch: true,
      mustSort: true,
    };
  }
  const descending = coversSortBackwards(
    schema,
    prepared.query,
    prepared.queryPlan.index,
    plan.sortSatisfiedByIndex,
  );
  return {
    column,
    lower: encodeIndexString(getStartIndexStringFromLowerBound(schema, index, [...plan.startKeys])),
    upper: encodeIndexString(getStartIndexStringFromUpperBound(schema, index, [...plan.endKeys])),
    inclusiveStart: plan.inclusiveStart,
    inclusiveEnd: plan.inclusiveEnd,
    descending,
    mustMatch: !plan.selectorSatisfiedByIndex,
    mustSort: !plan.sortSatisfiedByIndex && !descending,
  };
}

/**
 * RxDB's planner never lets an index serve a `desc` sort: the memory storage sorts those in
 * JavaScript. When every sort part is `desc`, reading the range backwards gives the same order if
 * the index serves the same sort ascending — which RxDB's planner answers when asked with the index
 * pinned — and if the index strings of every sort field order exactly as RxDB's comparator orders
 * the values. That holds for the primary key and for required numbers and booleans, not for
 * strings (padding puts 'a\t' before 'a') nor optional fields (missing and '' share a key).
 */
function coversSortBackwards<T>(
  schema: RxJsonSchema<RxDocumentData<T>>,
  query: FilledMangoQuery<T>,
  index: readonly string[],
  sortSatisfiedByIndex: boolean,
): boolean {
  if (sortSatisfiedByIndex) return false;
  const primaryPath = getPrimaryFieldOfPrimaryKey(schema.primaryKey) as string;
  for (const part of query.sort) {
    for (const [field, direction] of Object.entries(part)) {
      if (direction !== 'desc' || !(field === primaryPath || isKeyFaithful(schema, field))) return false;
    }
  }
  const ascending: FilledMangoQuery<T> = {
    ...query,
    sort: query.sort.map(
      (part) =>
        Object.fromEntries(Object.keys(part).map((field) => [field, 'asc'])) as MangoQuerySortPart<
          RxDocumentData<T>
        >,
    ),
    index: [...index],
  };
  return getQueryPlan(schema, ascending).sortSatisfiedByIndex;
}

/** A required number, integer or boolean field: its index string orders like its value. */
function isKeyFaithful<T>(schema: RxJsonSchema<RxDocumentData<T>>, path: string): boolean {
  const type = (getSchemaByObjectPath(schema, path) as { type?: unknown } | undefined)?.type;
  if (type !== 'number' && type !== 'integer' && type !== 'boolean') return false;
  // Every level of the path must be required, or a missing value would sort as 0 or false.
  const parts = path.split('.');
  return parts.every((part, depth) => {
    const parent =
      depth === 0
        ? schema
        : (getSchemaByObjectPath(schema, parts.slice(0, depth).join('.')) as { required?: unknown });
    return Array.isArray(parent?.required) && parent.required.includes(part);
  });
}

/** `WHERE …` of a scan, with `?` for the bounds listed by {@link scanParams}. */
export function scanWhere(scan: IndexScan): string {
  if (!scan.column) return '';
  const column = scan.column.column;
  return `WHERE ${column} ${scan.inclusiveStart ? '>=' : '>'} ? AND ${column} ${scan.inclusiveEnd ? '<=' : '<'} ?`;
}

/** `ORDER BY …` of a scan: the index order, or none for a whole-table scan sorted in JavaScript. */
export function scanOrder(scan: IndexScan): string {
  if (!scan.column) return '';
  return `ORDER BY ${scan.column.column}${scan.descending ? ' DESC' : ''}`;
}

export function scanParams(scan: IndexScan): Buffer[] {
  return scan.column ? [scan.lower, scan.upper] : [];
}
