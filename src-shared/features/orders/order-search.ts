import type { z } from 'zod';
import { isOrderHeld, type Order } from '../../domain';
import type { orderListQuerySchema } from './orders.contract';

/** What the order list's filters look at in one order; text in lower case. */
export type OrderSearchKey = {
  readonly id: string;
  readonly status: string;
  readonly paidAt: string;
  readonly platformOrderNo: string;
  readonly buyerName: string;
  readonly isHeld: boolean;
};

/** The order list's filters: status tab, search text, held only. */
export type OrderListFilter = Pick<z.output<typeof orderListQuerySchema>, 'status' | 'search' | 'isHeldOnly'>;

/** The search key of an order (or of a stored order document, which has the same fields). */
export function orderSearchKeyOf(order: {
  readonly id: string;
  readonly status: string;
  readonly paidAt: string;
  readonly platformOrderNo: string;
  readonly buyer: { readonly name: string };
  readonly holds: readonly unknown[];
}): OrderSearchKey {
  return {
    id: order.id,
    status: order.status,
    paidAt: order.paidAt,
    platformOrderNo: order.platformOrderNo.toLocaleLowerCase(),
    buyerName: order.buyer.name.toLocaleLowerCase(),
    isHeld: isOrderHeld(order),
  };
}

/**
 * The test of the order list's filters, for many orders at once: the search text is lowered once,
 * not once per order. It matches the start of the platform order number (what a clerk reads off a
 * chat or a slip) or any part of the buyer's name.
 */
export function orderListMatcher(filter: OrderListFilter): (key: OrderSearchKey) => boolean {
  const search = filter.search?.toLocaleLowerCase() ?? '';
  return (key) => {
    if (filter.status !== undefined && key.status !== filter.status) return false;
    if (filter.isHeldOnly === true && !key.isHeld) return false;
    return search === '' || key.platformOrderNo.startsWith(search) || key.buyerName.includes(search);
  };
}

/** True when the filters need more than a status: a search or held only. */
export function isSearchFilter(filter: OrderListFilter): boolean {
  return (filter.search ?? '') !== '' || filter.isHeldOnly === true;
}

/** The list's order: newest payment first, ties by the higher id. */
export function byNewestPayment(a: Pick<Order, 'paidAt' | 'id'>, b: Pick<Order, 'paidAt' | 'id'>): number {
  if (a.paidAt !== b.paidAt) return a.paidAt < b.paidAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
