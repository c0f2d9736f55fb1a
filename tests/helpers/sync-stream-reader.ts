import { type SyncSignal, syncPaths, syncSignalSchema } from '../../src-shared/hub-api';
import type { TestStation } from './sync-client';

/** A station's open change stream, read as the station app reads it. */
export type StreamReader = {
  /** HTTP status of the stream's answer. */
  readonly status: number;
  /** Every `change` event so far. */
  readonly signals: readonly SyncSignal[];
  /** Comment lines (heartbeats) so far. */
  readonly comments: number;
  /** Resolves once `count` change events have arrived. */
  signalCount(count: number): Promise<void>;
  /** Resolves once `count` comment lines have arrived. */
  commentCount(count: number): Promise<void>;
  /** Resolves when the hub ends the stream. */
  readonly ended: Promise<void>;
  /** Disconnects, as a station going offline does. */
  close(): Promise<void>;
};

/** Opens `station`'s change stream on the hub at `hubUrl`. */
export async function openStream(hubUrl: string, station: TestStation): Promise<StreamReader> {
  const abort = new AbortController();
  const response = await fetch(new URL(syncPaths.stream, hubUrl), {
    headers: { authorization: station.authorization, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const signals: SyncSignal[] = [];
  let comments = 0;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };
  const waitFor = (isDone: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!isDone()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });

  const ended = (async () => {
    const body = response.body;
    if (body === null) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) comments += 1;
          const data = /^event: change\ndata: (.*)$/m.exec(block)?.[1];
          if (data !== undefined) signals.push(syncSignalSchema.parse(JSON.parse(data)));
          end = buffer.indexOf('\n\n');
        }
        wake();
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();

  return {
    status: response.status,
    signals,
    get comments() {
      return comments;
    },
    signalCount: (count) => waitFor(() => signals.length >= count),
    commentCount: (count) => waitFor(() => comments >= count),
    ended,
    async close() {
      abort.abort();
      await ended;
    },
  };
}
