import { AppError } from '../../../src-shared/errors';
import type { BenchRefusal, BenchUser } from '../../../src-shared/features/auth';
import type { Clock } from '../clock';
import type { BenchUsersRepo } from '../db';
import type { Logger } from '../logging';
import { verifyPin } from './pin-hash';
import type { PinLockout } from './pin-lockout';

/** The verdict on a badge and PIN: the person, or why not. */
export type BenchCheck =
  | { readonly ok: true; readonly user: BenchUser }
  | { readonly ok: false; readonly refusal: BenchRefusal };

/**
 * Badge + PIN checks against the people pulled from the hub (`benchUsers`), on the station alone:
 * a pack bench signs people in with the hub out of reach (docs/adr/0010-bench-sign-in.md).
 */
export type BenchSignIn = {
  /** Checks a scanned badge (already upper case) and a typed PIN. */
  checkBadge(badge: string, pin: string): Promise<BenchCheck>;
  /** Checks the PIN of the person `userId`, to open their locked session. */
  checkPin(userId: string, pin: string): Promise<BenchCheck>;
  /** The person can open a lock with a PIN here. */
  hasPin(userId: string): Promise<boolean>;
  /** At least one active person here has a badge. */
  hasActiveBadges(): Promise<boolean>;
};

export type BenchSignInDeps = {
  /** The pulled people; null when the station database could not be opened. */
  readonly users: BenchUsersRepo | null;
  readonly lockout: PinLockout;
  readonly clock: Clock;
  readonly logger: Logger;
};

const noDatabaseMessage =
  'The station database is not available, so badges cannot be checked — sign in with username and password';

/** Creates the {@link BenchSignIn}. */
export function createBenchSignIn(deps: BenchSignInDeps): BenchSignIn {
  const { lockout, logger } = deps;
  // One check at a time: a burst of guesses sent at once must still be counted one by one, so the
  // sixth meets the lockout instead of racing past it. A check takes ~0.1 s of scrypt.
  let checking: Promise<unknown> = Promise.resolve();

  function usersRepo(): BenchUsersRepo {
    if (deps.users === null) throw new AppError('unavailable', noDatabaseMessage);
    return deps.users;
  }

  function oneAtATime<T>(check: () => Promise<T>): Promise<T> {
    const result = checking.then(check);
    checking = result.catch(() => undefined);
    return result;
  }

  /** The lockout, the PIN and then the person's state, in that order: nothing is told before the PIN. */
  async function checkHolder(
    badge: string,
    user: BenchUser,
    pinHash: string,
    pin: string,
  ): Promise<BenchCheck> {
    const lockedUntil = lockout.lockedUntil(badge);
    if (lockedUntil !== null) return refused('lockedOut', { lockedUntil });
    if (!(await verifyPin(pin, pinHash))) {
      const outcome = await lockout.recordWrong(badge);
      logger.info({ badge, attemptsLeft: outcome.attemptsLeft }, 'wrong PIN');
      return outcome.lockedUntil === null
        ? refused('wrongPin', { attemptsLeft: outcome.attemptsLeft })
        : refused('lockedOut', { lockedUntil: outcome.lockedUntil });
    }
    await lockout.recordRight(badge);
    if (!user.isActive) return refused('inactive');
    return { ok: true, user };
  }

  return {
    checkBadge(badge, pin) {
      const users = usersRepo();
      return oneAtATime(async () => {
        const user = await users.findByBadge(badge);
        if (user?.pinHash === undefined) {
          logger.info({ badge }, 'unknown badge');
          return refused('unknownBadge');
        }
        return checkHolder(badge, user, user.pinHash, pin);
      });
    },
    checkPin(userId, pin) {
      const users = usersRepo();
      return oneAtATime(async () => {
        const user = await users.findById(userId);
        if (user?.badgeCode === undefined || user.pinHash === undefined) return refused('noPin');
        return checkHolder(user.badgeCode, user, user.pinHash, pin);
      });
    },
    async hasPin(userId) {
      if (deps.users === null) return false;
      const user = await deps.users.findById(userId);
      return user?.badgeCode !== undefined && user.pinHash !== undefined && user.isActive;
    },
    async hasActiveBadges() {
      return deps.users === null ? false : deps.users.hasActiveBadges();
    },
  };
}

function refused(
  reason: BenchRefusal['reason'],
  details: { attemptsLeft?: number; lockedUntil?: number } = {},
): BenchCheck {
  return {
    ok: false,
    refusal: {
      status: 'refused',
      reason,
      attemptsLeft: details.attemptsLeft ?? null,
      lockedUntil: details.lockedUntil === undefined ? null : new Date(details.lockedUntil).toISOString(),
    },
  };
}
