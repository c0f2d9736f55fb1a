import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configError } from './startup-error';

/**
 * Makes sure the data folder can hold the hub's files before anything is opened in it.
 * The default folder is created; a folder the operator named must already exist, because a typo
 * must not silently start an empty hub somewhere else. Throws a one-line {@link configError}.
 */
export function ensureDataFolder(dataDir: string, isExplicit: boolean): void {
  const kind = folderKind(dataDir);
  if (kind === 'missing') {
    if (isExplicit) {
      throw configError(`Data folder ${dataDir} does not exist — create it or choose another with --data`);
    }
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw configError(
        `Cannot create data folder ${dataDir} (${codeOf(error)}) — choose another with --data`,
        error,
      );
    }
  } else if (kind === 'not-a-folder') {
    throw configError(`Data folder ${dataDir} is a file, not a folder — choose another with --data`);
  }
  assertWritable(dataDir);
}

function folderKind(path: string): 'missing' | 'folder' | 'not-a-folder' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'not-a-folder';
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return 'missing';
    throw configError(
      `Cannot use data folder ${path} (${codeOf(error)}) — choose another with --data`,
      error,
    );
  }
}

/**
 * Writes and removes a probe file. Asking `access(W_OK)` is not enough: it says yes to root on a
 * read-only mount and cannot see ACLs or a full disk.
 */
function assertWritable(dataDir: string): void {
  const probe = join(dataDir, `.write-check-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(probe, '');
  } catch (error) {
    throw configError(
      `Data folder ${dataDir} is not writable (${codeOf(error)}) — fix its permissions or choose another with --data`,
      error,
    );
  }
  rmSync(probe, { force: true });
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code; // fs errors carry an errno code
  return code ?? (error instanceof Error ? error.message : String(error));
}
