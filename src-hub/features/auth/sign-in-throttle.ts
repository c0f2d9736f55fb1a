import { AppError } from '../../../src-shared/errors';
import type { Clock } from '../../clock';

/** Wrong passwords for one username from one address before that pair must wait. */
export const maxFailuresPerUser = 5;
/** Wrong passwords from one address, whatever the usernames, before it must wait. */
export const maxFailuresPerAddress = 30;
/** How far back failures count. */
export const failureWindowMs = 15 * 60 * 1000;
/** How long a pair or an address waits once over its limit. */
export const blockMs = 5 * 60 * 1000;
/** Tracked pairs and addresses at most: a flood of made-up usernames cannot fill the memory. */
const maxTracked = 10_000;

/** What a sign-in attempt is known by. `address` is the client's IP: a station, or a browser. */
export type SignInAttempt = { readonly username: string; readonly address: string };

/** Slows password guessing at the hub; see {@link createSignInThrottle}. */
export type SignInThrottle = {
  /** Throws `rate_limited` while the username from this address, or the address, must wait. */
  check(attempt: SignInAttempt): void;
  failed(attempt: SignInAttempt): void;
  /** A right password clears the pair's failures (not the address's). */
  succeeded(attempt: SignInAttempt): void;
};

type Tally = { failures: number[]; blockedUntil: number };

/** The message of a refused attempt; it says how long to wait, never whether the user exists. */
export function tooManyAttemptsMessage(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return `Too many wrong passwords from this computer — wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again`;
}

/**
 * Counts wrong passwords per username and address, and per address alone, in memory. Five wrong
 * passwords for one person from one station make that pair wait five minutes; thirty from one
 * address, for any usernames, make the address wait. Keying by address as well as username means
 * a stranger typing at one station cannot lock a supervisor out of every other. Each hub instance
 * counts its own attempts.
 */
export function createSignInThrottle(clock: Clock): SignInThrottle {
  const byPair = new Map<string, Tally>();
  const byAddress = new Map<string, Tally>();

  const pairKey = ({ username, address }: SignInAttempt) => `${address}|${username.toLowerCase()}`;

  function recordOf(map: Map<string, Tally>, key: string, now: number): Tally {
    let record = map.get(key);
    if (record === undefined) {
      if (map.size >= maxTracked) {
        // Maps keep insertion order: the oldest tracked key goes first.
        const oldest = map.keys().next().value;
        if (oldest !== undefined) map.delete(oldest);
      }
      record = { failures: [], blockedUntil: 0 };
      map.set(key, record);
    }
    record.failures = record.failures.filter((at) => now - at < failureWindowMs);
    return record;
  }

  function waitOf(map: Map<string, Tally>, key: string, now: number): number {
    const record = map.get(key);
    return record === undefined ? 0 : Math.max(0, record.blockedUntil - now);
  }

  function fail(map: Map<string, Tally>, key: string, limit: number, now: number): void {
    const record = recordOf(map, key, now);
    record.failures.push(now);
    if (record.failures.length >= limit) {
      record.blockedUntil = now + blockMs;
      record.failures = [];
    }
  }

  return {
    check(attempt) {
      const now = clock.now();
      const wait = Math.max(waitOf(byPair, pairKey(attempt), now), waitOf(byAddress, attempt.address, now));
      if (wait > 0) throw new AppError('rate_limited', tooManyAttemptsMessage(wait));
    },
    failed(attempt) {
      const now = clock.now();
      fail(byPair, pairKey(attempt), maxFailuresPerUser, now);
      fail(byAddress, attempt.address, maxFailuresPerAddress, now);
    },
    succeeded(attempt) {
      byPair.delete(pairKey(attempt));
    },
  };
}
