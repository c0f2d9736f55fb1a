export { type BenchUserDoc, benchUsersSchema } from './bench-users.schema';
export { type CommandResultDoc, commandResultsSchema } from './command-results.schema';
export { type CommandDoc, commandsSchema } from './commands.schema';
export { type DismissedRejectionDoc, dismissedRejectionsSchema } from './dismissed-rejections.schema';
export {
  type DbChangedEvent,
  type DbRecoveryEvent,
  dbChangedEventSchema,
  dbRecoveryEventSchema,
} from './db-events';
export { type OrderDocV0, ordersSchemaV0 } from './orders-v0.schema';
export { type OrderDocV1, ordersSchemaV1 } from './orders-v1.schema';
export {
  migrateOrderV0ToV1,
  migrateOrderV1ToV2,
  migrateOrderV2ToV3,
  ordersMigrationStrategies,
} from './orders.migrations';
export { type OrderDoc, ordersSchema } from './orders.schema';
export { type PickListDoc, pickListsSchema } from './pick-lists.schema';
export { type PrintJobDocV0, printJobsSchemaV0 } from './print-jobs-v0.schema';
export { migratePrintJobV0ToV1, printJobsMigrationStrategies } from './print-jobs.migrations';
export { type PrintJobDoc, printJobsSchema } from './print-jobs.schema';
export {
  type CurrentSchemaFields,
  describeSchemaFields,
  findBreakingSchemaChanges,
  findUnrecordedSchemaVersions,
  type JsonSchemaNode,
  type ReleasedSchemaFields,
  type SchemaFields,
} from './schema-fields';
export { type ScanLogDoc, scanLogSchema } from './scan-log.schema';
export { type SkuDoc, skusSchema } from './skus.schema';
export { type StockDoc, stockSchema } from './stock.schema';
export {
  type StationCollectionDefinition,
  type StationCollectionName,
  stationCollectionNames,
  stationCollections,
} from './station-collections';
