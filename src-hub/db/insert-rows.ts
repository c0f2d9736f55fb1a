import type { SqlRunner } from './hub-database';

/** PostgreSQL accepts at most 65,535 parameters per statement; stay well below it. */
const maxParamsPerStatement = 8_000;

/** A column of a bulk insert: its name, and a cast for its parameter where the text form needs one. */
export type BulkColumn = { readonly name: string; readonly cast?: 'jsonb' };

/**
 * Inserts `rows` with multi-row `INSERT … VALUES (…), (…)` statements, as many rows per
 * statement as the parameter budget allows: one round trip per chunk instead of one per row,
 * still fully parameterised. `table` and column names are the caller's constants, never input.
 */
export async function insertRows(
  tx: SqlRunner,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const rowsPerStatement = Math.max(1, Math.floor(maxParamsPerStatement / columns.length));
  const columnList = columns.map((column) => column.name).join(', ');
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column, index) => {
        params.push(row[index]);
        return column.cast === undefined ? `$${params.length}` : `$${params.length}::${column.cast}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await tx.query(`insert into ${table} (${columnList}) values ${tuples.join(', ')}`, params);
  }
}
