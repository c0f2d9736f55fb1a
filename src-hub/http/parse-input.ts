import type { z } from 'zod';
import { AppError } from '../../src-shared/errors';

/** Validates a request part with its zod schema; a mismatch is a `validation` AppError naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'request' : issue.path.join('.');
  throw new AppError(
    'validation',
    `Invalid ${where}: ${issue?.message ?? 'does not match the expected shape'}`,
    {
      cause: result.error,
    },
  );
}
