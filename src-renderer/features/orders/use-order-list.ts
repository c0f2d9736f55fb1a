import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OrderSummary, orderListQuerySchema } from '../../../src-shared/features/orders';
import { useBridge } from '../../app/bridge';

/** What the order list asks the station for. */
export type OrderListInput = z.input<typeof orderListQuerySchema>;

/** One page of the order list and how many orders match in all. */
export type OrderPage = { orders: OrderSummary[]; total: number };

/**
 * One page of the order list. While the next page or filter loads, the previous answer stays on
 * screen (no flash of "loading" between keystrokes); `db.changed` for orders re-reads it.
 */
export function useOrderList(input: OrderListInput): UseQueryResult<OrderPage> {
  const bridge = useBridge();
  return useQuery({
    queryKey: ['orders.list', input],
    queryFn: () => bridge.invoke('orders.list', input),
    placeholderData: keepPreviousData,
  });
}
