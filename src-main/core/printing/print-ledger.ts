import type { PrintJobsRepo } from '../db';
import type { PrintJob } from './print-queue.types';

/** One line of the print ledger: who printed what, when, where, and why again. */
export type LedgerEntry = {
  readonly jobId: string;
  readonly printerId: string;
  readonly templateId: string;
  readonly orderId: string | null;
  readonly copies: number;
  readonly status: PrintJob['status'];
  readonly actorId: string;
  readonly queuedAt: string;
  /** When the printer (spooler, file) took the job; null until then. */
  readonly sentAt: string | null;
  /** The transport's name for the job, e.g. the spooler's request id. */
  readonly reference: string | null;
  readonly isReprint: boolean;
  readonly reprintReason: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
  /** Who cancelled the job or checked an uncertain one, and when. */
  readonly resolvedBy: string | null;
  readonly resolvedAt: string | null;
};

/** The print ledger: every job ever queued at this station, never the label data itself. */
export type PrintLedger = {
  /** The newest jobs first. */
  recent(limit: number): Promise<LedgerEntry[]>;
  /** One order's jobs, newest first. */
  forOrder(orderId: string, limit: number): Promise<LedgerEntry[]>;
};

/** The ledger over the print jobs repository. */
export function createPrintLedger(repo: PrintJobsRepo): PrintLedger {
  return {
    recent: async (limit) => (await repo.recent(limit)).map(toLedgerEntry),
    forOrder: async (orderId, limit) => (await repo.listByOrder(orderId, limit)).map(toLedgerEntry),
  };
}

/** The ledger line of a job; buyer names and addresses in its data stay out of it. */
export function toLedgerEntry(job: PrintJob): LedgerEntry {
  return {
    jobId: job.id,
    printerId: job.printerId,
    templateId: job.templateId,
    orderId: job.orderId ?? null,
    copies: job.copies,
    status: job.status,
    actorId: job.actorId,
    queuedAt: job.createdAt,
    sentAt: job.sentAt ?? null,
    reference: job.transportRef ?? null,
    isReprint: job.reprintReason !== undefined,
    reprintReason: job.reprintReason ?? null,
    attempts: job.attempts,
    lastError: job.lastError ?? null,
    resolvedBy: job.resolvedBy ?? null,
    resolvedAt: job.resolvedAt ?? null,
  };
}
