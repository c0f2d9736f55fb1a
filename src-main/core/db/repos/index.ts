import type { Clock } from '../../clock';
import { type BenchUsersRepo, createBenchUsersRepo } from './bench-users.repo';
import { type CommandsRepo, createCommandsRepo } from './commands.repo';
import { createDismissedRejectionsRepo, type DismissedRejectionsRepo } from './dismissed-rejections.repo';
import { createOrdersRepo, type OrdersRepo } from './orders.repo';
import { createPickListsRepo, type PickListsRepo } from './pick-lists.repo';
import { createPrintJobsRepo, type PrintJobsRepo } from './print-jobs.repo';
import { createReplicationRepo, type ReplicationRepo } from './replication.repo';
import { createScanLogRepo, type ScanLogRepo } from './scan-log.repo';
import { createSkusRepo, type SkusRepo } from './skus.repo';
import type { StationCollections } from './station-collections.types';
import { createStockRepo, type StockRepo } from './stock.repo';

export type { BenchUsersRepo } from './bench-users.repo';
export type {
  AnsweredCommand,
  CommandsRepo,
  NewCommand,
  PendingCommandsStatus,
  PendingCommandsSummary,
  TrackedCommand,
} from './commands.repo';
export type { DismissedRejectionsRepo } from './dismissed-rejections.repo';
export type { OrdersByStatusQuery, OrdersRepo } from './orders.repo';
export type { PickListsRepo } from './pick-lists.repo';
export type { PrintJobStatus, PrintJobsRepo, PrintJobUpdate } from './print-jobs.repo';
export type {
  PullBatch,
  PulledDocument,
  PullReplicationOptions,
  PushReplicationOptions,
  PushReplication,
  Replication,
  ReplicationRepo,
} from './replication.repo';
export type { ScanLogRepo } from './scan-log.repo';
export type { SkusRepo } from './skus.repo';
export type { StationCollections, StationRxDatabase } from './station-collections.types';
export type { StockRepo } from './stock.repo';

/** Every repository of the station database: the only way services reach the collections. */
export type StationRepos = {
  readonly orders: OrdersRepo;
  readonly skus: SkusRepo;
  readonly stock: StockRepo;
  readonly pickLists: PickListsRepo;
  readonly commands: CommandsRepo;
  readonly dismissedRejections: DismissedRejectionsRepo;
  readonly printJobs: PrintJobsRepo;
  readonly scanLog: ScanLogRepo;
  readonly replication: ReplicationRepo;
  readonly benchUsers: BenchUsersRepo;
};

/** Builds the repositories over the station's collections. */
export function createStationRepos(collections: StationCollections, clock: Clock): StationRepos {
  return {
    orders: createOrdersRepo(collections.orders),
    skus: createSkusRepo(collections.skus),
    stock: createStockRepo(collections.stock),
    pickLists: createPickListsRepo(collections.pickLists),
    commands: createCommandsRepo(collections.commands, collections.commandResults, clock),
    dismissedRejections: createDismissedRejectionsRepo(collections.dismissedRejections),
    printJobs: createPrintJobsRepo(collections.printJobs),
    scanLog: createScanLogRepo(collections.scanLog),
    replication: createReplicationRepo(collections, clock),
    benchUsers: createBenchUsersRepo(collections.benchUsers),
  };
}
