import type { RxCollection } from 'rxdb';
import type { StockDoc } from '../../../../src-shared/db';
import type { StockLevel } from '../../../../src-shared/domain';
import { stockOfDoc } from './domain-docs';

/** Stock levels pulled from the hub. */
export type StockRepo = {
  /** Stock of one SKU in one warehouse, or null when this station has no figure for it. */
  getLevel(warehouseId: string, skuId: string): Promise<StockLevel | null>;
  /** Every warehouse's stock of one SKU this station knows. */
  levelsOfSku(skuId: string): Promise<StockLevel[]>;
};

/** The stock repository over `collection`. */
export function createStockRepo(collection: RxCollection<StockDoc>): StockRepo {
  return {
    async getLevel(warehouseId, skuId) {
      const doc = await collection.findOne({ selector: { warehouseId, skuId } }).exec();
      return doc === null ? null : stockOfDoc(doc.toMutableJSON());
    },
    async levelsOfSku(skuId) {
      const docs = await collection.find({ selector: { skuId }, sort: [{ id: 'asc' }] }).exec();
      return docs.map((doc) => stockOfDoc(doc.toMutableJSON()));
    },
  };
}
