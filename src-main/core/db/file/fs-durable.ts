import { closeSync, fsyncSync, openSync } from 'node:fs';

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
