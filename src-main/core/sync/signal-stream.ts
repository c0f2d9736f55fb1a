import { createParser } from 'eventsource-parser';
import { pullCollections, type SyncSignal, syncPaths, syncSignalSchema } from '../../../src-shared/hub-api';
import type { Clock } from '../clock';
import { type HubTransport, toUnreachable } from '../hub-link/hub-transport';
import { errorOfStatus, SyncRequestError, toSyncError } from './sync-errors';

/** What opening the change stream needs. */
export type SignalStreamOptions = {
  readonly hubUrl: string;
  readonly transport: HubTransport;
  readonly clock: Clock;
  readonly headers: Readonly<Record<string, string>>;
  /** Longest wait for the stream to be accepted; once open it may stay quiet for hours. */
  readonly timeoutMs: number;
  /** Ends the stream (the loop stops or reconnects). */
  readonly signal: AbortSignal;
};

/** A change event whose data cannot be read: the safe reading is "everything may have changed". */
const everythingChanged: SyncSignal = { collections: [...pullCollections] };

/**
 * Opens the hub's server-sent event stream and resolves once the hub accepted it (HTTP 200). Its
 * `change` events come out as {@link SyncSignal}s; other event names (keep-alives, greetings) are
 * skipped. Failures are {@link SyncRequestError}s, like every sync request.
 */
export async function openSignalStream(options: SignalStreamOptions): Promise<AsyncIterable<SyncSignal>> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal.addEventListener('abort', abort, { once: true });
  if (options.signal.aborted) controller.abort();
  const cancelTimer = options.clock.setTimer(abort, options.timeoutMs);
  let response: Response;
  try {
    response = await options.transport(options.hubUrl.replace(/\/+$/, '') + syncPaths.stream, {
      method: 'GET',
      headers: { accept: 'text/event-stream', ...options.headers },
      signal: controller.signal,
    });
  } catch (error) {
    options.signal.removeEventListener('abort', abort);
    throw toStreamError(error, options.signal.aborted, options.timeoutMs);
  } finally {
    cancelTimer();
  }
  if (response.status !== 200 || response.body === null) {
    options.signal.removeEventListener('abort', abort);
    const body = await response.json().catch(() => null);
    throw errorOfStatus(response.status, body, 'the live change stream');
  }
  // The abort listener stays: aborting the station's signal also aborts the request underneath.
  return readSignals(response.body, options.signal);
}

/**
 * The `change` events of an event-stream body, parsed as they arrive. Ends when the hub ends the
 * stream; fails when the connection breaks or `signal` aborts.
 */
export async function* readSignals(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
): AsyncGenerator<SyncSignal> {
  const received: SyncSignal[] = [];
  const parser = createParser({
    onEvent(event) {
      if (event.event === 'change') received.push(parseSignal(event.data));
    },
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const next = await reader.read().catch((error: unknown) => {
        throw new SyncRequestError('unreachable', 'The live connection to the hub was lost', {
          cause: error,
        });
      });
      if (signal.aborted) throw new SyncRequestError('unreachable', 'The live connection was closed');
      if (next.done) return;
      parser.feed(decoder.decode(next.value, { stream: true }));
      yield* received.splice(0);
    }
  } finally {
    signal.removeEventListener('abort', cancel);
    cancel();
  }
}

function parseSignal(data: string): SyncSignal {
  try {
    const parsed = syncSignalSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : everythingChanged;
  } catch {
    return everythingChanged;
  }
}

function toStreamError(error: unknown, isAbortedByCaller: boolean, timeoutMs: number): SyncRequestError {
  if (isAbortedByCaller) return new SyncRequestError('unreachable', 'The live connection was closed');
  const isTimedOut = error instanceof Error && error.name === 'AbortError';
  return toSyncError(toUnreachable(error, isTimedOut, timeoutMs));
}
