import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { EventName } from '../../src-shared/bridge';
import type { CallerContext, Logger, StationCore, StationEvent } from '../core';

/** Events anyone may see before signing in: what the sign-in screen and Station screen need. */
const publicEvents: ReadonlySet<EventName> = new Set<EventName>(['sync.status']);

/** A client that stopped reading is dropped past this much unsent data; it reconnects and re-reads. */
const maxBufferedBytes = 1024 * 1024;

/** The open Server-Sent Events streams of the station host. */
export type EventStreams = {
  open(
    request: IncomingMessage,
    response: ServerResponse,
    caller: CallerContext,
    headers: OutgoingHttpHeaders,
  ): void;
  /** Ends every stream cleanly (on shutdown). */
  closeAll(): void;
  count(): number;
};

export type EventStreamsOptions = {
  readonly core: StationCore;
  readonly logger: Logger;
  readonly heartbeatMs: number;
};

/**
 * Each stream gets every station event as `event: <name>` / `data: <json>`, a comment heartbeat so
 * proxies and dead peers are noticed, and first of all the current `sync.status`, so a page that
 * subscribes after reading never misses the state in between. Events other than `sync.status` go
 * only to signed-in sessions; a per-stream chain keeps them in order while the sign-in is checked.
 */
export function createEventStreams(options: EventStreamsOptions): EventStreams {
  const { core, logger } = options;
  const closers = new Set<() => void>();

  async function isSignedIn(caller: CallerContext): Promise<boolean> {
    const session = await core.dispatch('auth.session', {}, caller);
    return session.ok && session.value !== null;
  }

  function open(
    request: IncomingMessage,
    response: ServerResponse,
    caller: CallerContext,
    headers: OutgoingHttpHeaders,
  ): void {
    let chain: Promise<void> = Promise.resolve();
    let isOpen = true;
    const write = (text: string) => {
      if (!isOpen) return;
      if (response.writableLength > maxBufferedBytes) return close();
      response.write(text);
    };
    const enqueue = (step: () => Promise<void>) => {
      chain = chain.then(step).catch((error: unknown) => logger.error({ err: error }, 'event stream failed'));
    };
    const send = (event: StationEvent) => {
      enqueue(async () => {
        if (!publicEvents.has(event.name) && !(await isSignedIn(caller))) return;
        write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
      });
    };

    response.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    // Reconnect soon after the host restarts.
    write('retry: 2000\n\n');
    enqueue(async () => {
      const status = await core.dispatch('station.status', {}, caller);
      const hub = status.ok ? hubOf(status.value) : null;
      if (hub !== null) write(`event: sync.status\ndata: ${JSON.stringify(hub)}\n\n`);
    });
    const unsubscribe = core.onEvent(send);
    const heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs);

    function close(): void {
      if (!isOpen) return;
      isOpen = false;
      unsubscribe();
      clearInterval(heartbeat);
      closers.delete(close);
      response.end();
    }
    closers.add(close);
    // The response, not the request: a GET's request 'closes' as soon as it has been read.
    response.on('close', close);
  }

  return {
    open,
    closeAll() {
      for (const close of [...closers]) close();
    },
    count: () => closers.size,
  };
}

/** `station.status` answers the whole status; the event carries its hub part. */
function hubOf(status: unknown): unknown {
  return typeof status === 'object' && status !== null && 'hub' in status ? status.hub : null;
}
