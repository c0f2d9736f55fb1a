export { type CoalescerTiming, dbChangedTiming } from './change-coalescer';
export { databaseSizeBytes, readSqliteVersion } from './file';
export {
  openStationDatabase,
  type StationDatabase,
  type StationDatabaseOptions,
  type StationDatabaseStatus,
  stationDatabaseName,
} from './station-database';
export type {
  BenchUsersRepo,
  CommandsRepo,
  DismissedRejectionsRepo,
  NewCommand,
  OrdersByStatusQuery,
  OrdersRepo,
  PendingCommandsStatus,
  PendingCommandsSummary,
  PickListsRepo,
  PrintJobStatus,
  PrintJobsRepo,
  PrintJobUpdate,
  PullBatch,
  PulledDocument,
  PullReplicationOptions,
  PushReplicationOptions,
  Replication,
  ReplicationRepo,
  ScanLogRepo,
  SkusRepo,
  StationRepos,
  StockRepo,
  TrackedCommand,
} from './repos';
