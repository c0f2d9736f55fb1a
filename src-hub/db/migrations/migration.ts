/**
 * One forward-only schema step. Statements run in order in one transaction, on PGlite and on
 * PostgreSQL alike, so they must be plain SQL both accept. A released migration never changes:
 * fix forward with the next version.
 */
export type Migration = {
  /** 1, 2, 3, … without gaps; recorded in `schema_migrations`. */
  readonly version: number;
  readonly name: string;
  /** One statement per entry: the extended query protocol both drivers use runs one at a time. */
  readonly statements: readonly string[];
};
