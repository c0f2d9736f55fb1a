import type { RxStorageWriteError } from 'rxdb';
import { AppError } from '../../../../src-shared/errors';

/**
 * Bulk writes report failures per document instead of throwing; a repository must not drop them.
 * A 409 is a conflict the caller can act on, anything else is a bug or a broken storage.
 */
export function throwOnWriteErrors<Doc>(
  collection: string,
  errors: readonly RxStorageWriteError<Doc>[],
): void {
  const [first] = errors;
  if (first === undefined) return;
  const code = first.status === 409 ? 'conflict' : 'internal';
  throw new AppError(code, `Could not save ${errors.length} ${collection} record(s).`, {
    cause: new Error(`${collection}: ${first.status} on ${first.documentId}`),
  });
}
