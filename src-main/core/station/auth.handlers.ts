import type { BridgeHandlers } from '../bridge';
import type { Clock } from '../clock';
import type { HubClient } from '../hub-link';
import type { Logger } from '../logging';
import type { SignedInPerson } from '../sync';
import type { SessionStore } from './session-store';

export type AuthHandlerDeps = {
  readonly hubClient: HubClient;
  readonly sessions: SessionStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * Runs after every successful sign-in, before it answers: sync registers the station with the
   * person's token when it has no station token yet. It never throws.
   */
  readonly onSignedIn?: (person: SignedInPerson) => Promise<void>;
};

/**
 * Sign-in goes to the hub (it owns users and passwords); the station keeps the hub token per caller
 * session and hands the renderer only the person, never the token.
 */
export function createAuthHandlers(
  deps: AuthHandlerDeps,
): Pick<BridgeHandlers, 'auth.signIn' | 'auth.signOut' | 'auth.session'> {
  return {
    async 'auth.signIn'(credentials, caller) {
      const answer = await deps.hubClient.signIn(credentials);
      const signedInAt = new Date(deps.clock.now()).toISOString();
      deps.sessions.set(caller.sessionId, {
        user: answer.user,
        hubToken: answer.token,
        hubTokenExpiresAt: answer.expiresAt,
        signedInAt,
      });
      deps.logger.info({ username: answer.user.username, role: answer.user.role }, 'signed in');
      await deps.onSignedIn?.({ hubToken: answer.token, user: answer.user });
      return { user: answer.user, signedInAt };
    },
    'auth.signOut'(_input, caller) {
      const session = deps.sessions.get(caller.sessionId);
      deps.sessions.delete(caller.sessionId);
      if (session !== null) deps.logger.info({ username: session.user.username }, 'signed out');
      return {};
    },
    'auth.session'(_input, caller) {
      const session = deps.sessions.get(caller.sessionId);
      return session === null ? null : { user: session.user, signedInAt: session.signedInAt };
    },
  };
}
