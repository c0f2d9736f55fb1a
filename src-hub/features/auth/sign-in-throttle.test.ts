import { describe, expect, it } from 'vitest';
import { blockMs, createSignInThrottle, failureWindowMs, maxFailuresPerAddress } from './sign-in-throttle';

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

function codeOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('the sign-in throttle', () => {
  it('makes one person at one computer wait five minutes after five wrong passwords, and nobody else', () => {
    const clock = createManualClock();
    const throttle = createSignInThrottle(clock);
    for (let i = 0; i < 4; i += 1) throttle.failed(bench);
    const afterFour = codeOf(() => throttle.check(bench));
    throttle.failed(bench);
    const afterFive = codeOf(() => throttle.check(bench));
    const otherComputer = codeOf(() => throttle.check(desk));
    const otherPerson = codeOf(() => throttle.check({ ...bench, username: 'packer' }));
    clock.advance(blockMs);
    const afterTheWait = codeOf(() => throttle.check(bench));
    expect({ afterFour, afterFive, otherComputer, otherPerson, afterTheWait }).toEqual({
      afterFour: null,
      afterFive: 'rate_limited',
      otherComputer: null,
      otherPerson: null,
      afterTheWait: null,
    });
  });

  it('forgets old failures and those before a right password', () => {
    const clock = createManualClock();
    const throttle = createSignInThrottle(clock);
    for (let i = 0; i < 4; i += 1) throttle.failed(bench);
    clock.advance(failureWindowMs);
    throttle.failed(bench);
    const oldOnesForgotten = codeOf(() => throttle.check(bench));
    for (let i = 0; i < 3; i += 1) throttle.failed(bench);
    throttle.succeeded(bench);
    throttle.failed(bench);
    expect({ oldOnesForgotten, afterRightPassword: codeOf(() => throttle.check(bench)) }).toEqual({
      oldOnesForgotten: null,
      afterRightPassword: null,
    });
  });

  it('makes a computer trying many usernames wait, and says for how long', () => {
    const clock = createManualClock();
    const throttle = createSignInThrottle(clock);
    for (let i = 0; i < maxFailuresPerAddress; i += 1) {
      throttle.failed({ username: `guess-${i}`, address: bench.address });
    }
    let message = '';
    try {
      throttle.check({ username: 'anyone', address: bench.address });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('Too many wrong passwords from this computer — wait 5 minutes and try again');
  });
});
