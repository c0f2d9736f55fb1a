export { type CommandResultDoc, commandResultsSchema } from './command-results.schema';
export { type CommandDoc, commandsSchema } from './commands.schema';
export {
  type DbChangedEvent,
  type DbRecoveryEvent,
  dbChangedEventSchema,
  dbRecoveryEventSchema,
} from './db-events';
export { type OrderDocV0, ordersSchemaV0 } from './orders-v0.schema';
export { migrateOrderV0ToV1, ordersMigrationStrategies } from './orders.migrations';
export { type OrderDoc, ordersSchema } from './orders.schema';
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
export {
  type StationCollectionDefinition,
  type StationCollectionName,
  stationCollectionNames,
  stationCollections,
} from './station-collections';
