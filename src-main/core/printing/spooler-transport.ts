import { execFile, spawn } from 'node:child_process';
import { messageOf } from './error-message';
import {
  notAnsweringStatus,
  type PrinterStatus,
  statusFromProblems,
  unreachableStatus,
  unreadableStatus,
} from './printer-status';
import type { PrinterTransport, SendResult } from './printer-transport';

/** A queue of the operating system's print spooler (CUPS `lp`). */
export type SpoolerTransportOptions = {
  /** The spooler's queue name (`lp -d NAME`). */
  readonly destination: string;
  /** The `lp` program; defaults to `lp` on the PATH. Tests pass a stand-in script. */
  readonly lpCommand?: string;
  /** The `lpstat` program; defaults to `lpstat` on the PATH. */
  readonly lpstatCommand?: string;
  /** Longest wait for `lp` to take a job; defaults to 30 s. */
  readonly timeoutMs?: number;
};

/**
 * Printing through the spooler: the job's bytes go to `lp -d NAME -o raw` on its standard input,
 * unchanged by any driver. The spooler then owns the job (and waits out paper out on its own), so
 * "done" here means "the spooler took it", with its request id as the job's reference. The status
 * is the queue's (`lpstat -p`): enabled, or disabled (`paused`).
 */
export function createSpoolerTransport(options: SpoolerTransportOptions): PrinterTransport {
  const lp = options.lpCommand ?? 'lp';
  const lpstat = options.lpstatCommand ?? 'lpstat';
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    kind: 'spooler',
    address: `lp://${options.destination}`,
    send: (bytes) => runLp(lp, options.destination, bytes, timeoutMs),
    queryStatus: () => queryQueue(lpstat, options.destination),
    close: () => Promise.resolve(),
  };
}

function runLp(lp: string, destination: string, bytes: Uint8Array, timeoutMs: number): Promise<SendResult> {
  return new Promise((resolve) => {
    const child = spawn(lp, ['-d', destination, '-o', 'raw'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    const errors: Buffer[] = [];
    let isSettled = false;
    const settle = (result: SendResult) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      resolve(result);
    };
    // Killed while it may have handed the job to the scheduler already: nobody can say.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      const message = `${lp} did not finish within ${timeoutMs} ms`;
      settle({ ok: false, reason: 'stalled', delivery: 'unknown', message });
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    // `lp` that exits early closes its input; its exit code says what happened.
    child.stdin.on('error', () => {});
    child.once('error', (error) =>
      settle({ ok: false, reason: 'unreachable', delivery: 'none', message: messageOf(error) }),
    );
    child.once('close', (code) => {
      const stdout = Buffer.concat(output).toString('utf8');
      if (code === 0) {
        const reference = /request id is (\S+)/.exec(stdout)?.[1];
        settle({ ok: true, byteCount: bytes.byteLength, ...(reference === undefined ? {} : { reference }) });
        return;
      }
      // `lp` creates the job only on success: a refusal sent nothing to the printer.
      const message = Buffer.concat(errors).toString('utf8').trim() || `${lp} exited with ${code}`;
      settle({ ok: false, reason: 'rejected', delivery: 'none', message });
    });
    child.stdin.end(bytes);
  });
}

function queryQueue(lpstat: string, destination: string): Promise<PrinterStatus> {
  return new Promise((resolve) => {
    const child = execFile(lpstat, ['-p', destination], { timeout: 5000 }, (error, stdout, stderr) => {
      if (error !== null) {
        const message = stderr.trim() || messageOf(error);
        // No lpstat at all says nothing about the queue; a refusal from it (no such queue, no
        // scheduler) means jobs cannot go there now.
        resolve(
          'code' in error && error.code === 'ENOENT'
            ? notAnsweringStatus(message)
            : unreachableStatus(message),
        );
        return;
      }
      if (/\bdisabled\b/.test(stdout)) resolve({ ...statusFromProblems(['paused']), message: stdout.trim() });
      else if (/\b(is idle|now printing)\b/.test(stdout)) resolve(statusFromProblems([]));
      else resolve(unreadableStatus(`unexpected lpstat output: ${stdout.trim()}`));
    });
    // lpstat reads nothing; an open input would keep a stand-in that does waiting.
    child.stdin?.end();
  });
}
