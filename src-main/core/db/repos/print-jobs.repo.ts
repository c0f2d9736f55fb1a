import type { RxCollection } from 'rxdb';
import type { PrintJobDoc } from '../../../../src-shared/db';
import { AppError } from '../../../../src-shared/errors';
import { throwOnWriteErrors } from './write-results';

/** A print job's status. */
export type PrintJobStatus = PrintJobDoc['status'];

/** What may change on a print job after it was queued. */
export type PrintJobUpdate = Partial<
  Pick<
    PrintJobDoc,
    | 'status'
    | 'attempts'
    | 'lastError'
    | 'updatedAt'
    | 'language'
    | 'byteCount'
    | 'sentAt'
    | 'transportRef'
    | 'resolvedBy'
    | 'resolvedAt'
  >
>;

/** The station's print queue and ledger. */
export type PrintJobsRepo = {
  add(job: PrintJobDoc): Promise<void>;
  /** Stores a batch in one write; a batch print queues hundreds at once. */
  addMany(jobs: readonly PrintJobDoc[]): Promise<void>;
  get(id: string): Promise<PrintJobDoc | undefined>;
  update(id: string, change: PrintJobUpdate): Promise<PrintJobDoc>;
  /**
   * Applies `change` only while the job's status is one of `from`, in one write: the print queue's
   * guard against acting twice on a job (a cancel racing a send). Undefined when the job was in
   * another status (or gone); the job is then unchanged.
   */
  transition(
    id: string,
    from: readonly PrintJobStatus[],
    change: PrintJobUpdate,
  ): Promise<PrintJobDoc | undefined>;
  /** Jobs in `status`, oldest first: the spooler's queue. */
  listByStatus(status: PrintJobStatus, limit: number): Promise<PrintJobDoc[]>;
  /** One printer's jobs in `status`, oldest first: the order the printer prints them in. */
  listForPrinter(printerId: string, status: PrintJobStatus, limit: number): Promise<PrintJobDoc[]>;
  countForPrinter(printerId: string, status: PrintJobStatus): Promise<number>;
  /** An order's jobs, newest first: its ledger, and whether a label would be a reprint. */
  listByOrder(orderId: string, limit: number): Promise<PrintJobDoc[]>;
  /** The newest jobs first: the print ledger screen. */
  recent(limit: number): Promise<PrintJobDoc[]>;
  /** Deletes up to `limit` jobs in `status` made before `createdBefore`; answers how many. */
  removeOlder(status: PrintJobStatus, createdBefore: string, limit: number): Promise<number>;
};

/** The print jobs repository over `collection`. */
export function createPrintJobsRepo(collection: RxCollection<PrintJobDoc>): PrintJobsRepo {
  return {
    async add(job) {
      await collection.insert(job);
    },
    async addMany(jobs) {
      const result = await collection.bulkInsert([...jobs]);
      throwOnWriteErrors('print job', result.error);
    },
    async get(id) {
      const doc = await collection.findOne(id).exec();
      return doc?.toMutableJSON();
    },
    async update(id, change) {
      const doc = await collection.findOne(id).exec();
      if (doc === null) throw new AppError('not_found', 'That print job no longer exists.');
      const updated = await doc.incrementalPatch(change);
      return updated.toMutableJSON();
    },
    async transition(id, from, change) {
      const doc = await collection.findOne(id).exec();
      if (doc === null) return undefined;
      let isApplied = false;
      // RxDB runs the modifier on the newest revision (again after a conflict), so the status
      // check and the change are one write.
      const updated = await doc.incrementalModify((current) => {
        isApplied = from.includes(current.status);
        return isApplied ? { ...current, ...change } : current;
      });
      return isApplied ? updated.toMutableJSON() : undefined;
    },
    async listByStatus(status, limit) {
      const docs = await collection
        .find({ selector: { status }, sort: [{ createdAt: 'asc' }, { id: 'asc' }], limit })
        .exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
    async listForPrinter(printerId, status, limit) {
      const docs = await collection
        .find({ selector: { printerId, status }, sort: [{ createdAt: 'asc' }, { id: 'asc' }], limit })
        .exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
    countForPrinter(printerId, status) {
      return collection.count({ selector: { printerId, status } }).exec();
    },
    async listByOrder(orderId, limit) {
      const docs = await collection
        .find({ selector: { orderId }, sort: [{ createdAt: 'desc' }, { id: 'desc' }], limit })
        .exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
    async recent(limit) {
      const docs = await collection.find({ sort: [{ createdAt: 'desc' }, { id: 'desc' }], limit }).exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
    async removeOlder(status, createdBefore, limit) {
      const docs = await collection
        .find({ selector: { status, createdAt: { $lt: createdBefore } }, limit })
        .exec();
      if (docs.length === 0) return 0;
      const result = await collection.bulkRemove(docs);
      throwOnWriteErrors('print job', result.error);
      return result.success.length;
    },
  };
}
