import type { HubDatabase, SqlRunner } from './hub-database';

/** How often a transaction is tried when PostgreSQL aborts it for a deadlock or serialization conflict. */
export const maxTransactionAttempts = 3;

/**
 * True for a deadlock (40P01) or serialization failure (40001): PostgreSQL aborted the whole
 * transaction because of another one, and running it again is the right answer.
 */
export function isTransactionConflict(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === '40P01' || code === '40001';
}

/**
 * Runs `work` in a transaction, again (up to {@link maxTransactionAttempts} in all) when it was
 * aborted by a conflict with another transaction. `work` must be safe to repeat: everything it did
 * in the aborted attempt was rolled back.
 */
export async function transactionWithRetry<T>(
  database: HubDatabase,
  work: (tx: SqlRunner) => Promise<T>,
  onConflict: (error: unknown, attempt: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await database.transaction(work);
    } catch (error) {
      if (attempt >= maxTransactionAttempts || !isTransactionConflict(error)) throw error;
      onConflict(error, attempt);
    }
  }
}
