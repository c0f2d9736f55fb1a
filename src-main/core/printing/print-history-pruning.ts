import type { Clock } from '../clock';
import type { PrintJobStatus, PrintJobsRepo } from '../db';
import type { Logger } from '../logging';

/**
 * How long finished print jobs stay on the station. A job keeps the label's data — the buyer's
 * name, phone and address — which the station must not keep longer than its work needs; the
 * hub keeps the record that a label was printed (`label.printed`). A month covers every reprint
 * and every question about a parcel still on its way.
 */
export const printHistoryRetentionMs = 30 * 24 * 60 * 60 * 1000;

/** Pruning runs this long after the bench starts, then daily. */
const firstRunDelayMs = 60 * 1000;
const intervalMs = 24 * 60 * 60 * 1000;
const batchSize = 2_000;

/** Finished jobs: nothing will send them again. `uncertain` waits for a person; queued ones for a printer. */
const finishedStatuses: readonly PrintJobStatus[] = ['done', 'failed', 'cancelled'];

export type PrintHistoryPruning = {
  /** Prunes a minute from now and then daily. */
  start(): void;
  /** Prunes now; answers how many jobs were deleted. */
  pruneNow(): Promise<number>;
  /** Stops the timer and waits for a running round. */
  stop(): Promise<void>;
};

/** Deletes finished print jobs older than the retention, with the personal data they carry. */
export function createPrintHistoryPruning(options: {
  readonly repo: PrintJobsRepo;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly retentionMs?: number;
}): PrintHistoryPruning {
  const { repo, clock, logger } = options;
  const retentionMs = options.retentionMs ?? printHistoryRetentionMs;
  let cancelTimer: () => void = () => undefined;
  let running: Promise<number> | null = null;
  let isStopped = false;

  async function prune(): Promise<number> {
    const before = new Date(clock.now() - retentionMs).toISOString();
    let deleted = 0;
    for (const status of finishedStatuses) {
      for (;;) {
        const removed = await repo.removeOlder(status, before, batchSize);
        deleted += removed;
        if (removed < batchSize) break;
      }
    }
    if (deleted > 0) logger.info({ deleted }, 'pruned finished print jobs older than the retention');
    return deleted;
  }

  function pruneNow(): Promise<number> {
    running ??= prune().finally(() => {
      running = null;
    });
    return running;
  }

  function schedule(delayMs: number): void {
    if (isStopped) return;
    cancelTimer = clock.setTimer(() => {
      pruneNow()
        .catch((error: unknown) => logger.warn({ err: error }, 'could not prune the print history'))
        .finally(() => schedule(intervalMs));
    }, delayMs);
  }

  return {
    start: () => schedule(firstRunDelayMs),
    pruneNow,
    async stop() {
      isStopped = true;
      cancelTimer();
      await running?.catch(() => undefined);
    },
  };
}
