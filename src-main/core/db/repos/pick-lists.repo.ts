import type { RxCollection } from 'rxdb';
import type { PickListDoc } from '../../../../src-shared/db';
import type { PickList } from '../../../../src-shared/domain';
import { pickListOfDoc } from './domain-docs';

/** Pick lists pulled from the hub. */
export type PickListsRepo = {
  getById(id: string): Promise<PickList | null>;
  /** The list whose printed code was scanned, or null. */
  findByCode(code: string): Promise<PickList | null>;
  /** Lists in `status`, oldest first: the queue a packer takes the next list from. */
  listByStatus(status: PickList['status'], limit: number): Promise<PickList[]>;
};

/** The pick lists repository over `collection`. */
export function createPickListsRepo(collection: RxCollection<PickListDoc>): PickListsRepo {
  return {
    async getById(id) {
      const doc = await collection.findOne(id).exec();
      return doc === null ? null : pickListOfDoc(doc.toMutableJSON());
    },
    async findByCode(code) {
      const doc = await collection.findOne({ selector: { code } }).exec();
      return doc === null ? null : pickListOfDoc(doc.toMutableJSON());
    },
    async listByStatus(status, limit) {
      const docs = await collection
        .find({ selector: { status }, sort: [{ createdAt: 'asc' }, { id: 'asc' }], limit })
        .exec();
      return docs.map((doc) => pickListOfDoc(doc.toMutableJSON()));
    },
  };
}
