import type { PrintJobStatus } from '../db';
import type { PrintJob, PrintRequest } from './print-queue.types';

/** Statuses of an earlier job that make a new one for the same order and template a reprint. */
const printedOrMayPrint: readonly PrintJobStatus[] = ['queued', 'sending', 'done', 'uncertain'];

const mostCopies = 100;
const longestReason = 500;

/** True when `previous` holds a job of `templateId` that printed, is on its way, or maybe printed. */
export function hasPrintedBefore(templateId: string, previous: readonly PrintJob[]): boolean {
  return previous.some((job) => job.templateId === templateId && printedOrMayPrint.includes(job.status));
}

/**
 * Why `request` cannot be queued as it is, or null. A label for an order that already has one of
 * the same template printed, on its way or maybe printed is a reprint: the ledger must say why.
 * Failed and cancelled jobs never reached paper, so printing after them is not a reprint.
 * `previous` are the order's earlier jobs.
 */
export function findRequestProblem(request: PrintRequest, previous: readonly PrintJob[]): string | null {
  const copies = request.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > mostCopies) {
    return `Print 1 to ${mostCopies} copies.`;
  }
  const reason = request.reprintReason?.trim() ?? '';
  if (reason.length > longestReason) return `A reprint reason has at most ${longestReason} characters.`;
  if (request.orderId === undefined || reason !== '') return null;
  return hasPrintedBefore(request.templateId, previous)
    ? 'This order’s label was printed before; say why it is printed again.'
    : null;
}

/** The queued job for a request that passed {@link findRequestProblem}. */
export function toNewJob(request: PrintRequest, id: string, createdAt: string): PrintJob {
  const reason = request.reprintReason?.trim() ?? '';
  return {
    id,
    printerId: request.printerId,
    templateId: request.templateId,
    data: request.data,
    copies: request.copies ?? 1,
    status: 'queued',
    attempts: 0,
    actorId: request.actorId,
    createdAt,
    updatedAt: createdAt,
    ...(request.orderId === undefined ? {} : { orderId: request.orderId }),
    ...(reason === '' ? {} : { reprintReason: reason }),
  };
}
