import { renameSync, statSync } from 'node:fs';
import { pino } from 'pino';

/** A log file opened by {@link openLogFile}; `end()` closes it. */
export type LogFile = ReturnType<typeof pino.destination>;

const defaultMaxBytes = 10 * 1024 * 1024;

/**
 * Opens a log file for appending, after rotating it to `<file>.1` when it has grown past
 * `maxBytes`. Rotating at open keeps one previous run's log and bounds the disk used without a
 * rotation thread; a station restarts often enough (every shift) for that to be enough.
 */
export function openLogFile(filePath: string, maxBytes = defaultMaxBytes): LogFile {
  rotateLogFile(filePath, maxBytes);
  return pino.destination({ dest: filePath, append: true, mkdir: true, sync: true });
}

/** Renames `filePath` to `<file>.1` (replacing an older one) when it has grown past `maxBytes`. */
export function rotateLogFile(filePath: string, maxBytes = defaultMaxBytes): void {
  if (fileSize(filePath) > maxBytes) renameSync(filePath, `${filePath}.1`);
}

function fileSize(filePath: string): number {
  try {
    return statSync(filePath).size;
  } catch {
    return 0;
  }
}
