import type { Command, CommandResult } from '../../../src-shared/domain';
import {
  type PullCollection,
  pullDocumentSchemas,
  pullResponseSchema,
  pushCommandsResponseSchema,
  type RegisterStationRequest,
  type RegisterStationResponse,
  registerStationResponseSchema,
  stationIdHeader,
  stationTimeHeader,
  type SyncCheckpoint,
  type SyncSignal,
  syncPaths,
} from '../../../src-shared/hub-api';
import type { Clock } from '../clock';
import type { PullBatch, PulledDocument } from '../db';
import { callHub, type HubAnswer, type HubTransport } from '../hub-link/hub-transport';
import { openSignalStream } from './signal-stream';
import { errorOfStatus, SyncRequestError, toSyncError } from './sync-errors';

/** The hub's sync API as the station calls it. Every failure is a {@link SyncRequestError}. */
export type SyncClient = {
  /** Registers the station with a signed-in person's session token; answers the station token. */
  register(personToken: string, request: RegisterStationRequest): Promise<RegisterStationResponse>;
  /** Sends commands; answers one result per command, in push order. */
  pushCommands(commands: readonly Command[], signal: AbortSignal): Promise<CommandResult[]>;
  /** Documents of `collection` changed after `checkpoint` (null: from the start). */
  pull<C extends PullCollection>(
    collection: C,
    checkpoint: SyncCheckpoint | null,
    limit: number,
    signal: AbortSignal,
  ): Promise<PullBatch<C>>;
  /**
   * Opens the live change stream; resolves once the hub accepted it. The signals end when the hub
   * closes the stream and fail when `signal` aborts.
   */
  openStream(signal: AbortSignal): Promise<AsyncIterable<SyncSignal>>;
};

export type SyncClientOptions = {
  readonly hubUrl: string;
  readonly stationId: string;
  readonly transport: HubTransport;
  readonly clock: Clock;
  /** The current station token, or null before the station is registered. */
  readonly stationToken: () => string | null;
  /** Longest wait for one answer (a pull of 5,000 orders included). */
  readonly timeoutMs?: number;
};

/** Creates the {@link SyncClient}. */
export function createSyncClient(options: SyncClientOptions): SyncClient {
  const timeoutMs = options.timeoutMs ?? 30_000;

  /** Station time and id ride on every request: the hub measures the clock offset from them. */
  function headers(token: string | null): Record<string, string> {
    const base: Record<string, string> = {
      [stationTimeHeader]: new Date(options.clock.now()).toISOString(),
      [stationIdHeader]: options.stationId,
    };
    if (token !== null) base.authorization = `Bearer ${token}`;
    return base;
  }

  function stationToken(): string {
    const token = options.stationToken();
    if (token === null) {
      throw new SyncRequestError('unregistered', 'Sign in once to connect this station to the hub');
    }
    return token;
  }

  async function send(
    request: { method: 'GET' | 'POST'; path: string; body?: unknown; token: string },
    signal?: AbortSignal,
  ): Promise<HubAnswer> {
    try {
      return await callHub(options, {
        method: request.method,
        path: request.path,
        headers: headers(request.token),
        body: request.body,
        // A registration holds up a person's sign-in: it may not take as long as a big pull.
        timeoutMs: request.path === syncPaths.register ? Math.min(timeoutMs, 10_000) : timeoutMs,
        ...(signal === undefined ? {} : { signal }),
      });
    } catch (error) {
      throw toSyncError(error);
    }
  }

  return {
    async register(personToken, request) {
      const answer = await send({
        method: 'POST',
        path: syncPaths.register,
        body: request,
        token: personToken,
      });
      if (answer.status !== 200) throw errorOfStatus(answer.status, answer.body, 'the station registration');
      return parseAnswer(answer.body, (body) => registerStationResponseSchema.parse(body), 'registration');
    },

    async pushCommands(commands, signal) {
      const answer = await send(
        { method: 'POST', path: syncPaths.pushCommands, body: { commands }, token: stationToken() },
        signal,
      );
      if (answer.status !== 200) throw errorOfStatus(answer.status, answer.body, 'the pushed commands');
      const { results } = parseAnswer(answer.body, (body) => pushCommandsResponseSchema.parse(body), 'push');
      const pushed = new Set(commands.map((command) => command.id));
      if (results.length !== commands.length || results.some((result) => !pushed.has(result.commandId))) {
        throw new SyncRequestError('invalid', 'The hub answered a push with results for other commands');
      }
      return results;
    },

    async pull(collection, checkpoint, limit, signal) {
      const query = new URLSearchParams({ limit: String(limit) });
      if (checkpoint !== null) query.set('checkpoint', JSON.stringify(checkpoint));
      const answer = await send(
        { method: 'GET', path: `${syncPaths.pull}/${collection}?${query.toString()}`, token: stationToken() },
        signal,
      );
      if (answer.status !== 200) throw errorOfStatus(answer.status, answer.body, `the pull of ${collection}`);
      return parseAnswer(answer.body, (body) => parsePull(collection, body), `${collection} pull`);
    },

    openStream(signal) {
      return openSignalStream({
        ...options,
        headers: headers(stationToken()),
        timeoutMs: Math.min(timeoutMs, 10_000),
        signal,
      });
    },
  };
}

function parsePull<C extends PullCollection>(collection: C, body: unknown): PullBatch<C> {
  const page = pullResponseSchema.parse(body);
  const schema = pullDocumentSchemas[collection];
  // Each document is parsed with its own collection's schema, which is what PulledDocument<C> names.
  const documents = page.documents.map((document) => schema.parse(document) as PulledDocument<C>);
  return { documents, checkpoint: page.checkpoint };
}

function parseAnswer<T>(body: unknown, parse: (body: unknown) => T, what: string): T {
  try {
    return parse(body);
  } catch (error) {
    throw new SyncRequestError(
      'invalid',
      `The hub's ${what} answer is not in a form this station understands`,
      {
        cause: error,
      },
    );
  }
}
