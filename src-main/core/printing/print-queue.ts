import { monotonicFactory } from 'ulid';
import { AppError } from '../../../src-shared/errors';
import type { Clock } from '../clock';
import type { PrintJobsRepo, PrintJobStatus, PrintJobUpdate } from '../db';
import type { Logger } from '../logging';
import { createProgressBook } from './print-progress';
import type {
  PrintJob,
  PrintProgress,
  PrintQueueEvent,
  PrintRequest,
  PrinterSnapshot,
  QueuedPrinter,
  RenderJob,
} from './print-queue.types';
import { findRequestProblem, hasPrintedBefore, toNewJob } from './print-request';
import { createPrinterLoop, type PrinterLoop, type PrinterWaits } from './printer-loop';

/** What {@link createPrintQueue} is built from. */
export type PrintQueueOptions = {
  readonly repo: PrintJobsRepo;
  readonly printers: readonly QueuedPrinter[];
  readonly render: RenderJob;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Every job, printer and progress change; the UI's live view. */
  readonly onEvent?: (event: PrintQueueEvent) => void;
  /** Waits between status checks; tests shorten them. */
  readonly waits?: Partial<PrinterWaits>;
};

/** The station's print queues, one per printer, over the `printJobs` collection. */
export type PrintQueue = {
  /**
   * Marks jobs a crash left `sending` as `uncertain` (they may have printed: a person checks, the
   * queue never sends them again on its own), then starts every printer's loop.
   */
  start(): Promise<void>;
  /** Queues one job; `validation` when it is a reprint without a reason or asks for no copies. */
  enqueue(request: PrintRequest): Promise<PrintJob>;
  /** Queues a batch in one write, printed in the order given (pick-path order for a batch print). */
  enqueueMany(requests: readonly PrintRequest[]): Promise<PrintJob[]>;
  /** True when a job of `templateId` for `orderId` printed or may print: the UI asks for a reason. */
  isReprint(orderId: string, templateId: string): Promise<boolean>;
  /** Prints a job again (a new job, same printer, template, data and copies). */
  reprint(jobId: string, reason: string, actorId: string): Promise<PrintJob>;
  /** Takes a queued job out of the queue, or closes an uncertain one unprinted. */
  cancel(jobId: string, actorId: string): Promise<PrintJob>;
  /**
   * A person checked an `uncertain` job: it printed (→ `done`) or it did not (→ `queued` again, at
   * its old place at the front of its printer's queue).
   */
  resolveUncertain(jobId: string, hasPrinted: boolean, actorId: string): Promise<PrintJob>;
  /** Ends a printer's wait now (paper loaded, head closed): it is asked again at once. */
  retryNow(printerId: string): void;
  addPrinter(printer: QueuedPrinter): Promise<void>;
  /** Stops the printer's loop after its job in progress and closes its transport. */
  removePrinter(printerId: string): Promise<void>;
  printers(): PrinterSnapshot[];
  progress(printerId: string): PrintProgress;
  /** Stops taking jobs, lets each printer finish the job it is sending, closes every transport. */
  stop(): Promise<void>;
};

type Entry = { readonly printer: QueuedPrinter; readonly loop: PrinterLoop };

const crashMessage = 'The station stopped while this job was being sent; check whether it printed.';

/** Creates the print queue; nothing prints until `start()`. */
export function createPrintQueue(options: PrintQueueOptions): PrintQueue {
  const { repo, clock, logger } = options;
  const emit = options.onEvent ?? (() => {});
  const progress = createProgressBook();
  const entries = new Map<string, Entry>();
  const nextId = monotonicFactory();
  let isStarted = false;
  let isStopped = false;

  const nowIso = () => new Date(clock.now()).toISOString();

  async function moveJob(job: PrintJob, from: PrintJobStatus, change: PrintJobUpdate) {
    const to = change.status ?? from;
    const moved = await repo.transition(job.id, [from], { ...change, updatedAt: nowIso() });
    if (moved !== undefined) {
      emit({ type: 'job', job: moved });
      if (to !== from) emit({ type: 'progress', progress: progress.move(moved.printerId, from, to) });
    }
    return moved;
  }

  function addLoop(printer: QueuedPrinter): Entry {
    const loop = createPrinterLoop({
      printer,
      repo,
      render: options.render,
      clock,
      logger: logger.child({ printerId: printer.id }),
      moveJob,
      onPrinter: (snapshot) => emit({ type: 'printer', printer: snapshot }),
      ...(options.waits === undefined ? {} : { waits: options.waits }),
    });
    const entry = { printer, loop };
    entries.set(printer.id, entry);
    return entry;
  }

  async function startLoop(entry: Entry): Promise<void> {
    progress.seed(entry.printer.id, await repo.countForPrinter(entry.printer.id, 'queued'));
    emit({ type: 'progress', progress: progress.get(entry.printer.id) });
    entry.loop.start();
  }

  async function mustGet(jobId: string): Promise<PrintJob> {
    const job = await repo.get(jobId);
    if (job === undefined) throw new AppError('not_found', 'That print job no longer exists.');
    return job;
  }

  async function enqueueMany(requests: readonly PrintRequest[]): Promise<PrintJob[]> {
    if (isStopped) throw new AppError('unavailable', 'The print queue is shutting down.');
    const earlier = new Map<string, PrintJob[]>();
    for (const request of requests) {
      if (!entries.has(request.printerId)) {
        throw new AppError('not_found', 'That printer is not set up here.');
      }
      if (request.orderId !== undefined && !earlier.has(request.orderId)) {
        earlier.set(request.orderId, await repo.listByOrder(request.orderId, 100));
      }
    }
    const createdAt = nowIso();
    const jobs = requests.map((request) => {
      const previous = request.orderId === undefined ? [] : (earlier.get(request.orderId) ?? []);
      const problem = findRequestProblem(request, previous);
      if (problem !== null) throw new AppError('validation', problem);
      const job = toNewJob(request, nextId(clock.now()), createdAt);
      previous.push(job); // a second label for the same order in one batch is a reprint too
      return job;
    });
    await repo.addMany(jobs);
    for (const job of jobs) {
      emit({ type: 'job', job });
      emit({ type: 'progress', progress: progress.move(job.printerId, null, 'queued') });
      entries.get(job.printerId)?.loop.jobQueued();
    }
    return jobs;
  }

  for (const printer of options.printers) addLoop(printer);

  return {
    async start() {
      if (isStarted) return;
      isStarted = true;
      for (const job of await repo.listByStatus('sending', 10_000)) {
        logger.warn({ jobId: job.id, printerId: job.printerId }, 'print job was cut off by a stop');
        await moveJob(job, 'sending', { status: 'uncertain', lastError: crashMessage });
      }
      for (const entry of entries.values()) await startLoop(entry);
    },
    async enqueue(request) {
      return onlyJob(await enqueueMany([request]));
    },
    enqueueMany,
    async isReprint(orderId, templateId) {
      return hasPrintedBefore(templateId, await repo.listByOrder(orderId, 100));
    },
    async reprint(jobId, reason, actorId) {
      const job = await mustGet(jobId);
      const copy = await enqueueMany([
        {
          printerId: job.printerId,
          templateId: job.templateId,
          data: recordOf(job.data),
          copies: job.copies,
          actorId,
          reprintReason: reason,
          ...(job.orderId === undefined ? {} : { orderId: job.orderId }),
        },
      ]);
      return onlyJob(copy);
    },
    async cancel(jobId, actorId) {
      const job = await mustGet(jobId);
      const resolved = { resolvedBy: actorId, resolvedAt: nowIso() };
      const from = job.status === 'uncertain' ? 'uncertain' : 'queued';
      const cancelled = await moveJob(job, from, { status: 'cancelled', ...resolved });
      if (cancelled === undefined) {
        throw new AppError('conflict', 'That job is being sent or has finished; it cannot be cancelled.');
      }
      return cancelled;
    },
    async resolveUncertain(jobId, hasPrinted, actorId) {
      const job = await mustGet(jobId);
      const resolved = { resolvedBy: actorId, resolvedAt: nowIso() };
      const change: PrintJobUpdate = hasPrinted
        ? { status: 'done', ...resolved }
        : { status: 'queued', ...resolved };
      const moved = await moveJob(job, 'uncertain', change);
      if (moved === undefined) throw new AppError('conflict', 'That job is no longer waiting for a check.');
      if (!hasPrinted) entries.get(moved.printerId)?.loop.jobQueued();
      return moved;
    },
    retryNow(printerId) {
      entries.get(printerId)?.loop.retryNow();
    },
    async addPrinter(printer) {
      if (entries.has(printer.id)) throw new AppError('conflict', 'That printer is already set up.');
      const entry = addLoop(printer);
      if (isStarted && !isStopped) await startLoop(entry);
    },
    async removePrinter(printerId) {
      const entry = entries.get(printerId);
      if (entry === undefined) return;
      entries.delete(printerId);
      await entry.loop.stop();
      await entry.printer.transport.close();
    },
    printers: () => [...entries.values()].map((entry) => entry.loop.snapshot()),
    progress: (printerId) => progress.get(printerId),
    async stop() {
      if (isStopped) return;
      isStopped = true;
      const all = [...entries.values()];
      await Promise.all(all.map((entry) => entry.loop.stop()));
      await Promise.all(all.map((entry) => entry.printer.transport.close()));
    },
  };
}

/** The job of a one-request enqueue. */
function onlyJob(jobs: readonly PrintJob[]): PrintJob {
  const [job] = jobs;
  if (job === undefined) throw new AppError('internal', 'The print job was not queued.');
  return job;
}

/** A job's data as stored: always an object (the schema says so), typed loosely by RxDB. */
function recordOf(data: unknown): Readonly<Record<string, unknown>> {
  return typeof data === 'object' && data !== null ? { ...data } : {};
}
