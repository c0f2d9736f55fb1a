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
  CommandsRepo,
  NewCommand,
  OrdersByStatusQuery,
  OrdersRepo,
  PendingCommandsSummary,
  PrintJobsRepo,
  PrintJobUpdate,
  ScanLogRepo,
  SkusRepo,
  StationRepos,
} from './repos';
