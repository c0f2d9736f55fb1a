import type { LabelLanguage } from '../../../src-shared/features/labels';
import type { Clock } from '../clock';
import type { StationDatabase } from '../db';
import type { Logger } from '../logging';
import {
  createPrintHistoryPruning,
  createPrinterTransport,
  createPrintQueue,
  type PrinterConnection,
  type PrinterLanguage,
  type PrintQueue,
  type PrintQueueEvent,
  type PrinterWaits,
} from '../printing';
import type { StationSync } from '../sync';
import { createPackService, type PackService } from './pack.service';
import { renderLabelJob } from './render-label-job';
import { createShippingLabels, type ShipFrom } from './shipping-labels';

/** A printer of the station, as its device settings describe it. */
export type StationPrinter = {
  readonly id: string;
  readonly name: string;
  readonly language: PrinterLanguage;
  readonly connection: PrinterConnection;
};

export type PackBenchOptions = {
  readonly database: StationDatabase;
  readonly sync: StationSync;
  readonly printers: readonly StationPrinter[];
  /** Which printer takes shipping labels now (the device settings may change it); null: none. */
  readonly labelPrinterId: () => string | null;
  readonly shipFrom: () => ShipFrom;
  readonly labelLanguage: () => LabelLanguage;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Every print-queue event, for the UI. */
  readonly onPrintEvent?: (event: PrintQueueEvent) => void;
  /** Status-check waits of the queue; tests shorten them. */
  readonly printWaits?: Partial<PrinterWaits>;
};

/** The pack bench's services: the scan logic and the print queue behind its labels. */
export type PackBench = {
  readonly service: PackService;
  readonly printQueue: PrintQueue;
  start(): Promise<void>;
  /** Lets every printer finish the label it is sending, then closes them. */
  stop(): Promise<void>;
};

/** Builds the pack bench on the station's database and sync. Nothing prints until `start()`. */
export function createPackBench(options: PackBenchOptions): PackBench {
  const { database, sync, clock, logger } = options;
  let labels: ReturnType<typeof createShippingLabels> | null = null;
  const printQueue = createPrintQueue({
    repo: database.repos.printJobs,
    printers: options.printers.map((printer) => ({
      id: printer.id,
      language: printer.language,
      transport: createPrinterTransport(printer.connection, printer.language),
    })),
    render: renderLabelJob,
    clock,
    logger: logger.child({ component: 'print-queue' }),
    onEvent: (event) => {
      labels?.onQueueEvent(event);
      options.onPrintEvent?.(event);
    },
    ...(options.printWaits === undefined ? {} : { waits: options.printWaits }),
  });
  labels = createShippingLabels({
    queue: printQueue,
    repos: database.repos,
    orders: sync.orders,
    labelPrinterId: options.labelPrinterId,
    shipFrom: options.shipFrom,
    language: options.labelLanguage,
    clock,
    logger: logger.child({ component: 'labels' }),
  });
  const service = createPackService({
    repos: database.repos,
    orders: sync.orders,
    labels,
    holdsCheckedAt: () => sync.state().lastSyncedAt,
  });
  const history = createPrintHistoryPruning({
    repo: database.repos.printJobs,
    clock,
    logger: logger.child({ component: 'print-history' }),
  });
  return {
    service,
    printQueue,
    async start() {
      await printQueue.start();
      history.start();
    },
    async stop() {
      await history.stop();
      await printQueue.stop();
    },
  };
}
