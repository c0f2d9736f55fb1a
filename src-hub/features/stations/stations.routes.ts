import { z } from 'zod';
import { registerStationRequestSchema, stationPaths, syncPaths } from '../../../src-shared/hub-api';
import { type HubHttpServer, parseInput } from '../../http';
import type { AuthService } from '../auth';
import type { StationsService } from './stations.service';

const revokeParamsSchema = z.object({ stationId: z.string().min(1).max(64) });

export type StationsRoutesDeps = { readonly auth: AuthService; readonly stations: StationsService };

/** Mounts station registration (session token in, station token out) and the station directory. */
export function registerStationsRoutes(app: HubHttpServer, deps: StationsRoutesDeps): void {
  app.post(syncPaths.register, async (request) => {
    const user = await deps.auth.userForAuthorization(request.headers.authorization);
    const body = parseInput(registerStationRequestSchema, request.body);
    return deps.stations.register(user, body);
  });

  app.get(stationPaths.list, async (request) => {
    const user = await deps.auth.userForAuthorization(request.headers.authorization);
    return { stations: await deps.stations.list(user) };
  });

  app.post(stationPaths.revoke, async (request) => {
    const user = await deps.auth.userForAuthorization(request.headers.authorization);
    const { stationId } = parseInput(revokeParamsSchema, request.params);
    return deps.stations.revoke(user, stationId);
  });
}
