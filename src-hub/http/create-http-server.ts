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

/** The hub's HTTP server, as feature route modules receive it. */
export type HubHttpServer = ReturnType<typeof createHttpServer>;
