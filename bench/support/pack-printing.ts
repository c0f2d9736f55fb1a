import { connect } from 'node:net';
import { buildLabelDocument, renderTspl, renderZpl } from '../../src-shared/features/labels';
import { buildShippingLabelData } from '../../src-shared/features/labels/testing';
import { createSystemClock } from '../../src-main/core/clock';
import { openStationDatabase } from '../../src-main/core/db';
import { createLogger } from '../../src-main/core/logging';
import { renderLabelJob } from '../../src-main/core/pack/render-label-job';
import {
  createPrintQueue,
  createTcpTransport,
  type PrintRequest,
  zplStatus,
} from '../../src-main/core/printing';
import { makeTempDir } from '../../tests/helpers/processes';
import { startPrinterPeer } from '../../tests/helpers/printer-peer';

/** Time to build and render one 4×6 shipping label, per language. */
export type LabelRenderResult = { readonly zplMs: number[]; readonly tsplMs: number[] };

/** Renders the sample waybill `samples` times to ZPL and to TSPL (after a warm-up). */
export function measureLabelRender(samples: number): LabelRenderResult {
  const data = buildShippingLabelData();
  const timed = (render: () => string) => {
    for (let warm = 0; warm < 20; warm++) render();
    return Array.from({ length: samples }, () => {
      const started = performance.now();
      render();
      return performance.now() - started;
    });
  };
  return {
    zplMs: timed(() => renderZpl(buildLabelDocument('shipping-label', data))),
    tsplMs: timed(() => renderTspl(buildLabelDocument('shipping-label', data))),
  };
}

/** A batch of labels through the station's print queue to a TCP printer, and the raw floor. */
export type BatchPrintResult = {
  readonly labels: number;
  /** Enqueue of the whole batch until the printer peer holds every label. */
  readonly queueMs: number;
  /** The same labels' bytes written over one raw TCP connection to the peer. */
  readonly rawMs: number;
  readonly duplicates: number;
};

/**
 * `count` shipping labels (distinct tracking numbers) queued in one batch on a real station
 * database, rendered by the queue and sent to the printer peer with a status query before each, as
 * a bench does; then the same ZPL written raw. Counts labels that arrived twice (must be none).
 */
export async function measureBatchPrint(count: number): Promise<BatchPrintResult> {
  const dir = makeTempDir('bench-pack-print-');
  const peer = await startPrinterPeer();
  const clock = createSystemClock();
  const logger = createLogger('bench-pack', { level: 'silent' });
  const database = await openStationDatabase({ dataDir: dir.path, clock, logger });
  try {
    const requests: PrintRequest[] = Array.from({ length: count }, (_, index) => {
      const trackingNo = `SF${String(index + 1).padStart(13, '0')}`;
      return {
        printerId: 'bench-zebra',
        templateId: 'shipping-label',
        data: buildShippingLabelData({ trackingNo }),
        actorId: 'u-bench',
        orderId: `o-${index + 1}`,
      };
    });
    const queue = createPrintQueue({
      repo: database.repos.printJobs,
      printers: [
        {
          id: 'bench-zebra',
          language: 'zpl',
          transport: createTcpTransport({ host: peer.host, port: peer.port, status: zplStatus }),
        },
      ],
      render: renderLabelJob,
      clock,
      logger,
    });
    await queue.start();
    const started = performance.now();
    await queue.enqueueMany(requests);
    const printed = await peer.waitForJobs(count, 300_000);
    const queueMs = performance.now() - started;
    await queue.stop();
    const numbers = printed.map((job) => /SF\d{13}/.exec(job)?.[0] ?? '');
    const duplicates = numbers.length - new Set(numbers).size;

    const bytes = Buffer.concat(
      requests.map((request) => Buffer.from(renderZpl(buildLabelDocument('shipping-label', request.data)))),
    );
    const before = peer.jobs().length;
    const rawStarted = performance.now();
    await writeRaw(peer.host, peer.port, bytes);
    await peer.waitForJobs(before + count, 120_000);
    const rawMs = performance.now() - rawStarted;
    return { labels: count, queueMs, rawMs, duplicates };
  } finally {
    await database.close();
    await peer.close();
    dir.remove();
  }
}

function writeRaw(host: string, port: number, bytes: Buffer): Promise<void> {
  return new Promise((done, fail) => {
    const socket = connect({ host, port }, () => socket.end(bytes, () => done()));
    socket.once('error', fail);
  });
}
