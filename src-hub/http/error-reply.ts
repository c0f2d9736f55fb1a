import { AppError, type ErrorCode, unreachable } from '../../src-shared/errors';
import { hubBodyLimitBytes } from '../../src-shared/hub-api';

/** An HTTP error answer: status and the body every hub error has (`hubErrorSchema`). */
export type ErrorReply = { readonly status: number; readonly body: { code: ErrorCode; message: string } };

/** What a person sees when the hub itself failed; the details go to the log only. */
export const internalErrorMessage = 'The hub had an unexpected problem — try again';

/** HTTP status of each error code. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'too_large':
      return 413;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
    default:
      return unreachable(code);
  }
}

/**
 * Maps anything a route or Fastify threw to a safe answer. AppErrors keep their code and message;
 * Fastify's own client errors (bad JSON, wrong content type, too large) become `validation` or
 * `too_large`; everything else is `internal` with a fixed message, never a stack or SQL.
 */
export function errorReply(error: unknown): ErrorReply {
  if (error instanceof AppError) {
    return { status: statusOf(error.code), body: { code: error.code, message: error.message } };
  }
  // Fastify's errors are plain Errors with extra fields; each field is type-checked before use.
  const fastifyError: { code?: unknown; statusCode?: unknown; validation?: unknown; message?: unknown } =
    typeof error === 'object' && error !== null ? error : {};
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const limit = `${hubBodyLimitBytes / 1_048_576} MiB`;
    return { status: 413, body: { code: 'too_large', message: `The request is larger than ${limit}` } };
  }
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (fastifyError.validation !== undefined || (status >= 400 && status < 500)) {
    const message =
      typeof fastifyError.message === 'string' ? fastifyError.message : 'The request is not valid';
    return {
      status: status >= 400 && status < 500 ? status : 400,
      body: { code: codeOfClientStatus(status), message },
    };
  }
  return { status: 500, body: { code: 'internal', message: internalErrorMessage } };
}

function codeOfClientStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too_large';
  if (status === 429) return 'rate_limited';
  return 'validation';
}
