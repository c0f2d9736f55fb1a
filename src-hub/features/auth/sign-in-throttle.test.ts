import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HubDatabase } from '../../db';
import { migrateHubDatabase } from '../../db/migrate';
import { openPgliteDatabase } from '../../db/pglite.driver';
import { createSignInTalliesRepo } from './sign-in-tallies.repo';
import {
  blockMs,
  createSignInThrottle,
  failureWindowMs,
  maxFailuresPerAddress,
  type SignInAttempt,
  type SignInThrottle,
} from './sign-in-throttle';

const bench = { username: 'supervisor', address: '10.0.0.21' };
const desk = { username: 'supervisor', address: '10.0.0.35' };

/** The hub's clock, moved by hand. */
function createManualClock() {
  let at = Date.parse('2026-12-03T09:00:00.000Z');
  return {
    now: () => at,
    advance(ms: number) {
      at += ms;
    },
  };
}

/** The error code `begin` refuses with, or null when the attempt may go ahead. */
async function codeOf(throttle: SignInThrottle, attempt: SignInAttempt): Promise<string | null> {
  try {
    await throttle.begin(attempt);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

/** One attempt with a wrong password, as the auth service makes it. */
async function guess(throttle: SignInThrottle, attempt: SignInAttempt): Promise<void> {
  await throttle.begin(attempt);
  await throttle.failed(attempt);
}

describe('the sign-in throttle', () => {
  let database: HubDatabase;

  beforeAll(async () => {
    database = await openPgliteDatabase('memory://');
    await migrateHubDatabase(database);
  });

  afterAll(async () => {
    await database?.close();
  });

  beforeEach(async () => {
    await database.query('delete from sign_in_tallies');
  });

  function throttleAt(clock: ReturnType<typeof createManualClock>): SignInThrottle {
    return createSignInThrottle({ tallies: createSignInTalliesRepo(database), clock });
  }

  it('makes one person at one computer wait five minutes after five wrong passwords, and nobody else', async () => {
    const clock = createManualClock();
    const throttle = throttleAt(clock);
    for (let i = 0; i < 4; i += 1) await guess(throttle, bench);
    await guess(throttle, bench);
    const afterFive = await codeOf(throttle, bench);
    const otherComputer = await codeOf(throttle, desk);
    const otherPerson = await codeOf(throttle, { ...bench, username: 'packer' });
    clock.advance(blockMs);
    const afterTheWait = await codeOf(throttle, bench);
    expect({ afterFive, otherComputer, otherPerson, afterTheWait }).toEqual({
      afterFive: 'rate_limited',
      otherComputer: null,
      otherPerson: null,
      afterTheWait: null,
    });
  });

  it('lets the fifth attempt through after four wrong ones', async () => {
    const throttle = throttleAt(createManualClock());
    for (let i = 0; i < 4; i += 1) await guess(throttle, bench);
    expect(await codeOf(throttle, bench)).toBeNull();
  });

  it('forgets old failures and those before a right password', async () => {
    const clock = createManualClock();
    const throttle = throttleAt(clock);
    for (let i = 0; i < 4; i += 1) await guess(throttle, bench);
    clock.advance(failureWindowMs);
    await guess(throttle, bench);
    const oldOnesForgotten = await codeOf(throttle, bench);
    await throttle.failed(bench);
    for (let i = 0; i < 2; i += 1) await guess(throttle, bench);
    await throttle.begin(bench);
    await throttle.succeeded(bench);
    for (let i = 0; i < 4; i += 1) await guess(throttle, bench);
    expect({ oldOnesForgotten, afterRightPassword: await codeOf(throttle, bench) }).toEqual({
      oldOnesForgotten: null,
      afterRightPassword: null,
    });
  });

  it('counts guesses sent all at once one by one: five are checked, the rest wait', async () => {
    const throttle = throttleAt(createManualClock());
    const codes = await Promise.all(Array.from({ length: 20 }, () => codeOf(throttle, bench)));
    expect(codes.filter((code) => code === null)).toHaveLength(5);
    expect(codes.filter((code) => code === 'rate_limited')).toHaveLength(15);
  });

  it('makes a computer trying many usernames wait, and says for how long', async () => {
    const clock = createManualClock();
    const throttle = throttleAt(clock);
    for (let i = 0; i < maxFailuresPerAddress; i += 1) {
      await guess(throttle, { username: `guess-${i}`, address: bench.address });
    }
    clock.advance(60_000);
    let message = '';
    try {
      await throttle.begin({ username: 'anyone', address: bench.address });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('Too many wrong passwords from this computer — wait 4 minutes and try again');
  });

  it('does not hold a busy desk against its people: right passwords leave the address count', async () => {
    const throttle = throttleAt(createManualClock());
    for (let i = 0; i < maxFailuresPerAddress * 2; i += 1) {
      const person = { username: `clerk-${i}`, address: desk.address };
      await throttle.begin(person);
      await throttle.succeeded(person);
    }
    expect(await codeOf(throttle, { username: 'clerk-last', address: desk.address })).toBeNull();
  });

  it('shares its counts between hubs on one database', async () => {
    const clock = createManualClock();
    const hubA = throttleAt(clock);
    const hubB = throttleAt(clock);
    for (let i = 0; i < 3; i += 1) await guess(hubA, bench);
    for (let i = 0; i < 2; i += 1) await guess(hubB, bench);
    expect(await codeOf(hubA, bench)).toBe('rate_limited');
  });

  it('deletes the tallies nobody needs once their window and wait are over', async () => {
    const clock = createManualClock();
    const throttle = throttleAt(clock);
    for (let i = 0; i < 5; i += 1) await guess(throttle, bench);
    await guess(throttle, desk);
    const countRows = async () =>
      (await database.query<{ n: number }>('select count(*)::int as n from sign_in_tallies'))[0]?.n;
    const before = await countRows();
    clock.advance(failureWindowMs);
    await codeOf(throttle, { username: 'packer', address: '10.0.0.99' });
    expect({ before, after: await countRows() }).toEqual({ before: 4, after: 2 });
  });
});
