import type { Clock } from '../clock';
import type { PrintJobsRepo, PrintJobStatus, PrintJobUpdate } from '../db';
import type { Logger } from '../logging';
import { messageOf } from './error-message';
import type { PrintJob, PrinterSnapshot, QueuedPrinter, RenderJob } from './print-queue.types';
import { isSameStatus, type PrinterStatus } from './printer-status';
import type { SendResult } from './printer-transport';

/*
 * One loop per printer: one job at a time, the printer's oldest queued job first, until stop().
 *
 *          a job is queued                       the printer took every byte
 *   idle ──────────────────▶ sending ─────────────────────────────────────────▶ done ─▶ next job
 *    ▲  nothing queued       │   │   (job written `sending` before the first byte leaves, `done`
 *    └───────────────────────┘   │    after the last)
 *                                │
 *        nothing was sent:       │  cut off while the bytes were on their way (stalled, broken):
 *        not ready, unreachable, │  job `uncertain` — maybe printed, a person checks; never sent
 *        refused                 │  again by the loop
 *        (job back to `queued`)  ▼
 *                             waiting ── ask the printer after 1 s, 2 s, 4 s … 30 s ──▶ ready ──▶ sending
 *                                  ▲                                                  (oldest job
 *                                  └── still paper out / head open / paused / offline   again)
 *
 * `retryNow` cuts a wait short (a person loaded paper). The backoff grows with every wait in a row
 * and starts again after a job printed. A render that throws marks its job `failed`. stop() lets a
 * send in progress finish (the transport's timeouts bound it) and ends the loop.
 */

/** How long a printer's loop waits between status checks. */
export type PrinterWaits = {
  /** First wait for a printer that is not ready (1 s); it doubles with every wait in a row. */
  readonly firstMs: number;
  /** Longest wait for a printer that is not ready (30 s). */
  readonly longestMs: number;
  /** Status check of an idle printer, so the device screen stays true (30 s). */
  readonly idleCheckMs: number;
};

const defaultWaits: PrinterWaits = { firstMs: 1000, longestMs: 30_000, idleCheckMs: 30_000 };

/** What a loop needs from the queue around it. */
export type PrinterLoopDeps = {
  readonly printer: QueuedPrinter;
  readonly repo: PrintJobsRepo;
  readonly render: RenderJob;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Writes a status change of a job (only while it is in one of `from`) and tells the UI. */
  readonly moveJob: (
    job: PrintJob,
    from: PrintJobStatus,
    change: PrintJobUpdate,
  ) => Promise<PrintJob | undefined>;
  readonly onPrinter: (snapshot: PrinterSnapshot) => void;
  /** Tests shorten them. */
  readonly waits?: Partial<PrinterWaits>;
};

/** One printer's loop. */
export type PrinterLoop = {
  start(): void;
  /** A job was queued for this printer. */
  jobQueued(): void;
  /** Ends a wait now: the printer is asked again at once. */
  retryNow(): void;
  snapshot(): PrinterSnapshot;
  /** Ends the loop after the job in progress; resolves when it has ended. */
  stop(): Promise<void>;
};

type Outcome = 'next' | 'wait';

/** Creates the loop of `deps.printer`; nothing runs until `start()`. */
export function createPrinterLoop(deps: PrinterLoopDeps): PrinterLoop {
  const { printer, repo, clock, logger } = deps;
  const policy = printer.statusPolicy ?? 'auto';
  const { firstMs, longestMs, idleCheckMs } = { ...defaultWaits, ...deps.waits };
  let snapshot: PrinterSnapshot = {
    printerId: printer.id,
    address: printer.transport.address,
    phase: 'idle',
    status: { state: 'unknown', problems: [], hasAnswered: false },
    checkedAt: null,
    nextCheckAt: null,
  };
  let hasEverAnswered = false;
  let lastCheckMs: number | null = null;
  let waitsInRow = 0;
  let isStopping = false;
  let hasNewJob = false;
  let isRetryAsked = false;
  let wakeUp: (() => void) | null = null;
  let running: Promise<void> | null = null;
  // The bytes of the job at the head of the queue, kept while it waits for the printer.
  let rendered: { readonly jobId: string; readonly bytes: Uint8Array } | null = null;

  function update(change: Partial<PrinterSnapshot>): void {
    const next = { ...snapshot, ...change };
    const isChanged =
      next.phase !== snapshot.phase ||
      next.nextCheckAt !== snapshot.nextCheckAt ||
      !isSameStatus(next.status, snapshot.status);
    snapshot = next;
    if (isChanged) deps.onPrinter(snapshot);
  }

  function statusSeen(status: PrinterStatus): void {
    if (status.hasAnswered) hasEverAnswered = true;
    lastCheckMs = clock.now();
    update({ status, checkedAt: new Date(clock.now()).toISOString() });
  }

  /** Whether a job may go out to a printer in `status`. */
  function isSendable(status: PrinterStatus): boolean {
    if (status.state === 'ready') return true;
    if (status.state !== 'unknown' || status.hasAnswered) return false;
    return policy === 'none' || (policy === 'auto' && !hasEverAnswered);
  }

  /** Resolves after `ms`, at stop, or when woken for a reason `isWakeReason` accepts. */
  function pause(ms: number, isWakeReason: () => boolean): Promise<void> {
    if (isStopping || isWakeReason()) return Promise.resolve();
    return new Promise((resolve) => {
      const cancelTimer = clock.setTimer(() => done(), ms);
      const done = () => {
        cancelTimer();
        wakeUp = null;
        resolve();
      };
      wakeUp = () => {
        if (isStopping || isWakeReason()) done();
      };
    });
  }

  async function run(): Promise<void> {
    while (!isStopping) {
      hasNewJob = false;
      const [job] = await repo.listForPrinter(printer.id, 'queued', 1);
      if (job === undefined) {
        await idle();
        continue;
      }
      const outcome = await printOne(job);
      if (outcome === 'wait') await waitForPrinter();
      else waitsInRow = 0;
    }
    update({ phase: 'stopped', nextCheckAt: null });
  }

  /** Nothing to print: asks the printer now and then, until a job comes. */
  async function idle(): Promise<void> {
    update({ phase: 'idle', nextCheckAt: null });
    if (lastCheckMs === null || clock.now() - lastCheckMs >= idleCheckMs) {
      statusSeen(await printer.transport.queryStatus());
    }
    await pause(idleCheckMs, () => hasNewJob || isRetryAsked);
    isRetryAsked = false;
  }

  async function waitForPrinter(): Promise<void> {
    while (!isStopping) {
      waitsInRow += 1;
      const delayMs = Math.min(longestMs, firstMs * 2 ** (waitsInRow - 1));
      isRetryAsked = false;
      update({ phase: 'waiting', nextCheckAt: new Date(clock.now() + delayMs).toISOString() });
      await pause(delayMs, () => isRetryAsked);
      if (isStopping) return;
      const status = await printer.transport.queryStatus();
      statusSeen(status);
      if (isSendable(status)) return;
    }
  }

  async function printOne(job: PrintJob): Promise<Outcome> {
    let bytes: Uint8Array;
    try {
      bytes = await bytesOf(job);
    } catch (error) {
      logger.warn({ jobId: job.id, err: error }, 'print job does not render');
      await deps.moveJob(job, 'queued', {
        status: 'failed',
        lastError: `Cannot render: ${messageOf(error)}`,
      });
      return 'next';
    }
    const claimed = await deps.moveJob(job, 'queued', {
      status: 'sending',
      attempts: job.attempts + 1,
      language: printer.language,
      byteCount: bytes.byteLength,
    });
    if (claimed === undefined) return 'next'; // cancelled while it was rendered
    update({ phase: 'sending', nextCheckAt: null });
    const whenSilent = policy === 'none' || (policy === 'auto' && !hasEverAnswered) ? 'send' : 'hold';
    const result = await printer.transport.send(bytes, { whenSilent });
    return settle(claimed, result);
  }

  async function settle(job: PrintJob, result: SendResult): Promise<Outcome> {
    const now = new Date(clock.now()).toISOString();
    if (result.ok) {
      rendered = null;
      await deps.moveJob(job, 'sending', {
        status: 'done',
        sentAt: now,
        ...(result.reference === undefined ? {} : { transportRef: result.reference }),
      });
      if (result.status !== undefined) statusSeen(result.status);
      else if (snapshot.status.state !== 'ready')
        statusSeen({ state: 'ready', problems: [], hasAnswered: false });
      return 'next';
    }
    if (result.delivery === 'none') {
      // Asking the printer is not an attempt at printing: a job that waited out an empty roll
      // shows the sends that really went to the printer.
      const attempts = result.reason === 'not_ready' ? job.attempts - 1 : job.attempts;
      await deps.moveJob(job, 'sending', { status: 'queued', attempts, lastError: result.message });
    } else {
      rendered = null;
      logger.warn({ jobId: job.id, printerId: printer.id, reason: result.reason }, 'print job maybe printed');
      await deps.moveJob(job, 'sending', { status: 'uncertain', lastError: result.message });
    }
    // The job is where it belongs before the printer's state is told: a UI that reacts to the
    // state finds the counts already right.
    if (result.status !== undefined) statusSeen(result.status);
    else if (result.reason === 'unreachable') {
      statusSeen({
        state: 'offline',
        problems: ['unreachable'],
        hasAnswered: false,
        message: result.message,
      });
    }
    return 'wait';
  }

  async function bytesOf(job: PrintJob): Promise<Uint8Array> {
    if (rendered?.jobId === job.id) return rendered.bytes;
    const copy = await deps.render(job, printer.language);
    const bytes = new Uint8Array(copy.byteLength * job.copies);
    for (let index = 0; index < job.copies; index += 1) bytes.set(copy, index * copy.byteLength);
    rendered = { jobId: job.id, bytes };
    return bytes;
  }

  return {
    start() {
      running ??= run().catch((error: unknown) => {
        // A storage failure ends the loop; the printer shows stopped instead of spinning on it.
        logger.error({ err: error, printerId: printer.id }, 'print loop stopped');
        update({ phase: 'stopped', nextCheckAt: null });
      });
    },
    jobQueued() {
      hasNewJob = true;
      wakeUp?.();
    },
    retryNow() {
      isRetryAsked = true;
      wakeUp?.();
    },
    snapshot: () => snapshot,
    async stop() {
      isStopping = true;
      wakeUp?.();
      await running;
      update({ phase: 'stopped', nextCheckAt: null });
    },
  };
}
