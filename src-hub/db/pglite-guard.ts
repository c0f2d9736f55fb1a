import { lock } from 'proper-lockfile';
import { StartupError } from '../config';
import type { Logger } from '../logging';

/**
 * How long a lock may go without its heartbeat before another hub may take it over. A live hub
 * refreshes it every few seconds; PGlite can block the event loop for several seconds while it
 * opens or checkpoints, so the threshold leaves room for that. It is also how long a hub that
 * crashed keeps its folder locked.
 */
export const lockStaleMs = 20_000;

/** How often the embedded database folds its write-ahead log into the data files. */
export const checkpointIntervalMs = 5 * 60_000;

/** A held data-folder lock. */
export type FolderLock = { release(): Promise<void> };

/**
 * Locks `<dataDir>/pglite` for this process with a lock directory `<dataDir>/pglite.lock` whose
 * modification time is a heartbeat. `onLost` runs if another process takes the lock over (our
 * heartbeat stalled past {@link lockStaleMs}): the hub must stop writing at once.
 */
export async function lockDataFolder(
  dataDir: string,
  databaseDir: string,
  onLost: (error: Error) => void,
): Promise<FolderLock> {
  let release: () => Promise<void>;
  try {
    release = await lock(databaseDir, {
      lockfilePath: `${databaseDir}.lock`,
      realpath: false,
      stale: lockStaleMs,
      update: 5_000,
      retries: 0,
      onCompromised: onLost,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      // proper-lockfile's errors carry a code like fs errors do.
      throw new StartupError(
        `Data folder ${dataDir} is in use by another hub — stop that hub or choose another folder with --data (a crashed hub's lock expires within ${lockStaleMs / 1000} s)`,
        { cause: error },
      );
    }
    throw error;
  }
  let isReleased = false;
  return {
    async release() {
      if (isReleased) return;
      isReleased = true;
      await release();
    },
  };
}

/** A running periodic checkpoint; `stop()` waits for one in progress. */
export type CheckpointTimer = { stop(): Promise<void> };

/**
 * Runs `checkpoint` every `intervalMs`. PGlite's write-ahead log otherwise only grows, and a long
 * log makes the next start slow. A run is skipped while the previous one is still going.
 */
export function startCheckpointTimer(
  checkpoint: () => Promise<void>,
  logger: Logger,
  intervalMs = checkpointIntervalMs,
): CheckpointTimer {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running !== null) return;
    running = checkpoint()
      .catch((error: unknown) => logger.error({ err: error }, 'checkpoint failed'))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  // The hub's server keeps the process alive; this timer alone must not.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
