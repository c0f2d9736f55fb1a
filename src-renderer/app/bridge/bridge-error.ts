import type { ErrorCode } from '../../../src-shared/errors';

/**
 * What a failed bridge call throws in the renderer. `code` and `message` come from main's error
 * envelope; `isStationUnreachable` marks the one failure main cannot report itself: the station
 * service (the host, in browser mode) did not answer at all.
 */
export class BridgeError extends Error {
  readonly code: ErrorCode;
  readonly isStationUnreachable: boolean;
  /** Main's narrowing of `code`, e.g. the rejection code of a refused command. */
  readonly reason: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { isStationUnreachable?: boolean; cause?: unknown; reason?: string | undefined },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BridgeError';
    this.code = code;
    this.isStationUnreachable = options?.isStationUnreachable ?? false;
    this.reason = options?.reason;
  }
}

/** True when `value` is a {@link BridgeError}. */
export function isBridgeError(value: unknown): value is BridgeError {
  return value instanceof BridgeError;
}
