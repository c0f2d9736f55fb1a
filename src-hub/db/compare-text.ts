/**
 * Code-unit order of two strings: the order of PostgreSQL's `C` collation for ASCII ids. Code that
 * sorts in JavaScript what SQL locks `ORDER BY … COLLATE "C"` uses it, so both take row locks in
 * the same order whatever collation the database was created with.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
