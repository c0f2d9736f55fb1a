import {
  type FilledMangoQuery,
  getIndexableStringMonad,
  getPrimaryFieldOfPrimaryKey,
  getQueryPlan,
  getSchemaByObjectPath,
  getStartIndexStringFromLowerBound,
  getStartIndexStringFromUpperBound,
  INDEX_MAX,
  INDEX_MIN,
  type MangoQuerySortPart,
  objectPathMonad,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxQueryPlan,
} from 'rxdb';
import type { CollectionTable } from './collection-table';
import { encodeIndexString, type IndexColumn } from './index-key';

/**
 * A query plan from RxDB turned into one SQL range scan over an index column, and what is left to
 * do in JavaScript. RxDB computes the plan (which index, start and end keys, inclusive or not,
 * whether the index order is the sort order and whether the range alone satisfies the selector);
 * the encoded start and end strings compare in SQLite exactly as RxDB compares them in memory.
 */
export type IndexScan<T> = {
  /** Undefined when the plan names an index the table has no column for: scan every row. */
  readonly column: IndexColumn | undefined;
  readonly lower: Buffer;
  readonly upper: Buffer;
  readonly inclusiveStart: boolean;
  readonly inclusiveEnd: boolean;
  /** Read the range from its end: every sort part is `desc` and the index covers the ascending sort. */
  readonly descending: boolean;
  /**
   * Set when `descending`: the smallest key of a row that may still sort before `doc`, so a
   * limited backwards read knows how far past its last row to keep reading.
   */
  readonly floorOf: ((doc: RxDocumentData<T>) => Buffer) | undefined;
  /** Rows in the range may not match the selector: run RxDB's query matcher on each. */
  readonly mustMatch: boolean;
  /** Index order is not the sort order: sort the matches with RxDB's comparator. */
  readonly mustSort: boolean;
};

export function planIndexScan<T>(
  schema: RxJsonSchema<RxDocumentData<T>>,
  layout: CollectionTable,
  prepared: PreparedQuery<T>,
): IndexScan<T> {
  const backwards = planBackwards(schema, prepared);
  const plan = backwards ?? prepared.queryPlan;
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
      floorOf: undefined,
      mustMatch: true,
      mustSort: true,
    };
  }
  return {
    column,
    lower: encodeIndexString(getStartIndexStringFromLowerBound(schema, index, [...plan.startKeys])),
    upper: encodeIndexString(getStartIndexStringFromUpperBound(schema, index, [...plan.endKeys])),
    inclusiveStart: plan.inclusiveStart,
    inclusiveEnd: plan.inclusiveEnd,
    descending: backwards !== undefined,
    floorOf: backwards ? createFloorOf(schema, prepared.query, index) : undefined,
    mustMatch: !plan.selectorSatisfiedByIndex,
    mustSort: !plan.sortSatisfiedByIndex,
  };
}

/**
 * RxDB's planner never lets an index serve a `desc` sort: the memory storage sorts those in
 * JavaScript. When every sort part is `desc` (primary key tie-break included) and every sort field
 * is required, reading an index backwards gives that order if the index serves the same sort
 * ascending, which RxDB's planner answers for the ascending query. It is asked twice:
 * - with RxDB's own index pinned: same range, same selector coverage, only the direction changes;
 * - freely, only when both plans bound nothing but required booleans by equality (`_deleted`):
 *   then either range holds exactly the documents the selector matches before matching, so the
 *   results are the same whichever index reads them. Other bounds have quirks of their own (a
 *   string range skips `'a\t'` above `'a'`), and swapping indexes would swap quirks.
 * Index strings order faithfully for numbers and booleans; strings and the primary key can differ
 * from the comparator in a few documents, which {@link createFloorOf} finds (see the ADR).
 */
function planBackwards<T>(
  schema: RxJsonSchema<RxDocumentData<T>>,
  prepared: PreparedQuery<T>,
): RxQueryPlan | undefined {
  const query = prepared.query;
  const primaryPath = getPrimaryFieldOfPrimaryKey(schema.primaryKey) as string;
  for (const part of query.sort) {
    for (const [field, direction] of Object.entries(part)) {
      if (direction !== 'desc' || !(field === primaryPath || isBackwardSortable(schema, field))) {
        return undefined;
      }
    }
  }
  const { index: pinned, ...unpinned } = query;
  const ascending: FilledMangoQuery<T> = {
    ...unpinned,
    sort: query.sort.map(
      (part) =>
        Object.fromEntries(Object.keys(part).map((field) => [field, 'asc'])) as MangoQuerySortPart<
          RxDocumentData<T>
        >,
    ),
  };
  const same = getQueryPlan(schema, { ...ascending, index: [...prepared.queryPlan.index] });
  if (same.sortSatisfiedByIndex) return same;
  if (pinned || !boundsOnlyRequiredBooleans(schema, prepared.queryPlan)) return undefined;
  const free = getQueryPlan(schema, ascending);
  return free.sortSatisfiedByIndex && boundsOnlyRequiredBooleans(schema, free) ? free : undefined;
}

/** Every bounded index field of the plan is a required boolean fixed by `$eq`. */
function boundsOnlyRequiredBooleans<T>(schema: RxJsonSchema<RxDocumentData<T>>, plan: RxQueryPlan): boolean {
  return plan.index.every((field, i) => {
    const start = plan.startKeys[i];
    const end = plan.endKeys[i];
    const isOpen = (start === INDEX_MIN || start === INDEX_MAX) && (end === INDEX_MAX || end === INDEX_MIN);
    return isOpen || (start === end && typeOf(schema, field) === 'boolean' && isRequired(schema, field));
  });
}

/**
 * For a backwards scan: the smallest key a row not read yet can have if it sorts before `doc` by
 * RxDB's comparator. Numbers and booleans have keys in value order, so the first sort field that
 * can disagree is the first string (or the primary key) in the index, `f`. Two strings disagree
 * with their padded keys only when one extends the other (`'a'` < `'a\t'`, key `'a '` > `'a\t'`;
 * `'a'` < `'a '`, same key); so such a row's key starts with the key part of the fields before `f`
 * and then `doc[f]` itself, and is at least that followed by U+0000.
 */
function createFloorOf<T>(
  schema: RxJsonSchema<RxDocumentData<T>>,
  query: FilledMangoQuery<T>,
  index: readonly string[],
): (doc: RxDocumentData<T>) => Buffer {
  const primaryPath = getPrimaryFieldOfPrimaryKey(schema.primaryKey) as string;
  const sortFields = new Set(query.sort.flatMap((part) => Object.keys(part)));
  const at = index.findIndex(
    (field) => sortFields.has(field) && (field === primaryPath || typeOf(schema, field) === 'string'),
  );
  const prefixOf = at > 0 ? getIndexableStringMonad(schema, index.slice(0, at)) : () => '';
  const valueOf = objectPathMonad<RxDocumentData<T>>(index[at] ?? primaryPath);
  return (doc) => {
    const value: unknown = valueOf(doc);
    // A stored value is a string or falsy: RxDB's index string writes a falsy one as '' and could
    // not be made (so the write failed) for anything else.
    return encodeIndexString(`${prefixOf(doc)}${typeof value === 'string' ? value : ''}\u0000`);
  };
}

/** A required number, integer, boolean or string field (required at every level of its path). */
function isBackwardSortable<T>(schema: RxJsonSchema<RxDocumentData<T>>, path: string): boolean {
  const type = typeOf(schema, path);
  const isSortable = type === 'number' || type === 'integer' || type === 'boolean' || type === 'string';
  // A missing value would share the key of 0, false or '' while the comparator orders it apart.
  return isSortable && isRequired(schema, path);
}

function typeOf<T>(schema: RxJsonSchema<RxDocumentData<T>>, path: string): unknown {
  return (getSchemaByObjectPath(schema, path) as { type?: unknown } | undefined)?.type;
}

function isRequired<T>(schema: RxJsonSchema<RxDocumentData<T>>, path: string): boolean {
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
export function scanWhere<T>(scan: IndexScan<T>): string {
  if (!scan.column) return '';
  const column = scan.column.column;
  return `WHERE ${column} ${scan.inclusiveStart ? '>=' : '>'} ? AND ${column} ${scan.inclusiveEnd ? '<=' : '<'} ?`;
}

/** `ORDER BY …` of a scan: the index order, or none for a whole-table scan sorted in JavaScript. */
export function scanOrder<T>(scan: IndexScan<T>): string {
  if (!scan.column) return '';
  return `ORDER BY ${scan.column.column}${scan.descending ? ' DESC' : ''}`;
}

export function scanParams<T>(scan: IndexScan<T>): Buffer[] {
  return scan.column ? [scan.lower, scan.upper] : [];
}
