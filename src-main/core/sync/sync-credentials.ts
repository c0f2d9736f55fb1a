import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { warehouseDetailsSchema } from '../../../src-shared/domain';
import { writeFileDurably } from '../db/file/fs-durable';

/**
 * What lets the station replicate on its own, with nobody signed in: the token the hub issued when
 * a person registered the station, the warehouse it pulls, and the hub it belongs to. Kept in
 * `<dataDir>/sync.json`, readable only by the station's own user.
 */
export const syncCredentialsSchema = z.object({
  stationToken: z.string().min(1),
  warehouseId: z.string().min(1),
  hubUrl: z.string().min(1),
  /** When the hub issued the token; a new registration starts the pulls over. */
  registeredAt: z.iso.datetime(),
  /** The warehouse as the hub described it at registration (name, zone, waybill sender). */
  warehouse: warehouseDetailsSchema.optional(),
});

/** The station's sync credentials. */
export type SyncCredentials = z.infer<typeof syncCredentialsSchema>;

/** The credentials' file name in the data folder. */
export const syncFileName = 'sync.json';

/** Where the credentials of the station at `dataDir` live. */
export function syncFilePath(dataDir: string): string {
  return join(dataDir, syncFileName);
}

/**
 * The stored credentials, or null when there are none yet. A damaged file counts as none: the
 * next sign-in registers the station again and replaces it.
 */
export async function readSyncCredentials(dataDir: string): Promise<SyncCredentials | null> {
  let text: string;
  try {
    text = await readFile(syncFilePath(dataDir), 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
  try {
    return syncCredentialsSchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * Stores the credentials atomically: written to a temporary file with mode 0600, synced, then
 * renamed over the old file, so a crash leaves either the old credentials or the new, never half.
 */
export async function writeSyncCredentials(dataDir: string, credentials: SyncCredentials): Promise<void> {
  // The token must not be readable by other users of the machine.
  await writeFileDurably(syncFilePath(dataDir), `${JSON.stringify(credentials, null, 2)}\n`, 0o600);
}
