import type { RxCollection } from 'rxdb';
import type { SkuDoc } from '../../../../src-shared/db';
import { throwOnWriteErrors } from './write-results';

/** SKUs pulled from the hub, looked up by what a scanner reads. */
export type SkusRepo = {
  findByGtin(gtin: string): Promise<SkuDoc | undefined>;
  findByInternalCode(internalCode: string): Promise<SkuDoc | undefined>;
  /** The SKUs with these ids that the station has; unknown ids are left out. */
  findByIds(ids: readonly string[]): Promise<SkuDoc[]>;
  upsertMany(skus: readonly SkuDoc[]): Promise<void>;
};

/** The SKUs repository over `collection`. */
export function createSkusRepo(collection: RxCollection<SkuDoc>): SkusRepo {
  return {
    async findByGtin(gtin) {
      const doc = await collection.findOne({ selector: { gtin } }).exec();
      return doc?.toMutableJSON();
    },
    async findByInternalCode(internalCode) {
      const doc = await collection.findOne({ selector: { internalCode } }).exec();
      return doc?.toMutableJSON();
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      const found = await collection.findByIds([...new Set(ids)]).exec();
      return [...found.values()].map((doc) => doc.toMutableJSON());
    },
    async upsertMany(skus) {
      if (skus.length === 0) return;
      const result = await collection.bulkUpsert([...skus]);
      throwOnWriteErrors('skus', result.error);
    },
  };
}
