export { createStationsRepo, type StationsRepo, type SyncStation } from './stations.repo';
export { registerStationsRoutes } from './stations.routes';
export {
  createStationsService,
  type StationRequestHeaders,
  type StationsService,
  sightingWriteIntervalMs,
  stationNotRegisteredMessage,
} from './stations.service';
