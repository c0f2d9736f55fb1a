import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { OrderDetail } from '../../../src-shared/features/orders';
import { useBridge } from '../../app/bridge';

/** One order as this station shows it (pending commands applied); null when it is not here. */
export function useOrderDetail(orderId: string): UseQueryResult<OrderDetail | null> {
  const bridge = useBridge();
  return useQuery({
    queryKey: ['orders.get', { orderId }],
    queryFn: () => bridge.invoke('orders.get', { orderId }),
  });
}
