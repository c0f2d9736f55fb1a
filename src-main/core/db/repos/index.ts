import type { Clock } from '../../clock';
import { type CommandsRepo, createCommandsRepo } from './commands.repo';
import { createOrdersRepo, type OrdersRepo } from './orders.repo';
import { createPrintJobsRepo, type PrintJobsRepo } from './print-jobs.repo';
import { createScanLogRepo, type ScanLogRepo } from './scan-log.repo';
import { createSkusRepo, type SkusRepo } from './skus.repo';
import type { StationCollections } from './station-collections.types';

export type { CommandsRepo, NewCommand, PendingCommandsSummary } from './commands.repo';
export type { OrdersByStatusQuery, OrdersRepo } from './orders.repo';
export type { PrintJobsRepo, PrintJobUpdate } from './print-jobs.repo';
export type { ScanLogRepo } from './scan-log.repo';
export type { SkusRepo } from './skus.repo';
export type { StationCollections, StationRxDatabase } from './station-collections.types';

/** Every repository of the station database: the only way services reach the collections. */
export type StationRepos = {
  readonly orders: OrdersRepo;
  readonly skus: SkusRepo;
  readonly commands: CommandsRepo;
  readonly printJobs: PrintJobsRepo;
  readonly scanLog: ScanLogRepo;
};

/** Builds the repositories over the station's collections. */
export function createStationRepos(collections: StationCollections, clock: Clock): StationRepos {
  return {
    orders: createOrdersRepo(collections.orders),
    skus: createSkusRepo(collections.skus),
    commands: createCommandsRepo(collections.commands, collections.commandResults, clock),
    printJobs: createPrintJobsRepo(collections.printJobs),
    scanLog: createScanLogRepo(collections.scanLog),
  };
}
