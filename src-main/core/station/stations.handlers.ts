import { AppError } from '../../../src-shared/errors';
import type { BridgeHandlers, CallerContext } from '../bridge';
import type { HubClient } from '../hub-link';
import type { SessionStore } from './session-store';

export type StationsHandlerDeps = {
  readonly hubClient: HubClient;
  readonly sessions: SessionStore;
};

/**
 * Bridge handlers of the hub's station directory. The hub decides who sees and revokes which
 * station, with the signed-in person's own hub token; this only turns away callers who cannot
 * have one, with a reason they can act on.
 */
export function createStationsHandlers(
  deps: StationsHandlerDeps,
): Pick<BridgeHandlers, 'stations.list' | 'stations.revoke'> {
  function hubTokenOf(caller: CallerContext): string {
    const session = deps.sessions.getOpen(caller.sessionId);
    if (session === null) throw new AppError('unauthorized', 'Please sign in first.');
    if (session.user.role !== 'admin' && session.user.role !== 'supervisor') {
      throw new AppError('forbidden', 'Only admins and supervisors may manage the stations.');
    }
    if (session.hubToken === undefined) {
      throw new AppError(
        'unauthorized',
        'Sign in with your password to manage the stations: a badge sign-in does not reach the hub.',
      );
    }
    return session.hubToken;
  }

  return {
    'stations.list': async (_input, caller) => deps.hubClient.stations(hubTokenOf(caller)),
    'stations.revoke': async ({ stationId }, caller) =>
      deps.hubClient.revokeStation(hubTokenOf(caller), stationId),
  };
}
