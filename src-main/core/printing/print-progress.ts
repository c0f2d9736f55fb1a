import type { PrintJobStatus } from '../db';
import type { PrintProgress } from './print-queue.types';

type Counts = { -readonly [Key in Exclude<keyof PrintProgress, 'printerId' | 'total'>]: number };

/** Counts per printer, moved by every job status change the queue makes. */
export type ProgressBook = {
  /** Starts a printer's count with the jobs already queued (after a restart). */
  seed(printerId: string, queued: number): void;
  /** A job entered `to` (from `from`, or new); returns the printer's progress after it. */
  move(printerId: string, from: PrintJobStatus | null, to: PrintJobStatus): PrintProgress;
  get(printerId: string): PrintProgress;
};

/** An empty {@link ProgressBook}. */
export function createProgressBook(): ProgressBook {
  const counts = new Map<string, Counts>();

  function countsOf(printerId: string): Counts {
    let entry = counts.get(printerId);
    if (entry === undefined) {
      entry = { queued: 0, sending: 0, done: 0, failed: 0, uncertain: 0, cancelled: 0 };
      counts.set(printerId, entry);
    }
    return entry;
  }

  function progressOf(printerId: string): PrintProgress {
    const entry = countsOf(printerId);
    const total = Object.values(entry).reduce((sum, count) => sum + count, 0);
    return { printerId, ...entry, total };
  }

  return {
    seed(printerId, queued) {
      countsOf(printerId).queued = queued;
    },
    move(printerId, from, to) {
      const entry = countsOf(printerId);
      // A job entering an empty queue (new, or an uncertain one sent again) starts a new batch:
      // the old one's counts are history.
      const isEntering = to === 'queued' && from !== 'sending';
      if (isEntering && entry.queued === 0 && entry.sending === 0) {
        Object.assign(entry, { done: 0, failed: 0, uncertain: 0, cancelled: 0 });
      }
      if (from !== null) entry[from] = Math.max(0, entry[from] - 1);
      entry[to] += 1;
      return progressOf(printerId);
    },
    get: progressOf,
  };
}
