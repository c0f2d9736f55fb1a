import { constants } from 'node:fs';
import { access, type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { messageOf } from './error-message';
import { statusFromProblems, unreachableStatus } from './printer-status';
import type { PrinterTransport } from './printer-transport';

/**
 * A "printer" that appends every job's bytes to a file: for printers shared as a device file
 * (`/dev/usb/lp0`), for demos, and to keep exactly what would have been printed. A job counts as
 * printed once its bytes are flushed to the disk.
 */
export function createFileTransport(options: { readonly path: string }): PrinterTransport {
  const { path } = options;
  return {
    kind: 'file',
    address: `file://${path}`,
    async send(bytes) {
      let file: FileHandle;
      try {
        file = await open(path, 'a');
      } catch (error) {
        // Nothing was written when the file cannot even be opened.
        return { ok: false, reason: 'unreachable', delivery: 'none', message: messageOf(error) };
      }
      try {
        await file.write(bytes);
        await file.datasync();
        return { ok: true, byteCount: bytes.byteLength };
      } catch (error) {
        // A failed write (disk full) may have left part of the job in the file.
        return { ok: false, reason: 'broken', delivery: 'unknown', message: messageOf(error) };
      } finally {
        await file.close();
      }
    },
    async queryStatus() {
      try {
        await access(dirname(path), constants.W_OK);
        return statusFromProblems([]);
      } catch (error) {
        return unreachableStatus(messageOf(error));
      }
    },
    close: () => Promise.resolve(),
  };
}
