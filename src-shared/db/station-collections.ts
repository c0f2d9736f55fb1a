import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { benchUsersSchema } from './bench-users.schema';
import { commandResultsSchema } from './command-results.schema';
import { commandsSchema } from './commands.schema';
import { dismissedRejectionsSchema } from './dismissed-rejections.schema';
import { ordersMigrationStrategies } from './orders.migrations';
import { ordersSchema } from './orders.schema';
import { pickListsSchema } from './pick-lists.schema';
import { printJobsMigrationStrategies } from './print-jobs.migrations';
import { printJobsSchema } from './print-jobs.schema';
import { scanLogSchema } from './scan-log.schema';
import { skusSchema } from './skus.schema';
import { stockSchema } from './stock.schema';

/** How one collection of the station database is declared. */
export type StationCollectionDefinition<Doc> = {
  readonly schema: RxJsonSchema<Doc>;
  /** Required for every version above 0: one strategy per version step. */
  readonly migrationStrategies: MigrationStrategies;
  /**
   * Who owns the data: `hub` (pulled, read-only here), `station` (pushed to the hub) or `local`
   * (never leaves the station).
   */
  readonly owner: 'hub' | 'station' | 'local';
};

/** Every collection of the station's RxDB database, by collection name. */
export const stationCollections = {
  orders: { schema: ordersSchema, migrationStrategies: ordersMigrationStrategies, owner: 'hub' },
  skus: { schema: skusSchema, migrationStrategies: {}, owner: 'hub' },
  commands: { schema: commandsSchema, migrationStrategies: {}, owner: 'station' },
  commandResults: { schema: commandResultsSchema, migrationStrategies: {}, owner: 'hub' },
  printJobs: { schema: printJobsSchema, migrationStrategies: printJobsMigrationStrategies, owner: 'local' },
  scanLog: { schema: scanLogSchema, migrationStrategies: {}, owner: 'local' },
  stock: { schema: stockSchema, migrationStrategies: {}, owner: 'hub' },
  pickLists: { schema: pickListsSchema, migrationStrategies: {}, owner: 'hub' },
  dismissedRejections: { schema: dismissedRejectionsSchema, migrationStrategies: {}, owner: 'local' },
  benchUsers: { schema: benchUsersSchema, migrationStrategies: {}, owner: 'hub' },
} as const;

/** Name of a station collection. */
export type StationCollectionName = keyof typeof stationCollections;

/** The station's collection names, in declaration order. */
// Object.keys widens to string[]; the keys of a literal `as const` object are exactly its names.
export const stationCollectionNames = Object.keys(stationCollections) as readonly StationCollectionName[];
