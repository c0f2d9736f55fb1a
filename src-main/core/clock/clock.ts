/**
 * Time as the station's loops see it. Injected everywhere a loop waits or measures, so tests drive
 * time by hand instead of sleeping.
 */
export type Clock = {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Runs `callback` once after `ms`; returns the function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
};

/** The real clock. Its timers do not keep the process alive on their own. */
export function createSystemClock(): Clock {
  return {
    now: () => Date.now(),
    setTimer(callback, ms) {
      const timer = setTimeout(callback, ms);
      timer.unref();
      return () => clearTimeout(timer);
    },
  };
}
