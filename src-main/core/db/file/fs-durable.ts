import { closeSync, fsyncSync, openSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Makes a rename or a new file in `dir` survive power loss (POSIX needs the directory synced).
 * Best effort: Windows cannot open a directory for syncing, and NTFS journals the rename itself.
 */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here; the rename is still atomic, only its durability is the OS's.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `text` to `path` so that a crash or power cut leaves the old file or the new one, never
 * half of one: a synced temporary file renamed over it, then the folder synced. `mode` is set
 * also when the file existed before (opening keeps an old file's mode).
 */
export async function writeFileDurably(path: string, text: string, mode: number): Promise<void> {
  const temporary = `${path}.tmp`;
  const file = await open(temporary, 'w', mode);
  try {
    await file.writeFile(text, 'utf8');
    await file.chmod(mode);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  fsyncDirectory(dirname(path));
}
