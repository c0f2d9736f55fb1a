import type { Clock } from '../clock';

type PendingTimer = { readonly id: number; readonly dueAt: number; readonly callback: () => void };

/** A clock that moves only when a test says so. */
export type ManualClock = Clock & {
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void;
  /** Delays of the timers still waiting, in the order they were set. */
  pendingDelays(): number[];
};

/** Creates a {@link ManualClock} starting at `startMs`. */
export function createManualClock(startMs = Date.parse('2025-01-01T00:00:00.000Z')): ManualClock {
  let nowMs = startMs;
  let nextId = 1;
  let timers: PendingTimer[] = [];

  return {
    now: () => nowMs,
    setTimer(callback, ms) {
      const timer = { id: nextId++, dueAt: nowMs + ms, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t.id !== timer.id);
      };
    },
    advance(ms) {
      const target = nowMs + ms;
      for (;;) {
        const due = timers
          .filter((t) => t.dueAt <= target)
          .sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
        if (due === undefined) break;
        timers = timers.filter((t) => t.id !== due.id);
        nowMs = due.dueAt;
        due.callback();
      }
      nowMs = target;
    },
    pendingDelays: () => timers.map((t) => t.dueAt - nowMs),
  };
}
