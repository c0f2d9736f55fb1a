import { z } from 'zod';
import { setUserBadgeRequestSchema, userBadgeRoute } from '../../../src-shared/features/auth';
import { type HubHttpServer, parseInput } from '../../http';
import type { AuthService } from './auth.service';
import type { UserBadgeService } from './user-badge.service';

export type UserBadgeRoutesDeps = { readonly auth: AuthService; readonly badges: UserBadgeService };

const paramsSchema = z.object({ userId: z.string().min(1).max(64) });

/** Mounts `PUT /api/users/:userId/badge` (an admin's session token). */
export function registerUserBadgeRoutes(app: HubHttpServer, deps: UserBadgeRoutesDeps): void {
  app.put(userBadgeRoute, async (request) => {
    const admin = await deps.auth.userForAuthorization(request.headers.authorization);
    const { userId } = parseInput(paramsSchema, request.params);
    const body = parseInput(setUserBadgeRequestSchema, request.body);
    return deps.badges.setBadge(admin, userId, body);
  });
}
