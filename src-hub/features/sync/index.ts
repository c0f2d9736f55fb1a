export { type PullScope, pullChanges } from './pull.repo';
export {
  createSyncStreams,
  heartbeatIntervalMs,
  signalCoalesceMs,
  type SyncStreams,
  type SyncStreamsOptions,
} from './sync-stream';
export { registerSyncRoutes, type SyncRoutesDeps } from './sync.routes';
