import type { Clock } from '../clock';

/** The fetch-like port every hub call goes through; tests inject a fake, the app the global fetch. */
export type HubTransport = (url: string, init: RequestInit) => Promise<Response>;

/** The default transport: Node's fetch. */
export function createFetchTransport(): HubTransport {
  return (url, init) => fetch(url, init);
}

/** One call to the hub. */
export type HubRequest = {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly timeoutMs: number;
  /** Cancels the call early, e.g. when the station shuts down. */
  readonly signal?: AbortSignal;
};

/** The hub's answer: status and JSON body (null when it was not JSON). */
export type HubAnswer = { readonly status: number; readonly body: unknown };

/** Why the hub could not be reached; `message` is plain language for the Station screen. */
export class HubUnreachableError extends Error {
  readonly reason: 'timeout' | 'refused' | 'not_found' | 'network';

  constructor(reason: HubUnreachableError['reason'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HubUnreachableError';
    this.reason = reason;
  }
}

export type HubCallContext = {
  readonly transport: HubTransport;
  readonly clock: Clock;
  readonly hubUrl: string;
};

/**
 * Sends one request and reads the whole answer within `timeoutMs` of the injected clock.
 * Throws {@link HubUnreachableError} when no HTTP answer came back; any HTTP status is an answer.
 */
export async function callHub(context: HubCallContext, request: HubRequest): Promise<HubAnswer> {
  const controller = new AbortController();
  const cancelTimer = context.clock.setTimer(() => controller.abort(), request.timeoutMs);
  const abortEarly = () => controller.abort();
  request.signal?.addEventListener('abort', abortEarly, { once: true });
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await context.transport(joinUrl(context.hubUrl, request.path), {
      method: request.method,
      headers,
      signal: controller.signal,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: parseJson(text) };
  } catch (error) {
    throw toUnreachable(error, controller.signal.aborted, request.timeoutMs);
  } finally {
    cancelTimer();
    request.signal?.removeEventListener('abort', abortEarly);
  }
}

function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Why a request got no answer, in plain language; fetch itself only says "fetch failed". */
export function toUnreachable(error: unknown, isTimedOut: boolean, timeoutMs: number): HubUnreachableError {
  if (isTimedOut) {
    return new HubUnreachableError('timeout', `Hub did not answer within ${timeoutMs / 1000} s`, {
      cause: error,
    });
  }
  const code = errorCode(error);
  if (code === 'ECONNREFUSED') {
    return new HubUnreachableError('refused', 'Hub refused the connection (not running?)', { cause: error });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new HubUnreachableError('not_found', 'Hub address not found', { cause: error });
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new HubUnreachableError('network', 'Hub not reachable (no route to its address)', {
      cause: error,
    });
  }
  return new HubUnreachableError('network', `Hub not reachable (${innermostMessage(error)})`, {
    cause: error,
  });
}

/** fetch says only "fetch failed"; the reason is at the end of its cause chain. */
function innermostMessage(error: unknown): string {
  let message = 'network error';
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    if (current.message !== '') message = current.message;
    current = current.cause;
  }
  return message.length > 120 ? `${message.slice(0, 119)}…` : message;
}

/** The system error code of a fetch failure, which Node puts on the error's cause. */
function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    if ('code' in current && typeof current.code === 'string' && current.code.startsWith('E'))
      return current.code;
    current = current.cause;
  }
  return undefined;
}
