import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logging';
import { type HubDatabase, pgliteFolderName } from './hub-database';
import { lockDataFolder, startCheckpointTimer } from './pglite-guard';
import { openPgliteDatabase } from './pglite.driver';
import { openPostgresDatabase } from './postgres.driver';

export type OpenHubDatabaseOptions = {
  readonly dataDir: string;
  /** PostgreSQL when set, else PGlite in `<dataDir>/pglite`. */
  readonly databaseUrl: string | null;
  readonly logger: Logger;
  /** Called when the PGlite folder lock was taken over; the hub must shut down. */
  readonly onLockLost: (error: Error) => void;
  readonly checkpointIntervalMs?: number;
};

/**
 * Opens the hub's database on the configured engine. For PGlite it first locks the data folder and
 * then checkpoints periodically; `close()` runs checkpoint → close → release lock, in that order.
 */
export async function openHubDatabase(options: OpenHubDatabaseOptions): Promise<HubDatabase> {
  if (options.databaseUrl !== null) {
    return openPostgresDatabase(options.databaseUrl, options.logger.child({ engine: 'postgres' }));
  }
  const logger = options.logger.child({ engine: 'pglite' });
  const databaseDir = join(options.dataDir, pgliteFolderName);
  const folderLock = await lockDataFolder(options.dataDir, databaseDir, options.onLockLost);
  let database: HubDatabase;
  try {
    mkdirSync(databaseDir, { recursive: true });
    database = await openPgliteDatabase(databaseDir);
  } catch (error) {
    await folderLock.release();
    throw error;
  }
  const checkpoints = startCheckpointTimer(() => database.checkpoint(), logger, options.checkpointIntervalMs);
  return {
    ...database,
    async close() {
      await checkpoints.stop();
      try {
        await database.checkpoint();
      } catch (error) {
        // Closing still flushes what it can; the next start replays the log.
        logger.error({ err: error }, 'final checkpoint failed');
      }
      await database.close();
      // Only after a clean close: if closing failed, the lock stays until this process exits.
      await folderLock.release();
    },
  };
}
