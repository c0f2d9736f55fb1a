/**
 * The error codes every boundary (bridge, hub HTTP API) speaks. A code is a promise to the UI about
 * what the person can do next: `validation` fix the input, `unauthorized` sign in again,
 * `unavailable` wait or work offline, `rate_limited` wait a few minutes before trying again.
 */
export const errorCodes = [
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

/** One of {@link errorCodes}. */
export type ErrorCode = (typeof errorCodes)[number];

/**
 * The one error type of Packline. Its message is safe to show to a person; details that are not
 * (stack, SQL, paths) stay in logs.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** A machine-readable narrowing of `code` for the UI (e.g. the rejection code of a refused command). */
  readonly reason: string | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; reason?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.reason = options?.reason;
  }
}

/** True when `value` is an {@link AppError}. */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Ends an exhaustive switch: the compiler proves this line is never reached. */
export function unreachable(value: never): never {
  throw new Error(`unreachable: ${JSON.stringify(value)}`);
}
