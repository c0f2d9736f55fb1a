import { hubErrorSchema } from '../../../src-shared/hub-api';
import { HubUnreachableError } from '../hub-link/hub-transport';

/**
 * Why a sync request failed, as the loop acts on it:
 * - `unreachable`: no answer (network, timeout, hub stopped) — wait and retry;
 * - `unregistered`: the hub does not know the station token (401) — register again at sign-in;
 * - `server`: the hub answered but failed (5xx, 429) — wait and retry;
 * - `refused`: the hub refused the request itself (other 4xx) — retrying alone will not fix it soon;
 * - `invalid`: the answer is not what the contract promises, or the station cannot store it.
 */
export type SyncFailureKind = 'unreachable' | 'unregistered' | 'server' | 'refused' | 'invalid';

/** A failed sync request; `message` is plain language for the Station screen. */
export class SyncRequestError extends Error {
  readonly kind: SyncFailureKind;

  constructor(kind: SyncFailureKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SyncRequestError';
    this.kind = kind;
  }
}

/** The error for an HTTP answer other than 200. */
export function errorOfStatus(status: number, body: unknown, what: string): SyncRequestError {
  const hubError = hubErrorSchema.safeParse(body);
  if (status === 401) {
    return new SyncRequestError(
      'unregistered',
      hubError.success
        ? hubError.data.message
        : 'The hub does not know this station — sign in to connect it again',
    );
  }
  if (status >= 500 || status === 429) {
    return new SyncRequestError('server', `The hub had a problem with ${what} (HTTP ${status}); retrying`);
  }
  const reason = hubError.success ? hubError.data.message : `HTTP ${status}`;
  return new SyncRequestError('refused', `The hub refused ${what}: ${reason}`);
}

/** Any failure of a sync step as a {@link SyncRequestError}. */
export function toSyncError(error: unknown): SyncRequestError {
  if (error instanceof SyncRequestError) return error;
  if (error instanceof HubUnreachableError) {
    return new SyncRequestError('unreachable', error.message, { cause: error });
  }
  return new SyncRequestError(
    'invalid',
    'The station could not store what the hub sent; the log has details',
    {
      cause: error,
    },
  );
}
