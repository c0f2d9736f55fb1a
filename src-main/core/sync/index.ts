export { type AttentionService, createAttentionService } from './attention.service';
export { backoffDelay, type BackoffPolicy, syncBackoff } from './backoff';
export {
  type IssueOutcome,
  type OrderListQuery,
  type OrdersService,
  createOrdersService,
} from './orders.service';
export { type OrderView, replayActor, viewOrder } from './optimistic-orders';
export {
  createStationSync,
  type SignedInPerson,
  type StationSync,
  type StationSyncOptions,
} from './station-sync';
export {
  createOrderHandlers,
  createSyncHandlers,
  noDatabaseSyncState,
  type SyncHandlerDeps,
} from './sync.handlers';
export { pullBatchSize, pushBatchSize } from './station-replications';
export { createSyncClient, type SyncClient, type SyncClientOptions } from './sync-client';
export {
  readSyncCredentials,
  type SyncCredentials,
  syncFileName,
  writeSyncCredentials,
} from './sync-credentials';
export { type SyncFailureKind, SyncRequestError } from './sync-errors';
export { createSyncLoop, type SyncLoop, type SyncLoopPhase, type SyncLoopSnapshot } from './sync-loop';
