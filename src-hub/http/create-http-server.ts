import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import { fastify, LogController } from 'fastify';
import { hubBodyLimitBytes } from '../../src-shared/hub-api';
import type { Logger } from '../logging';
import { errorReply } from './error-reply';

/**
 * The hub's Fastify server with its limits and its one error handler. Feature routes are mounted
 * on it by the composition root.
 */
export function createHttpServer(logger: Logger) {
  const app = fastify({
    loggerInstance: logger,
    bodyLimit: hubBodyLimitBytes,
    // Per-request lines at info would drown the log on a busy hub; they are logged at debug below.
    logController: new LogController({ disableRequestLogging: true }),
    // Finish in-flight requests on close, but do not wait for idle keep-alive sockets.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });

  const connections = trackUnusedConnections(app.server);
  app.addHook('preClose', (done) => {
    connections.stopAndDestroyUnused();
    done();
  });

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorReply(error);
    if (status >= 500) request.log.error({ err: error, url: request.url }, 'request failed');
    return reply.status(status).send(body);
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ code: 'not_found', message: `No ${request.method} ${request.url} on this hub` }),
  );

  app.addHook('onResponse', (request, reply, done) => {
    request.log.debug(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
    done();
  });

  return app;
}

/**
 * Clients open connections they never send on (fetch pools and browsers connect ahead). Node's
 * `server.close()` does not count those as idle and waits for its 60 s header timeout, so a hub
 * with one open would take a minute to stop. Once the hub closes, such connections carry no work:
 * they are destroyed, and so is any that arrives before the listener stops.
 */
function trackUnusedConnections(server: Server): { stopAndDestroyUnused(): void } {
  const unused = new Set<Socket>();
  let isClosing = false;
  server.on('connection', (socket: Socket) => {
    if (isClosing) {
      socket.destroy();
      return;
    }
    unused.add(socket);
    socket.once('close', () => unused.delete(socket));
  });
  server.on('request', (request: IncomingMessage) => unused.delete(request.socket));
  return {
    stopAndDestroyUnused() {
      isClosing = true;
      for (const socket of unused) socket.destroy();
      unused.clear();
    },
  };
}

/** The hub's HTTP server, as feature route modules receive it. */
export type HubHttpServer = ReturnType<typeof createHttpServer>;
