import type { RxCollection } from 'rxdb';
import type { OrderDoc } from '../../../../src-shared/db';
import { throwOnWriteErrors } from './write-results';

/** A page of orders in one status, oldest update first (the order work arrives in). */
export type OrdersByStatusQuery = {
  readonly status: string;
  readonly warehouseId?: string;
  readonly limit: number;
  readonly skip?: number;
};

/** Orders pulled from the hub. */
export type OrdersRepo = {
  getById(id: string): Promise<OrderDoc | undefined>;
  findByStatus(query: OrdersByStatusQuery): Promise<OrderDoc[]>;
  /**
   * Stores orders pulled from the hub, replacing the station's older copies. Valid orders are
   * stored even when others in the batch are refused; the refusal is thrown as an AppError.
   */
  upsertMany(orders: readonly OrderDoc[]): Promise<void>;
};

/** The orders repository over `collection`. */
export function createOrdersRepo(collection: RxCollection<OrderDoc>): OrdersRepo {
  return {
    async getById(id) {
      const doc = await collection.findOne(id).exec();
      return doc?.toMutableJSON();
    },
    async findByStatus({ status, warehouseId, limit, skip = 0 }) {
      const selector = warehouseId === undefined ? { status } : { warehouseId, status };
      const docs = await collection
        .find({ selector, sort: [{ updatedAt: 'asc' }, { id: 'asc' }], limit, skip })
        .exec();
      return docs.map((doc) => doc.toMutableJSON());
    },
    async upsertMany(orders) {
      if (orders.length === 0) return;
      const result = await collection.bulkUpsert([...orders]);
      throwOnWriteErrors('orders', result.error);
    },
  };
}
