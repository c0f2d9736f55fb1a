import type { FastifyReply } from 'fastify';
import { type PullCollection, pullCollections, type SyncSignal } from '../../../src-shared/hub-api';
import type { Logger } from '../../logging';
import { type ChangeBus, concernsStation } from '../changes';
import type { SyncStation } from '../stations';

/** How long changes are gathered into one signal: one commit batch, not one event per row. */
export const signalCoalesceMs = 50;

/** A comment line this often keeps proxies and NAT tables from dropping a quiet stream. */
export const heartbeatIntervalMs = 15_000;

/** The open change streams of this hub. */
export type SyncStreams = {
  /** Takes over the reply and keeps it open as a `text/event-stream` for `station`. */
  open(station: SyncStation, reply: FastifyReply): void;
  /** Ends every stream; the hub calls it before closing its server, which would wait for them. */
  closeAll(): void;
  /** Ends the streams of one station (it was revoked). */
  closeStation(stationId: string): void;
  /** True while the station has a change stream open here. */
  isOpen(stationId: string): boolean;
  /** How many streams are open. */
  readonly size: number;
};

export type SyncStreamsOptions = {
  readonly changes: ChangeBus;
  readonly logger: Logger;
  readonly coalesceMs?: number;
  readonly heartbeatMs?: number;
};

/**
 * Server-sent events telling stations when to pull. A stream carries no data, only
 * `event: change` with the collections that changed for this station ({@link SyncSignal}).
 *
 * Per stream: idle ──change for this station──▶ gathering (timer of coalesceMs) ──timer──▶ send
 * one event with every collection gathered ──▶ idle. Every heartbeatMs a comment line goes out
 * whatever the state. Client gone or hub closing ──▶ closed (timers stopped, unsubscribed).
 */
export function createSyncStreams(options: SyncStreamsOptions): SyncStreams {
  const coalesceMs = options.coalesceMs ?? signalCoalesceMs;
  const heartbeatMs = options.heartbeatMs ?? heartbeatIntervalMs;
  /** Each open stream's closer, with the station it serves. */
  const closers = new Map<() => void, string>();

  function open(station: SyncStation, reply: FastifyReply): void {
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // The socket is never reused after a stream, and closing it with the stream lets the hub stop at once.
      connection: 'close',
      'x-accel-buffering': 'no',
    });
    // Reconnect after 3 s if the stream drops; the station pulls from its checkpoint on reconnect.
    response.write('retry: 3000\n\n');

    const pending = new Set<PullCollection>();
    let flushTimer: NodeJS.Timeout | null = null;
    const flush = () => {
      flushTimer = null;
      const signal: SyncSignal = { collections: pullCollections.filter((name) => pending.has(name)) };
      pending.clear();
      response.write(`event: change\ndata: ${JSON.stringify(signal)}\n\n`);
    };
    const unsubscribe = options.changes.subscribe((notes) => {
      for (const note of notes) if (concernsStation(note, station)) pending.add(note.collection);
      if (pending.size > 0 && flushTimer === null) flushTimer = setTimeout(flush, coalesceMs);
    });
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);

    const close = () => {
      if (!closers.delete(close)) return;
      unsubscribe();
      clearInterval(heartbeat);
      if (flushTimer !== null) clearTimeout(flushTimer);
      if (!response.writableEnded) response.end();
      options.logger.debug({ stationId: station.id }, 'sync stream closed');
    };
    closers.set(close, station.id);
    response.on('close', close);
    response.on('error', (error) => {
      options.logger.debug({ err: error, stationId: station.id }, 'sync stream failed');
      close();
    });
    options.logger.debug({ stationId: station.id }, 'sync stream opened');
  }

  return {
    open,
    closeAll() {
      for (const close of [...closers.keys()]) close();
    },
    closeStation(stationId) {
      for (const [close, id] of [...closers]) if (id === stationId) close();
    },
    isOpen(stationId) {
      for (const id of closers.values()) if (id === stationId) return true;
      return false;
    },
    get size() {
      return closers.size;
    },
  };
}
