import type { RxCollection, RxDatabase } from 'rxdb';
import type {
  BenchUserDoc,
  CommandDoc,
  CommandResultDoc,
  DismissedRejectionDoc,
  OrderDoc,
  PickListDoc,
  PrintJobDoc,
  ScanLogDoc,
  SkuDoc,
  StationCollectionName,
  StockDoc,
} from '../../../../src-shared/db';

/** The document type of each station collection. */
type StationDocTypes = {
  orders: OrderDoc;
  skus: SkuDoc;
  commands: CommandDoc;
  commandResults: CommandResultDoc;
  printJobs: PrintJobDoc;
  scanLog: ScanLogDoc;
  stock: StockDoc;
  pickLists: PickListDoc;
  dismissedRejections: DismissedRejectionDoc;
  benchUsers: BenchUserDoc;
};

/** The station's RxDB collections; only the repositories see them. Keyed by the shared names, so a
 * collection added in `src-shared/db` without a document type here fails to compile. */
export type StationCollections = {
  readonly [Name in StationCollectionName]: RxCollection<StationDocTypes[Name]>;
};

/** The station's RxDB database. */
export type StationRxDatabase = RxDatabase<StationCollections>;
