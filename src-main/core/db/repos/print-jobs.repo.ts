import type { RxCollection } from 'rxdb';
import type { PrintJobDoc } from '../../../../src-shared/db';
import { AppError } from '../../../../src-shared/errors';

/** What may change on a print job after it was queued. */
export type PrintJobUpdate = Partial<Pick<PrintJobDoc, 'status' | 'attempts' | 'lastError' | 'updatedAt'>>;

/** The station's print queue and ledger. */
export type PrintJobsRepo = {
  add(job: PrintJobDoc): Promise<void>;
  update(id: string, change: PrintJobUpdate): Promise<PrintJobDoc>;
  /** Jobs in `status`, oldest first: the spooler's queue. */
  listByStatus(status: PrintJobDoc['status'], limit: number): Promise<PrintJobDoc[]>;
  /** The newest jobs first: the print ledger screen. */
  recent(limit: number): Promise<PrintJobDoc[]>;
};

/** The print jobs repository over `collection`. */
export function createPrintJobsRepo(collection: RxCollection<PrintJobDoc>): PrintJobsRepo {
  return {
    async add(job) {
      await collection.insert(job);
    },
    async update(id, change) {
      const doc = await collection.findOne(id).exec();
      if (doc === null) throw new AppError('not_found', 'That print job no longer exists.');
      const updated = await doc.incrementalPatch(change);
      return updated.toMutableJSON();
    },
    async listByStatus(status, limit) {
      const docs = await collection
        .find({ selector: { status }, sort: [{ createdAt: 'asc' }, { id: 'asc' }], limit })
        .exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
    async recent(limit) {
      const docs = await collection.find({ sort: [{ createdAt: 'desc' }, { id: 'desc' }], limit }).exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
  };
}
