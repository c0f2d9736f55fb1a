export { attentionQueryKey } from './attention-query';
export { AttentionDrawer } from './AttentionDrawer';
export { commandTypeKey } from './command-type-key';
export { SyncCard } from './SyncCard';
export { SyncStatus } from './SyncStatus';
export { syncStateQueryKey, useSyncState } from './use-sync-state';
