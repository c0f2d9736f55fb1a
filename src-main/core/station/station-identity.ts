import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isValid, ulid } from 'ulid';
import { z } from 'zod';
import { AppError } from '../../../src-shared/errors';

/** Who this station is to the hub: made once, kept in `<dataDir>/station.json`. */
export const stationIdentitySchema = z.object({
  stationId: z.string().refine(isValid, 'not a ULID'),
  stationName: z.string().min(1).max(100),
  createdAt: z.iso.datetime(),
});

/** Who this station is. */
export type StationIdentity = z.infer<typeof stationIdentitySchema>;

export type StationIdentityOptions = {
  /** Decides the default name's language; defaults to the process locale. */
  readonly locale?: string;
  readonly now?: () => number;
};

export const stationFileName = 'station.json';

/**
 * Reads the station's identity, creating the data folder and the identity on first start. A folder
 * that cannot be used or a damaged file is an `AppError` whose message is one line for a person.
 */
export async function loadStationIdentity(
  dataDir: string,
  options: StationIdentityOptions = {},
): Promise<StationIdentity> {
  const path = join(dataDir, stationFileName);
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new AppError('unavailable', `Cannot use the data folder ${dataDir}: ${reason(error)}`, {
      cause: error,
    });
  }
  const existing = await readIdentity(path);
  if (existing !== null) return existing;

  const nowMs = (options.now ?? Date.now)();
  const stationId = ulid(nowMs);
  const identity: StationIdentity = {
    stationId,
    stationName: defaultStationName(
      stationId,
      options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    ),
    createdAt: new Date(nowMs).toISOString(),
  };
  try {
    // Write then rename: a crash mid-write must not leave a half file that blocks the next start.
    await writeFile(`${path}.tmp`, `${JSON.stringify(identity, null, 2)}\n`, { mode: 0o600 });
    await rename(`${path}.tmp`, path);
  } catch (error) {
    throw new AppError('unavailable', `Cannot write to the data folder ${dataDir}: ${reason(error)}`, {
      cause: error,
    });
  }
  return identity;
}

/**
 * `PACK-7QKD`: the last ULID characters are random. The name carries no word for "station" in any
 * language because every screen already labels it; the locale is kept for names an admin sets later.
 */
export function defaultStationName(stationId: string, _locale: string): string {
  return `PACK-${stationId.slice(-4)}`;
}

async function readIdentity(path: string): Promise<StationIdentity | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw new AppError('unavailable', `Cannot read ${path}: ${reason(error)}`, { cause: error });
  }
  try {
    return stationIdentitySchema.parse(JSON.parse(text));
  } catch (error) {
    throw new AppError(
      'internal',
      `The station file ${path} is damaged; move it away to start as a new station`,
      { cause: error },
    );
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
    if (error.code === 'ENOTDIR' || error.code === 'EEXIST') return 'a file is in the way';
    if (error.code === 'EROFS') return 'read-only file system';
    if (error.code === 'ENOSPC') return 'disk full';
  }
  return error instanceof Error ? error.message : String(error);
}
