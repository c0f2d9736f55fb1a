import type { Clock } from '../clock';

/** Timing of {@link createChangeCoalescer}. */
export type CoalescerTiming = {
  /** Quiet time after the last change before the signal goes out (trailing edge). */
  readonly waitMs: number;
  /** Longest a signal waits under a constant stream of changes. */
  readonly maxWaitMs: number;
};

/** The `db.changed` timing: 100 ms of quiet, and at most 250 ms behind under a constant stream. */
export const dbChangedTiming: CoalescerTiming = { waitMs: 100, maxWaitMs: 250 };

/** Turns bursts of change signals into one signal per key. */
export type ChangeCoalescer = {
  /** Records a change of `key`. */
  signal(key: string): void;
  /** Cancels pending signals; nothing is emitted after it. */
  dispose(): void;
};

/**
 * Debounces per key with a cap: a key's signal is emitted `waitMs` after its last change, but no
 * later than `maxWaitMs` after the first change of the burst. So a pull writing 10,000 orders
 * refreshes the screens a few times, not 10,000 times, and a steady stream still shows progress.
 *
 *   idle ──signal──▶ waiting(first = now) ──signal──▶ waiting (timer re-armed, never past first + max)
 *     ▲                    │ timer fires
 *     └──── emit(key) ◀────┘
 */
export function createChangeCoalescer(
  clock: Clock,
  timing: CoalescerTiming,
  emit: (key: string) => void,
): ChangeCoalescer {
  const waiting = new Map<string, { firstAt: number; cancel: () => void }>();
  let isDisposed = false;
  return {
    signal(key) {
      if (isDisposed) return;
      const now = clock.now();
      const current = waiting.get(key);
      current?.cancel();
      const firstAt = current?.firstAt ?? now;
      const delay = Math.max(0, Math.min(timing.waitMs, firstAt + timing.maxWaitMs - now));
      const cancel = clock.setTimer(() => {
        waiting.delete(key);
        emit(key);
      }, delay);
      waiting.set(key, { firstAt, cancel });
    },
    dispose() {
      isDisposed = true;
      for (const { cancel } of waiting.values()) cancel();
      waiting.clear();
    },
  };
}
