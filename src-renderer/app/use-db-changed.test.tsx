import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { BridgeProvider, bridgeOver } from './bridge';
import { createFakeBridgeApi } from './bridge/bridge-api.fake';
import { createQueryClient } from './create-query-client';
import { useDbChanged } from './use-db-changed';

describe('useDbChanged', () => {
  it('re-reads what shows the changed collection, and the station status, nothing else', async () => {
    const api = createFakeBridgeApi();
    const queryClient = createQueryClient();
    const reads: string[] = [];
    const read = (key: string) => () => {
      reads.push(key);
      return Promise.resolve(reads.length);
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <BridgeProvider bridge={bridgeOver(api)}>{children}</BridgeProvider>
      </QueryClientProvider>
    );
    const { unmount } = renderHook(
      () => {
        useDbChanged();
        return [
          useQuery({ queryKey: ['orders.list', { status: 'new' }], queryFn: read('orders.list') }),
          useQuery({ queryKey: ['ordersArchive'], queryFn: read('ordersArchive') }),
          useQuery({ queryKey: ['skus'], queryFn: read('skus') }),
          useQuery({ queryKey: ['station.status'], queryFn: read('station.status') }),
        ];
      },
      { wrapper },
    );
    await waitFor(() => expect(reads).toHaveLength(4));
    reads.length = 0;

    act(() => api.emit('db.changed', { collection: 'orders' }));

    await waitFor(() => expect(reads.sort()).toEqual(['orders.list', 'station.status']));
    unmount();
    queryClient.clear();
  });

  it('re-reads the order views and the attention list when commands or their results change', async () => {
    const api = createFakeBridgeApi();
    const queryClient = createQueryClient();
    const reads: string[] = [];
    const read = (key: string) => () => {
      reads.push(key);
      return Promise.resolve(reads.length);
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <BridgeProvider bridge={bridgeOver(api)}>{children}</BridgeProvider>
      </QueryClientProvider>
    );
    const { unmount } = renderHook(
      () => {
        useDbChanged();
        return [
          useQuery({ queryKey: ['orders.list', {}], queryFn: read('orders.list') }),
          useQuery({ queryKey: ['orders.get', { orderId: 'o-1' }], queryFn: read('orders.get') }),
          useQuery({ queryKey: ['attention.list'], queryFn: read('attention.list') }),
          useQuery({ queryKey: ['skus'], queryFn: read('skus') }),
        ];
      },
      { wrapper },
    );
    await waitFor(() => expect(reads).toHaveLength(4));

    for (const collection of ['commands', 'commandResults']) {
      reads.length = 0;
      act(() => api.emit('db.changed', { collection }));
      await waitFor(() => expect(reads.sort()).toEqual(['attention.list', 'orders.get', 'orders.list']));
    }
    unmount();
    queryClient.clear();
  });
});
