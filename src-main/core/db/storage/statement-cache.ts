import type { Database, Statement } from 'better-sqlite3';

/** How a statement hands rows back: objects, the first column only, or arrays. */
export type RowShape = 'object' | 'pluck' | 'raw';

/** Prepared statements by SQL text and row shape: each is prepared once per instance. */
export type StatementCache = {
  get(sql: string, shape?: RowShape): Statement;
};

export function createStatementCache(db: Database): StatementCache {
  const statements = new Map<string, Statement>();
  return {
    get(sql, shape = 'object') {
      // pluck() and raw() switch a statement for good, so each shape has its own statement.
      const key = `${shape}:${sql}`;
      let statement = statements.get(key);
      if (!statement) {
        statement = db.prepare(sql);
        if (shape === 'pluck') statement.pluck();
        if (shape === 'raw') statement.raw();
        statements.set(key, statement);
      }
      return statement;
    },
  };
}
