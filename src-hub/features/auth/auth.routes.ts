import { hubPaths, hubSignInRequestSchema } from '../../../src-shared/hub-api';
import { type HubHttpServer, parseInput } from '../../http';
import type { AuthService } from './auth.service';

/** Mounts sign-in and "who am I" on the hub's HTTP server. */
export function registerAuthRoutes(app: HubHttpServer, auth: AuthService): void {
  app.post(hubPaths.signIn, async (request) => {
    const body = parseInput(hubSignInRequestSchema, request.body);
    return auth.signIn({ ...body, clientAddress: request.ip });
  });

  app.get(hubPaths.me, async (request) => {
    const user = await auth.userForAuthorization(request.headers.authorization);
    return { user };
  });
}
