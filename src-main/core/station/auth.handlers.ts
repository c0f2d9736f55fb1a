import type { BridgeHandlers } from '../bridge';
import type { Clock } from '../clock';
import type { HubClient } from '../hub-link';
import type { Logger } from '../logging';
import type { SignedInPerson } from '../sync';
import type { BenchSignIn } from './bench-sign-in';
import { type SessionStore, sessionView } from './session-store';

export type AuthHandlerDeps = {
  readonly hubClient: HubClient;
  readonly sessions: SessionStore;
  /** Tells whether the person has a PIN here, so a lock of their session can be opened with it. */
  readonly bench: BenchSignIn;
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * Runs after every successful sign-in, before it answers: sync registers the station with the
   * person's token when it has no station token yet. It never throws.
   */
  readonly onSignedIn?: (person: SignedInPerson) => Promise<void>;
};

/**
 * Sign-in with a password goes to the hub (it owns users and passwords); the station keeps the hub
 * token per caller session and hands the renderer only the person, never the token.
 */
export function createAuthHandlers(
  deps: AuthHandlerDeps,
): Pick<BridgeHandlers, 'auth.signIn' | 'auth.signOut' | 'auth.session'> {
  return {
    async 'auth.signIn'(credentials, caller) {
      const answer = await deps.hubClient.signIn(credentials);
      const signedInAt = new Date(deps.clock.now()).toISOString();
      const hasPin = await deps.bench.hasPin(answer.user.id).catch((error: unknown) => {
        deps.logger.warn({ err: error }, 'cannot tell whether the person has a PIN here');
        return false;
      });
      const session = {
        user: answer.user,
        method: 'password',
        hubToken: answer.token,
        signedInAt,
        expiresAt: answer.expiresAt,
        hasPin,
        isLocked: false,
      } as const;
      deps.sessions.set(caller.sessionId, session);
      deps.logger.info({ username: answer.user.username, role: answer.user.role }, 'signed in');
      await deps.onSignedIn?.({ hubToken: answer.token, user: answer.user });
      return sessionView(session);
    },
    'auth.signOut'(_input, caller) {
      const session = deps.sessions.get(caller.sessionId);
      deps.sessions.delete(caller.sessionId);
      if (session !== null) deps.logger.info({ username: session.user.username }, 'signed out');
      return {};
    },
    'auth.session'(_input, caller) {
      const session = deps.sessions.get(caller.sessionId);
      return session === null ? null : sessionView(session);
    },
  };
}
