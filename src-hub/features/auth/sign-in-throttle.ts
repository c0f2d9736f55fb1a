import { AppError } from '../../../src-shared/errors';
import type { Clock } from '../../clock';
import { emptyTally, type SignInTalliesRepo, type SignInTally } from './sign-in-tallies.repo';

/** Wrong passwords for one username from one address before that pair must wait. */
export const maxFailuresPerUser = 5;
/** Wrong passwords from one address, whatever the usernames, before it must wait. */
export const maxFailuresPerAddress = 30;
/** How far back failures count: a window opens at the first attempt after the last one closed. */
export const failureWindowMs = 15 * 60 * 1000;
/** How long a pair or an address waits once over its limit. */
export const blockMs = 5 * 60 * 1000;
/** How often one hub deletes the tallies nobody needs any more. */
const pruneEveryMs = 60 * 1000;

/** What a sign-in attempt is known by. `address` is the client's IP: a station, or a browser. */
export type SignInAttempt = { readonly username: string; readonly address: string };

/** Slows password guessing at the hub; see {@link createSignInThrottle}. */
export type SignInThrottle = {
  /**
   * Counts the attempt before its password is checked, or throws `rate_limited` while the username
   * from this address, or the address, must wait.
   */
  begin(attempt: SignInAttempt): Promise<void>;
  /** The password was wrong: at the limit, the pair or the address must wait. */
  failed(attempt: SignInAttempt): Promise<void>;
  /** A right password clears the pair's count and takes the attempt off the address's. */
  succeeded(attempt: SignInAttempt): Promise<void>;
};

export type SignInThrottleDeps = { readonly tallies: SignInTalliesRepo; readonly clock: Clock };

/** The message of a refused attempt; it says how long to wait, never whether the user exists. */
export function tooManyAttemptsMessage(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return `Too many wrong passwords from this computer — wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again`;
}

const pairKey = ({ username, address }: SignInAttempt) => `pair:${address}|${username.toLowerCase()}`;
const addressKey = ({ address }: SignInAttempt) => `address:${address}`;

function isWindowOpen(tally: SignInTally, now: number): boolean {
  return now - tally.windowStartedAt < failureWindowMs;
}

/** How long an attempt against this tally must wait; 0 when it may go ahead. */
function waitOf(tally: SignInTally, limit: number, now: number): number {
  if (tally.blockedUntil !== null && tally.blockedUntil > now) return tally.blockedUntil - now;
  // The quota is taken by attempts still being checked: if they fail, a block follows.
  if (isWindowOpen(tally, now) && tally.attempts >= limit) return blockMs;
  return 0;
}

function counted(tally: SignInTally, now: number): SignInTally {
  const isOpen = isWindowOpen(tally, now);
  return {
    windowStartedAt: isOpen ? tally.windowStartedAt : now,
    attempts: (isOpen ? tally.attempts : 0) + 1,
    blockedUntil: null,
  };
}

function afterFailure(tally: SignInTally, limit: number, now: number): SignInTally {
  // The failure was counted when the attempt began; at the limit it turns into a wait.
  if (!isWindowOpen(tally, now) || tally.attempts < limit) return tally;
  return { windowStartedAt: now, attempts: 0, blockedUntil: now + blockMs };
}

/**
 * Counts wrong passwords per username and address, and per address alone, in the hub database, so
 * every hub on it counts together. Five wrong passwords for one person from one station make that
 * pair wait five minutes; thirty from one address, for any usernames, make the address wait.
 * Keying by address as well as username means a stranger typing at one station cannot lock a
 * supervisor out of every other. An attempt is counted when it begins, under a row lock: guesses
 * sent all at once are counted one by one instead of all passing before the first one failed.
 */
export function createSignInThrottle({ tallies, clock }: SignInThrottleDeps): SignInThrottle {
  let prunedAt = Number.NEGATIVE_INFINITY;

  async function pruneNow(now: number): Promise<void> {
    if (now - prunedAt < pruneEveryMs) return;
    prunedAt = now;
    await tallies.removeSettled(now, failureWindowMs);
  }

  return {
    async begin(attempt) {
      const now = clock.now();
      await pruneNow(now);
      const pair = pairKey(attempt);
      const address = addressKey(attempt);
      await tallies.update([pair, address], (current) => {
        const pairTally = current.get(pair) ?? emptyTally;
        const addressTally = current.get(address) ?? emptyTally;
        const wait = Math.max(
          waitOf(pairTally, maxFailuresPerUser, now),
          waitOf(addressTally, maxFailuresPerAddress, now),
        );
        // Thrown inside the transaction: nothing is counted for a refused attempt.
        if (wait > 0) throw new AppError('rate_limited', tooManyAttemptsMessage(wait));
        const next = new Map([
          [pair, counted(pairTally, now)],
          [address, counted(addressTally, now)],
        ]);
        return { tallies: next, result: undefined };
      });
    },

    async failed(attempt) {
      const now = clock.now();
      const pair = pairKey(attempt);
      const address = addressKey(attempt);
      await tallies.update([pair, address], (current) => ({
        tallies: new Map([
          [pair, afterFailure(current.get(pair) ?? emptyTally, maxFailuresPerUser, now)],
          [address, afterFailure(current.get(address) ?? emptyTally, maxFailuresPerAddress, now)],
        ]),
        result: undefined,
      }));
    },

    async succeeded(attempt) {
      const pair = pairKey(attempt);
      const address = addressKey(attempt);
      await tallies.update([pair, address], (current) => {
        const addressTally = current.get(address) ?? emptyTally;
        return {
          tallies: new Map<string, SignInTally | null>([
            [pair, null],
            [address, { ...addressTally, attempts: Math.max(0, addressTally.attempts - 1) }],
          ]),
          result: undefined,
        };
      });
    },
  };
}
