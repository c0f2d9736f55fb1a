import type { RxCollection } from 'rxdb';
import type { OrderDoc } from '../../../../src-shared/db';
import { type Order, type OrderStatus, platforms } from '../../../../src-shared/domain';
import type { OrderListFilter, OrderSearchKey } from '../../../../src-shared/features/orders';
import { orderOfDoc, orderToDoc } from './domain-docs';
import { createOrderSearchIndex } from './order-search-index';
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
  /** One order as the domain sees it, or null when this station does not have it. */
  findOrder(id: string): Promise<Order | null>;
  /** The orders of `ids` this station has, in no particular order. */
  findOrders(ids: readonly string[]): Promise<Order[]>;
  /**
   * The orders passing the order list's filters, newest payment first, from an in-memory index
   * (the first call reads every order once; see `createOrderSearchIndex`).
   */
  search(filter: OrderListFilter): Promise<OrderSearchKey[]>;
  /** Builds the search index in the background, before anyone searches. */
  warmSearch(): void;
  /** Every order in `status` (every order without one), in no particular order. */
  listOrders(status: OrderStatus | undefined): Promise<Order[]>;
  /** The first `limit` orders in `status` (or in any), newest payment first (ties: higher id first). */
  newestPaid(status: OrderStatus | undefined, limit: number): Promise<Order[]>;
  /** How many orders are in `status` (or in any). */
  countOrders(status: OrderStatus | undefined): Promise<number>;
  /** Stores domain orders (what the hub answered), replacing older copies. */
  upsertOrders(orders: readonly Order[]): Promise<void>;
  /** The orders on one pick list, from the pick-list index. */
  findByPickList(pickListId: string): Promise<Order[]>;
  /**
   * Orders whose platform order number is `platformOrderNo`, on any platform (a packer scans the
   * number printed on a platform's slip without saying which platform it is).
   */
  findByPlatformOrderNo(platformOrderNo: string): Promise<Order[]>;
};

/** The orders repository over `collection`. */
export function createOrdersRepo(collection: RxCollection<OrderDoc>): OrdersRepo {
  const searchIndex = createOrderSearchIndex(collection);
  async function upsertMany(orders: readonly OrderDoc[]): Promise<void> {
    if (orders.length === 0) return;
    const result = await collection.bulkUpsert([...orders]);
    throwOnWriteErrors('orders', result.error);
  }

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
    upsertMany,
    async findOrder(id) {
      const doc = await collection.findOne(id).exec();
      return doc === null ? null : orderOfDoc(doc.toMutableJSON());
    },
    async findOrders(ids) {
      if (ids.length === 0) return [];
      const docs = await collection.findByIds([...ids]).exec();
      return [...docs.values()].map((doc) => orderOfDoc(doc.toMutableJSON()));
    },
    search: (filter) => searchIndex.search(filter),
    warmSearch: () => searchIndex.warm(),
    async listOrders(status) {
      const docs = await collection.find(status === undefined ? {} : { selector: { status } }).exec();
      return docs.map((doc) => orderOfDoc(doc.toMutableJSON()));
    },
    async newestPaid(status, limit) {
      const docs = await collection
        .find({
          selector: status === undefined ? {} : { status },
          sort: [{ paidAt: 'desc' }, { id: 'desc' }],
          limit,
        })
        .exec();
      return docs.map((doc) => orderOfDoc(doc.toMutableJSON()));
    },
    countOrders: (status) => collection.count(status === undefined ? {} : { selector: { status } }).exec(),
    upsertOrders: (orders) => upsertMany(orders.map(orderToDoc)),
    async findByPickList(pickListId) {
      const docs = await collection.find({ selector: { pickListKey: pickListId } }).exec();
      return docs.map((doc) => orderOfDoc(doc.toMutableJSON()));
    },
    async findByPlatformOrderNo(platformOrderNo) {
      // The (platform, platformOrderNo) index serves one lookup per platform.
      const found = await Promise.all(
        platforms.map((platform) => collection.findOne({ selector: { platform, platformOrderNo } }).exec()),
      );
      return found.flatMap((doc) => (doc === null ? [] : [orderOfDoc(doc.toMutableJSON())]));
    },
  };
}
