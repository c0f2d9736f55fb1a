import { randomBytes } from 'node:crypto';
import { AppError } from '../../../src-shared/errors';
import type { User } from '../../../src-shared/features/auth';
import type { HubSignInResponse } from '../../../src-shared/hub-api';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import type { AuthRepo } from './auth.repo';
import type { SignInTalliesRepo } from './sign-in-tallies.repo';
import { hashPassword, verifyPassword } from './password-hash';
import { createSessionToken, hashSessionToken, readBearerToken, sessionLifetimeMs } from './session-token';
import { createSignInThrottle } from './sign-in-throttle';

/** A sign-in request after validation. */
export type SignInRequest = {
  readonly username: string;
  readonly password: string;
  readonly stationId?: string | undefined;
  /** The client's IP address: wrong passwords are counted per person and address. */
  readonly clientAddress: string;
};

/** Sign-in and token checks. */
export type AuthService = {
  /**
   * Issues a session token; a wrong password and an unknown user fail identically. After too many
   * wrong passwords from one address, `rate_limited` until the wait is over (see the throttle).
   */
  signIn(request: SignInRequest): Promise<HubSignInResponse>;
  /** The user behind an `Authorization` header; `unauthorized` for anything else. */
  userForAuthorization(header: string | undefined): Promise<User>;
};

export type AuthServiceDeps = {
  readonly repo: AuthRepo;
  readonly tallies: SignInTalliesRepo;
  readonly clock: Clock;
  readonly logger: Logger;
};

/** The one answer to every failed sign-in, so it does not reveal which usernames exist. */
export const wrongCredentialsMessage = 'Wrong username or password';

/** The one answer to every missing, malformed, unknown or expired token. */
export const notSignedInMessage = 'Not signed in, or the session has ended — sign in again';

/** How often one hub deletes old sessions. On a sign-in: that is when rows are added. */
const sessionPruneEveryMs = 60 * 60 * 1000;
/** Expired sessions are kept this long, for a log reader asking who was signed in when. */
export const expiredSessionKeepMs = 7 * 24 * 60 * 60 * 1000;

/** Creates the {@link AuthService}. Hashes one throw-away password, used to time unknown users. */
export async function createAuthService(deps: AuthServiceDeps): Promise<AuthService> {
  // An unknown username still costs one scrypt, so response time does not reveal who exists.
  const dummyHash = await hashPassword(randomBytes(16).toString('base64url'));
  const throttle = createSignInThrottle({ tallies: deps.tallies, clock: deps.clock });
  let sessionsPrunedAt = Number.NEGATIVE_INFINITY;

  async function pruneSessions(now: number): Promise<void> {
    if (now - sessionsPrunedAt < sessionPruneEveryMs) return;
    sessionsPrunedAt = now;
    const removed = await deps.repo.removeSessionsExpiredBefore(new Date(now - expiredSessionKeepMs));
    if (removed > 0) deps.logger.info({ removed }, 'expired sessions deleted');
  }

  return {
    async signIn(request) {
      const attempt = { username: request.username, address: request.clientAddress };
      try {
        await throttle.begin(attempt);
      } catch (error) {
        deps.logger.warn({ username: request.username, address: request.clientAddress }, 'sign-in throttled');
        throw error;
      }
      const user = await deps.repo.findUserByUsername(request.username);
      const isMatch = await verifyPassword(request.password, user?.passwordHash ?? dummyHash);
      if (user === null || !isMatch || !user.isActive) {
        await throttle.failed(attempt);
        deps.logger.info({ username: request.username, address: request.clientAddress }, 'sign-in refused');
        throw new AppError('unauthorized', wrongCredentialsMessage);
      }
      await throttle.succeeded(attempt);
      await pruneSessions(deps.clock.now());
      const token = createSessionToken();
      const createdAt = new Date(deps.clock.now());
      const expiresAt = new Date(createdAt.getTime() + sessionLifetimeMs);
      await deps.repo.insertSession({
        tokenHash: hashSessionToken(token),
        userId: user.id,
        stationId: request.stationId ?? null,
        createdAt,
        expiresAt,
      });
      deps.logger.info({ userId: user.id, stationId: request.stationId }, 'signed in');
      const { id, username, displayName, role, warehouseId } = user;
      return {
        token,
        expiresAt: expiresAt.toISOString(),
        user: { id, username, displayName, role, warehouseId },
      };
    },

    async userForAuthorization(header) {
      const token = readBearerToken(header);
      if (token === null) throw new AppError('unauthorized', notSignedInMessage);
      const user = await deps.repo.findUserBySession(hashSessionToken(token), new Date(deps.clock.now()));
      if (user === null) throw new AppError('unauthorized', notSignedInMessage);
      return user;
    },
  };
}
