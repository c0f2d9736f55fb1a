import { z } from 'zod';
import { AppError } from '../../../src-shared/errors';
import {
  maxCommandsPerPush,
  maxPullLimit,
  pullCollections,
  pushCommandsRequestSchema,
  type PushCommandsResponse,
  stationTimeHeader,
  syncCheckpointSchema,
  syncPaths,
} from '../../../src-shared/hub-api';
import type { HubDatabase } from '../../db';
import { type HubHttpServer, parseInput } from '../../http';
import type { CommandProcessor } from '../commands';
import type { StationsService } from '../stations';
import { pullPage, pullResponseJson } from './pull.repo';
import type { SyncStreams } from './sync-stream';

export type SyncRoutesDeps = {
  readonly database: HubDatabase;
  readonly stations: StationsService;
  readonly commands: CommandProcessor;
  readonly streams: SyncStreams;
};

const pullParamsSchema = z.object({ collection: z.enum(pullCollections) });

const pullQuerySchema = z.object({
  checkpoint: z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text === '' || text === 'null') return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(syncCheckpointSchema.nullable()),
  limit: z.coerce.number().int().min(1).max(maxPullLimit).default(maxPullLimit),
});

/** Mounts the station-facing sync API: pull per collection, command push, change stream. */
export function registerSyncRoutes(app: HubHttpServer, deps: SyncRoutesDeps): void {
  // Open streams never finish on their own; the server's close would wait for them forever.
  app.addHook('preClose', (done) => {
    deps.streams.closeAll();
    done();
  });
  const stationOf = (headers: Record<string, string | string[] | undefined>) =>
    deps.stations.stationForRequest({
      authorization: typeof headers.authorization === 'string' ? headers.authorization : undefined,
      stationTime: headers[stationTimeHeader],
    });

  app.get(`${syncPaths.pull}/:collection`, async (request, reply) => {
    const station = await stationOf(request.headers);
    const { collection } = parseInput(pullParamsSchema, request.params);
    const { checkpoint, limit } = parseInput(pullQuerySchema, request.query);
    const page = await pullPage(
      deps.database,
      collection,
      { stationId: station.id, warehouseId: station.warehouseId },
      checkpoint,
      limit,
    );
    // The page is JSON already (a pull of 5,000 orders is ~4 MB): sent as it is, not parsed and
    // serialised again.
    return reply.type('application/json; charset=utf-8').send(pullResponseJson(page));
  });

  app.post(syncPaths.pushCommands, async (request) => {
    const station = await stationOf(request.headers);
    const count = commandCountOf(request.body);
    if (count > maxCommandsPerPush) {
      throw new AppError(
        'too_large',
        `A push may carry at most ${maxCommandsPerPush} commands; this one has ${count} — send them in batches`,
      );
    }
    const { commands } = parseInput(pushCommandsRequestSchema, request.body);
    const results = await deps.commands.push(station, commands);
    return { results } satisfies PushCommandsResponse;
  });

  app.get(syncPaths.stream, async (request, reply) => {
    const station = await stationOf(request.headers);
    deps.streams.open(station, reply);
  });
}

/** How many commands a body claims to carry, before it is validated. */
function commandCountOf(body: unknown): number {
  if (typeof body !== 'object' || body === null || !('commands' in body)) return 0;
  return Array.isArray(body.commands) ? body.commands.length : 0;
}
