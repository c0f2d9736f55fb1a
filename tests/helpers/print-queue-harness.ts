import { createSystemClock } from '../../src-main/core/clock';
import { openStationDatabase, type StationDatabase } from '../../src-main/core/db';
import { createLogger } from '../../src-main/core/logging';
import {
  createPrintLedger,
  createPrintQueue,
  createTcpTransport,
  type PrintJob,
  type PrintLedger,
  type PrintQueue,
  type PrintQueueEvent,
  type PrintRequest,
  type QueuedPrinter,
  zplStatus,
} from '../../src-main/core/printing';
import type { PrinterPeer } from './printer-peer';

const logger = createLogger('printing-test', { level: 'silent' });

/** One label per job with the job id in it, so a job printed twice shows in the captured bytes. */
export function renderTestLabel(job: PrintJob): Uint8Array {
  return new TextEncoder().encode(`^XA^CI28^FO50,50^FD${job.id}^FS^FO50,100^FD${job.templateId}^FS^XZ`);
}

/** The label `renderTestLabel` makes for `job`, as the peer reports it. */
export function testLabelText(job: PrintJob): string {
  return new TextDecoder().decode(renderTestLabel(job));
}

/** `count` shipping-label requests for orders o-1…o-count on `printerId`. */
export function labelRequests(count: number, printerId = 'zebra-1'): PrintRequest[] {
  return Array.from({ length: count }, (_, index) => ({
    printerId,
    templateId: 'shipping-label',
    data: { orderId: `o-${index + 1}`, receiver: '张三', trackingNo: `SF${String(index).padStart(13, '0')}` },
    actorId: 'u-packer',
    orderId: `o-${index + 1}`,
  }));
}

/** A TCP printer on the peer, with short timeouts so tests of silences stay quick. */
export function peerPrinter(peer: PrinterPeer, id = 'zebra-1'): QueuedPrinter {
  return {
    id,
    language: 'zpl',
    transport: createTcpTransport({
      host: peer.host,
      port: peer.port,
      status: zplStatus,
      statusTimeoutMs: 200,
      idleTimeoutMs: 2000,
    }),
  };
}

/** Every event the queue emitted, and a way to wait for one without sleeping. */
export type EventLog = {
  readonly events: PrintQueueEvent[];
  push(event: PrintQueueEvent): void;
  /** Where the log is now, to wait only for what comes after it. */
  mark(): number;
  /**
   * Resolves with the first event from position `since` on (default: all) that `isWanted`, already
   * there or still to come; rejects after 15 s.
   */
  until(isWanted: (event: PrintQueueEvent) => boolean, since?: number): Promise<PrintQueueEvent>;
};

export function createEventLog(): EventLog {
  const events: PrintQueueEvent[] = [];
  const waiters = new Set<(event: PrintQueueEvent) => void>();
  return {
    events,
    push(event) {
      events.push(event);
      for (const waiter of [...waiters]) waiter(event);
    },
    mark: () => events.length,
    until(isWanted, since = 0) {
      const timeoutMs = 15_000;
      const past = events.slice(since).find(isWanted);
      if (past !== undefined) return Promise.resolve(past);
      return new Promise((resolve, reject) => {
        const waiter = (event: PrintQueueEvent) => {
          if (!isWanted(event)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(event);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no such print queue event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
}

/** True for the progress event of `printerId` with `done` jobs done and nothing left to send. */
export function isAllDone(done: number, printerId = 'zebra-1') {
  return (event: PrintQueueEvent) =>
    event.type === 'progress' &&
    event.progress.printerId === printerId &&
    event.progress.done === done &&
    event.progress.queued === 0 &&
    event.progress.sending === 0;
}

/** A station database in `dataDir` with a print queue on `printers`, started. */
export type QueueHarness = {
  readonly db: StationDatabase;
  readonly queue: PrintQueue;
  readonly ledger: PrintLedger;
  readonly log: EventLog;
  /** Stops the queue, then closes the database. */
  close(): Promise<void>;
};

export async function openQueueHarness(
  dataDir: string,
  printers: readonly QueuedPrinter[],
): Promise<QueueHarness> {
  const clock = createSystemClock();
  const db = await openStationDatabase({ dataDir, clock, logger });
  const log = createEventLog();
  const queue = createPrintQueue({
    repo: db.repos.printJobs,
    printers,
    render: renderTestLabel,
    clock,
    logger,
    onEvent: (event) => log.push(event),
    waits: { firstMs: 50, longestMs: 400 },
  });
  await queue.start();
  return {
    db,
    queue,
    ledger: createPrintLedger(db.repos.printJobs),
    log,
    async close() {
      await queue.stop();
      await db.close();
    },
  };
}
