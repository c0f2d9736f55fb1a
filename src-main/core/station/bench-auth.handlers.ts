import { AppError } from '../../../src-shared/errors';
import type { BenchUser, SignInMethod } from '../../../src-shared/features/auth';
import type { BridgeHandlers } from '../bridge';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import type { BenchSignIn } from './bench-sign-in';
import { type SessionStore, type StationSession, sessionView } from './session-store';

/** A badge sign-in lasts a shift, as a hub session does. */
export const badgeSessionLifetimeMs = 12 * 60 * 60 * 1000;

/** How this station's sign-in screen starts and when its benches lock. */
export type BenchSignInSettings = {
  /** Null leaves the choice to the screen (the method used last there). */
  readonly defaultMethod: SignInMethod | null;
  /** Lock after this long without input; null never. */
  readonly idleLockMs: number | null;
};

export type BenchAuthHandlerDeps = {
  readonly bench: BenchSignIn;
  readonly sessions: SessionStore;
  readonly settings: BenchSignInSettings;
  readonly clock: Clock;
  readonly logger: Logger;
};

type BenchChannel = 'auth.badgeSignIn' | 'auth.lock' | 'auth.unlock' | 'auth.signInOptions';

const notSignedIn = 'Please sign in first.';

/**
 * Badge + PIN sign-in, lock and unlock: all checked by the station alone, so a pack bench signs
 * people in and switches between them with the hub out of reach. A refused badge or PIN is an
 * answer (`status: 'refused'` with the reason), not an error.
 */
export function createBenchAuthHandlers(deps: BenchAuthHandlerDeps): Pick<BridgeHandlers, BenchChannel> {
  const { bench, sessions, clock, logger } = deps;
  return {
    async 'auth.badgeSignIn'({ badge, pin }, caller) {
      const check = await bench.checkBadge(badge, pin);
      if (!check.ok) return check.refusal;
      const session = badgeSession(check.user, clock.now());
      // Another person's badge at a signed-in or locked bench switches the person.
      const previous = sessions.get(caller.sessionId);
      sessions.set(caller.sessionId, session);
      logger.info(
        { userId: session.user.id, username: session.user.username, switchedFrom: previous?.user.username },
        'signed in with a badge',
      );
      return { status: 'signedIn', session: sessionView(session) };
    },
    'auth.lock'(_input, caller) {
      const session = sessions.setLocked(caller.sessionId, true);
      if (session === null) throw new AppError('unauthorized', notSignedIn);
      logger.info({ username: session.user.username }, 'bench locked');
      return sessionView(session);
    },
    async 'auth.unlock'({ pin }, caller) {
      const session = sessions.get(caller.sessionId);
      if (session === null) throw new AppError('unauthorized', notSignedIn);
      if (!session.isLocked) return { status: 'signedIn', session: sessionView(session) };
      const check = await bench.checkPin(session.user.id, pin);
      if (!check.ok) return check.refusal;
      // The PIN is this person's: open only their session, not one a badge put there meanwhile.
      if (sessions.get(caller.sessionId)?.user.id !== session.user.id) {
        throw new AppError('conflict', 'Someone else signed in at this bench meanwhile');
      }
      const opened = sessions.setLocked(caller.sessionId, false);
      if (opened === null) throw new AppError('unauthorized', notSignedIn);
      logger.info({ username: opened.user.username }, 'bench unlocked');
      return { status: 'signedIn', session: sessionView(opened) };
    },
    async 'auth.signInOptions'() {
      return {
        defaultMethod: deps.settings.defaultMethod,
        hasBadges: await bench.hasActiveBadges(),
        idleLockMs: deps.settings.idleLockMs,
      };
    },
  };
}

function badgeSession(user: BenchUser, now: number): StationSession {
  const { id, username, displayName, role, warehouseId } = user;
  return {
    user: { id, username, displayName, role, warehouseId },
    method: 'badge',
    signedInAt: new Date(now).toISOString(),
    expiresAt: new Date(now + badgeSessionLifetimeMs).toISOString(),
    hasPin: true,
    isLocked: false,
  };
}
