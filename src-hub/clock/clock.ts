/**
 * Time as the hub sees it. Injected so tests can move time (token expiry) without sleeping.
 * Business time rules run on this clock, never on a station's.
 */
export type Clock = {
  /** Milliseconds since the Unix epoch. */
  now(): number;
};

/** The real clock. */
export function createSystemClock(): Clock {
  return { now: () => Date.now() };
}
