import type { AttentionItem, SyncState } from '../../../src-shared/features/sync';

/** A replication loop that is up to date with nothing waiting. */
export function idleSync(overrides: Partial<SyncState> = {}): SyncState {
  return {
    state: 'idle',
    pendingCommands: 0,
    oldestPendingAt: null,
    lastSyncedAt: '2025-03-01T08:00:00.000Z',
    lastError: null,
    needsAttention: 0,
    ...overrides,
  };
}

/** A hold the hub refused because another station had shipped the order meanwhile. */
export function rejectedHold(overrides: Partial<AttentionItem> = {}): AttentionItem {
  return {
    commandId: '01JF0000000000000000000009',
    type: 'order.held',
    orderId: 'o-5',
    orderLabel: 'SH1005',
    code: 'order_shipped',
    message: 'Order SH1005 has already shipped',
    actorId: 'u-clerk',
    issuedAt: '2025-03-01T07:58:00.000Z',
    rejectedAt: '2025-03-01T08:01:00.000Z',
    ...overrides,
  };
}
