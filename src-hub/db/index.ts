export { compareText } from './compare-text';
export {
  type DatabaseEngine,
  type ChangeFeed,
  type HubDatabase,
  type HubOrm,
  pgliteFolderName,
  type SqlRunner,
} from './hub-database';
export { type BulkColumn, insertRows } from './insert-rows';
export { assertSequential, type MigrationReport, migrateHubDatabase, migrationLockKey } from './migrate';
export { hubMigrations, type Migration } from './migrations';
export { type OpenHubDatabaseOptions, openHubDatabase } from './open-hub-database';
export { checkpointIntervalMs, lockStaleMs } from './pglite-guard';
export { isTransactionConflict, maxTransactionAttempts, transactionWithRetry } from './transaction-retry';
export {
  commandResults,
  commands,
  hubSchema,
  orders,
  pickLists,
  sessions,
  skus,
  stations,
  stock,
  users,
  warehouses,
} from './schema';
