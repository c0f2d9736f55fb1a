import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { addRxPlugin, createRxDatabase, type RxCollection } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getRxStorageSqlite } from '../../src-main/core/db/storage';
import type { PrintQueueEvent } from '../../src-main/core/printing';
import { type PrintJobDocV0, printJobsSchemaV0 } from '../../src-shared/db';
import {
  isAllDone,
  labelRequests,
  openQueueHarness,
  peerPrinter,
  type QueueHarness,
  renderTestLabel,
  testLabelText,
} from '../helpers/print-queue-harness';
import { type PrinterPeer, startPrinterPeer } from '../helpers/printer-peer';
import { makeTempDir } from '../helpers/processes';

// RxDB's dev-mode checks in tests: every write validated against the printJobs schema.
beforeAll(() => {
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
});

/** How often each job id appears in what the printer received. */
function timesPrinted(peer: PrinterPeer, jobIds: readonly string[]): number[] {
  const text = peer.data().toString('utf8');
  return jobIds.map((id) => text.split(id).length - 1);
}

describe('print queue on the station database, printing to the TCP printer peer', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let peer: PrinterPeer;
  let harness: QueueHarness;
  beforeEach(async () => {
    temp = makeTempDir('packline-print-queue-');
    peer = await startPrinterPeer();
    harness = await openQueueHarness(temp.path, [peerPrinter(peer)]);
  });
  afterEach(async () => {
    await harness.close();
    await peer.close();
    temp.remove();
  });

  it('prints a batch of 20 labels in order, byte for byte, and records each in the ledger', async () => {
    const jobs = await harness.queue.enqueueMany(labelRequests(20));
    await harness.log.until(isAllDone(20));
    expect(peer.jobs()).toEqual(jobs.map(testLabelText));
    expect(peer.data()).toEqual(Buffer.concat(jobs.map(renderTestLabel)));
    const ledger = await harness.ledger.recent(50);
    expect(ledger.map((entry) => [entry.orderId, entry.status, entry.attempts, entry.actorId])).toEqual(
      jobs.map((job) => [job.orderId, 'done', 1, 'u-packer']).reverse(),
    );
    expect(harness.queue.progress('zebra-1')).toEqual({
      printerId: 'zebra-1',
      queued: 0,
      sending: 0,
      done: 20,
      failed: 0,
      uncertain: 0,
      cancelled: 0,
      total: 20,
    });
  });

  it('waits while the printer is out of paper mid-batch, then prints the rest: none lost, none twice', async () => {
    peer.switchAfterJobs(7, 'paper_out');
    const jobs = await harness.queue.enqueueMany(labelRequests(20));
    await harness.log.until(
      (event) => event.type === 'printer' && event.printer.status.state === 'paper_out',
    );
    // The queue keeps asking while it waits, and sends nothing.
    await peer.waitForStatusQueries(peer.statusQueryCount() + 2);
    expect([peer.jobs().length, harness.queue.progress('zebra-1').queued]).toEqual([7, 13]);
    expect(harness.queue.printers()).toMatchObject([
      { printerId: 'zebra-1', phase: 'waiting', status: { state: 'paper_out' } },
    ]);

    peer.setState('ready');
    await harness.log.until(isAllDone(20));
    expect(
      timesPrinted(
        peer,
        jobs.map((job) => job.id),
      ),
    ).toEqual(Array(20).fill(1));
    expect(peer.jobs()).toEqual(jobs.map(testLabelText));
    expect(peer.jobsWhileNotReady()).toEqual([]);
    // A wait for paper is not a print attempt.
    expect(new Set((await harness.ledger.recent(50)).map((entry) => entry.attempts))).toEqual(new Set([1]));
  });

  it('waits and retries while the printer is unreachable, and prints once it is back', async () => {
    await peer.stop();
    const jobs = await harness.queue.enqueueMany(labelRequests(5));
    // The first job was tried, is back in the queue, and the printer is asked again and again.
    await harness.log.until(
      (event) => event.type === 'job' && event.job.status === 'queued' && event.job.attempts === 1,
    );
    const isWaitingOffline = (event: PrintQueueEvent) =>
      event.type === 'printer' &&
      event.printer.phase === 'waiting' &&
      event.printer.status.state === 'offline';
    await harness.log.until(() => harness.log.events.filter(isWaitingOffline).length >= 3);
    expect(harness.queue.progress('zebra-1')).toMatchObject({ queued: 5, done: 0 });
    await peer.restart();
    await harness.log.until(isAllDone(5));
    expect(peer.jobs()).toEqual(jobs.map(testLabelText));
    const [first] = await harness.ledger.forOrder('o-1', 10);
    expect([first?.status, first?.lastError]).toEqual([
      'done',
      'connect ECONNREFUSED 127.0.0.1:' + peer.port,
    ]);
  });

  it('waits on a printer that used to answer and falls silent, as one out of media may', async () => {
    const [first] = await harness.queue.enqueueMany(labelRequests(1));
    await harness.log.until(isAllDone(1));
    peer.setState('silent');
    const mark = harness.log.mark();
    const second = await harness.queue.enqueue({ ...labelRequests(1)[0]!, orderId: 'o-9' });
    const waiting = await harness.log.until(
      (event) =>
        event.type === 'printer' &&
        event.printer.phase === 'waiting' &&
        event.printer.status.state === 'unknown',
      mark,
    );
    expect(waiting).toMatchObject({
      printer: { status: { problems: ['not_answering'], hasAnswered: false } },
    });
    expect(peer.jobs()).toHaveLength(1);
    peer.setState('ready');
    harness.queue.retryNow('zebra-1');
    await harness.log.until(isAllDone(1), mark);
    expect(peer.jobs()).toEqual([testLabelText(first!), testLabelText(second)]);
  });

  it('asks for a reason before printing an order’s label again, and lists the order’s jobs newest first', async () => {
    const [request] = labelRequests(1);
    const first = await harness.queue.enqueue(request!);
    await harness.log.until(isAllDone(1));
    await expect(harness.queue.enqueue(request!)).rejects.toMatchObject({ code: 'validation' });
    expect(await harness.queue.isReprint('o-1', 'shipping-label')).toBe(true);
    const mark = harness.log.mark();
    const again = await harness.queue.reprint(first.id, 'label torn', 'u-lead');
    await harness.log.until(isAllDone(1), mark);
    expect(await harness.ledger.forOrder('o-1', 10)).toMatchObject([
      { jobId: again.id, actorId: 'u-lead', isReprint: true, reprintReason: 'label torn', status: 'done' },
      { jobId: first.id, actorId: 'u-packer', isReprint: false, reprintReason: null, status: 'done' },
    ]);
    expect(timesPrinted(peer, [first.id, again.id])).toEqual([1, 1]);
  });
});

describe('print queue across restarts', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let peer: PrinterPeer;
  beforeEach(async () => {
    temp = makeTempDir('packline-print-restart-');
    peer = await startPrinterPeer();
  });
  afterEach(async () => {
    await peer.close();
    temp.remove();
  });

  it('prints jobs still queued when the station closed exactly once after it reopens', async () => {
    peer.setState('paper_out');
    const before = await openQueueHarness(temp.path, [peerPrinter(peer)]);
    const jobs = await before.queue.enqueueMany(labelRequests(10));
    await before.log.until((event) => event.type === 'printer' && event.printer.status.state === 'paper_out');
    await before.close();

    peer.setState('ready');
    const after = await openQueueHarness(temp.path, [peerPrinter(peer)]);
    try {
      await after.log.until(isAllDone(10));
      expect(peer.jobs()).toEqual(jobs.map(testLabelText));
      expect(
        timesPrinted(
          peer,
          jobs.map((job) => job.id),
        ),
      ).toEqual(Array(10).fill(1));
    } finally {
      await after.close();
    }
  });

  it('never resends a job a crash left sending: it waits for a person to say whether it printed', async () => {
    const crashed = await openQueueHarness(temp.path, []);
    // A job written `sending` and then the process died, before the printer said anything.
    const request = labelRequests(1)[0]!;
    await crashed.db.repos.printJobs.add({
      id: '01JNM0000000000000000000P1',
      printerId: request.printerId,
      templateId: request.templateId,
      data: request.data,
      copies: 1,
      status: 'sending',
      attempts: 1,
      actorId: request.actorId,
      orderId: 'o-1',
      createdAt: '2025-03-01T08:00:00.000Z',
      updatedAt: '2025-03-01T08:00:01.000Z',
    });
    await crashed.close();

    const after = await openQueueHarness(temp.path, [peerPrinter(peer)]);
    try {
      const [entry] = await after.ledger.forOrder('o-1', 10);
      expect([entry?.status, entry?.lastError]).toEqual([
        'uncertain',
        'The station stopped while this job was being sent; check whether it printed.',
      ]);
      await after.queue.enqueue({ ...request, orderId: 'o-2' });
      await after.log.until(isAllDone(1));
      expect(timesPrinted(peer, ['01JNM0000000000000000000P1'])).toEqual([0]);
      // The packer finds no label: the job goes out again, once.
      const mark = after.log.mark();
      await after.queue.resolveUncertain('01JNM0000000000000000000P1', false, 'u-packer');
      await after.log.until(isAllDone(1), mark);
      expect(timesPrinted(peer, ['01JNM0000000000000000000P1'])).toEqual([1]);
      expect(await after.ledger.forOrder('o-1', 10)).toMatchObject([
        { status: 'done', resolvedBy: 'u-packer' },
      ]);
    } finally {
      await after.close();
    }
  });

  it('takes over a version 0 queue: a job caught sending waits for a check, a queued one prints once', async () => {
    const dbDir = join(temp.path, 'db');
    mkdirSync(dbDir, { recursive: true });
    const old = await createRxDatabase<{ printJobs: RxCollection<PrintJobDocV0> }>({
      name: 'station',
      storage: wrappedValidateAjvStorage({ storage: getRxStorageSqlite({ directory: dbDir }) }),
      multiInstance: false,
    });
    await old.addCollections({ printJobs: { schema: printJobsSchemaV0 } });
    const v0Job = (n: number, status: PrintJobDocV0['status']): PrintJobDocV0 => ({
      id: `01JNM000000000000000000V0${n}`,
      printerId: 'zebra-1',
      templateId: 'shipping-label',
      data: { orderId: `o-${n}` },
      copies: 1,
      status,
      attempts: status === 'queued' ? 0 : 1,
      actorId: 'u-packer',
      orderId: `o-${n}`,
      createdAt: `2025-03-01T08:00:0${n}.000Z`,
      updatedAt: `2025-03-01T08:00:0${n}.000Z`,
    });
    await old.printJobs.bulkInsert([v0Job(1, 'done'), v0Job(2, 'sending'), v0Job(3, 'queued')]);
    await old.close();

    const after = await openQueueHarness(temp.path, [peerPrinter(peer)]);
    try {
      await after.log.until(isAllDone(1));
      const ledger = await after.ledger.recent(10);
      expect(ledger.map((entry) => [entry.orderId, entry.status])).toEqual([
        ['o-3', 'done'],
        ['o-2', 'uncertain'],
        ['o-1', 'done'],
      ]);
      expect(
        timesPrinted(
          peer,
          ledger.map((entry) => entry.jobId),
        ),
      ).toEqual([1, 0, 0]);
    } finally {
      await after.close();
    }
  });
});
