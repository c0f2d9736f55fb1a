import type { AddressInfo } from 'node:net';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { fail, hostPaths } from '../../src-shared/bridge';
import { hubBodyLimitBytes } from '../../src-shared/hub-api';
import { type CallerContext, createLogger, type Logger, type StationCore } from '../core';
import { createBrowserSessions } from './browser-sessions';
import { createEventStreams } from './event-streams';
import { refusalReason } from './request-guard';
import { securityHeaders } from './security-headers';

export type StationHostOptions = {
  readonly core: StationCore;
  /** The built renderer (`out/renderer`). */
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Default 127.0.0.1: only this machine. `0.0.0.0` serves handheld terminals on the LAN. */
  readonly host?: string;
  readonly logger?: Logger;
  readonly heartbeatMs?: number;
  /** A browser session unused this long is signed out. Default 12 h (longer than a shift). */
  readonly sessionIdleMs?: number;
};

/** The running station host. */
export type StationHost = {
  /** Where a browser on this machine opens the station. */
  readonly url: string;
  readonly port: number;
  /** Ends the event streams, then stops accepting and waits for requests in flight. Idempotent. */
  close(): Promise<void>;
};

/** The body the bridge answers when it cannot even read a request. */
const bodyTooLarge = fail('too_large', `The request is larger than ${hubBodyLimitBytes / 1024 / 1024} MiB`);

/**
 * Serves the built renderer and the station's one dispatcher to browsers: the bridge over
 * HTTP (`POST /bridge/invoke/:channel`) and Server-Sent Events (`GET /bridge/events`). Each browser
 * holds its own cookie session and signs in on its own.
 */
export async function createStationHost(options: StationHostOptions): Promise<StationHost> {
  const boundHost = options.host ?? '127.0.0.1';
  const logger = options.logger ?? createLogger('host');
  const { core } = options;
  const sessions = createBrowserSessions({
    now: () => Date.now(),
    idleMs: options.sessionIdleMs ?? 12 * 3_600_000,
  });
  const streams = createEventStreams({ core, logger, heartbeatMs: options.heartbeatMs ?? 15_000 });
  const callers = new WeakMap<FastifyRequest, CallerContext>();
  // Fastify's own logger stays off: the host logs what matters itself, with the app's redaction.
  const app = Fastify({ bodyLimit: hubBodyLimitBytes, logger: false });

  // Only JSON reaches the bridge: a text/plain POST is a "simple" cross-site request browsers send
  // without asking first.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    const refusal = refusalReason(request.headers, boundHost);
    if (refusal !== null) {
      logger.warn({ url: request.url, origin: request.headers.origin, host: request.headers.host }, refusal);
      return reply.code(403).headers(securityHeaders).send(fail('forbidden', refusal));
    }
    const session = sessions.resolve(request.headers.cookie);
    if (session.setCookie !== null) reply.header('set-cookie', session.setCookie);
    callers.set(request, { sessionId: session.sessionId });
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders);
  });

  app.post<{ Params: { channel: string } }>(`${hostPaths.invoke}:channel`, async (request) => {
    // onRequest sets a caller for every request it lets through.
    const caller = callers.get(request) as CallerContext;
    return core.dispatch(request.params.channel, request.body ?? {}, caller);
  });

  app.get(hostPaths.events, (request, reply) => {
    const caller = callers.get(request) as CallerContext;
    // A stream outlives the request cycle: Fastify hands the socket over, with the headers so far.
    reply.hijack();
    streams.open(request.raw, reply.raw, caller, { ...textHeaders(reply.getHeaders()), ...securityHeaders });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 413) return reply.code(413).send(bodyTooLarge);
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .code(415)
        .send(fail('validation', 'Send the input as JSON (content-type: application/json)'));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(400).send(fail('validation', 'The request body is not valid JSON'));
    }
    logger.error({ err: error, url: request.url }, 'station host request failed');
    return reply.code(500).send(fail('internal', 'Something went wrong in the station host.'));
  });

  await registerRenderer(app, options.rendererDir);

  const sweeper = setInterval(() => sessions.sweep().forEach((id) => core.endSession(id)), 10 * 60_000);
  sweeper.unref();

  try {
    await app.listen({ port: options.port, host: boundHost });
  } catch (error) {
    clearInterval(sweeper);
    await app.close();
    throw error;
  }
  // A server listening on TCP has an AddressInfo address.
  const { port } = app.server.address() as AddressInfo;
  let closing: Promise<void> | null = null;

  return {
    url: `http://${displayHost(boundHost)}:${port}`,
    port,
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        streams.closeAll();
        await app.close();
        for (const id of sessions.all()) core.endSession(id);
      })();
      return closing;
    },
  };
}

/** Static files of the built renderer; any other page address gets index.html (client-side routes). */
async function registerRenderer(app: FastifyInstance, rendererDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: rendererDir,
    prefix: '/',
    index: ['index.html'],
    dotfiles: 'deny',
    setHeaders(reply, path) {
      // Vite names built assets by content hash: they never change; everything else is revalidated.
      const isHashedAsset = /[\\/]assets[\\/]/.test(path);
      reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/bridge/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.code(404).send(fail('not_found', 'Not found'));
  });
}

/** Headers set so far (the session cookie among them), as Node's writeHead takes them. */
function textHeaders(
  headers: Record<string, string | number | string[] | undefined>,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name] = typeof value === 'number' ? String(value) : value;
  }
  return result;
}

/** The address to print for a browser on this machine. */
function displayHost(boundHost: string): string {
  if (boundHost === '0.0.0.0' || boundHost === '::' || boundHost === '') return '127.0.0.1';
  if (boundHost.includes(':') && !boundHost.startsWith('[')) return `[${boundHost}]`;
  return boundHost;
}
