import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createManualClock, type ManualClock } from '../clock/testing/manual-clock';
import { openStationDatabase, type StationDatabase } from '../db';
import { createLogger } from '../logging';
import { createPrintQueue, type PrintQueue } from './print-queue';
import type { PrintRequest } from './print-queue.types';
import { type PrinterStatus, statusFromProblems } from './printer-status';
import type { PrinterTransport, SendResult } from './printer-transport';

const logger = createLogger('print-queue-test', { level: 'silent' });
const paperOut = statusFromProblems(['paper_out']);
const ready = statusFromProblems([]);

/** A printer port whose answers the test sets; it records what it was sent. */
type ScriptedPrinter = PrinterTransport & {
  status: PrinterStatus;
  /** What the next sends do; empty: print when ready, refuse with the status otherwise. */
  readonly nextResults: SendResult[];
  readonly printed: string[];
};

function scriptedPrinter(): ScriptedPrinter {
  const printer: ScriptedPrinter = {
    kind: 'tcp',
    address: 'tcp://scripted:9100',
    status: ready,
    nextResults: [],
    printed: [],
    send(bytes) {
      const scripted = printer.nextResults.shift();
      if (scripted !== undefined) return Promise.resolve(scripted);
      if (printer.status.state !== 'ready') {
        const message = 'not ready';
        return Promise.resolve({
          ok: false,
          reason: 'not_ready',
          delivery: 'none',
          message,
          status: printer.status,
        });
      }
      printer.printed.push(new TextDecoder().decode(bytes));
      return Promise.resolve({ ok: true, byteCount: bytes.byteLength, status: printer.status });
    },
    queryStatus: () => Promise.resolve(printer.status),
    close: () => Promise.resolve(),
  };
  return printer;
}

function request(orderId: string, patch: Partial<PrintRequest> = {}): PrintRequest {
  return { printerId: 'p1', templateId: 'label', data: { orderId }, actorId: 'u1', orderId, ...patch };
}

describe('print queue loop', () => {
  let dir: string;
  let clock: ManualClock;
  let db: StationDatabase;
  let printer: ScriptedPrinter;
  let queue: PrintQueue;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'packline-print-unit-'));
    clock = createManualClock();
    // The database gets a clock of its own: its change signals' timers are not the queue's waits.
    db = await openStationDatabase({ dataDir: dir, clock: createManualClock(), logger });
    printer = scriptedPrinter();
    queue = createPrintQueue({
      repo: db.repos.printJobs,
      printers: [{ id: 'p1', language: 'zpl', transport: printer }],
      render: (job) => {
        if (job.orderId === 'broken') throw new Error('no receiver');
        return new TextEncoder().encode(`[${job.orderId ?? ''}]`);
      },
      clock,
      logger,
    });
    await queue.start();
  });
  afterEach(async () => {
    await queue.stop();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The waits the loop has set, once it has set them. */
  async function waitsSet(expected: number[]): Promise<void> {
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual(expected));
  }

  it('asks a printer out of paper after 1 s, doubling up to 30 s, and prints once it is ready', async () => {
    printer.status = paperOut;
    await waitsSet([30_000]); // idle: the next idle status check
    await queue.enqueue(request('o-1', { copies: 2 }));
    const delays: number[] = [];
    for (let wait = 0; wait < 7; wait += 1) {
      await vi.waitFor(() => expect(clock.pendingDelays()).toHaveLength(1));
      const [delay = 0] = clock.pendingDelays();
      delays.push(delay);
      clock.advance(delay);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    printer.status = ready;
    queue.retryNow('p1');
    await vi.waitFor(() => expect(printer.printed).toEqual(['[o-1][o-1]']));
    expect((await db.repos.printJobs.recent(1))[0]).toMatchObject({ status: 'done', attempts: 1, copies: 2 });
  });

  it('fails a job that does not render and goes on with the next', async () => {
    await queue.enqueueMany([request('broken'), request('o-2')]);
    await vi.waitFor(() => expect(printer.printed).toEqual(['[o-2]']));
    expect((await db.repos.printJobs.listByOrder('broken', 1))[0]).toMatchObject({
      status: 'failed',
      lastError: 'Cannot render: no receiver',
    });
  });

  it('never sends a job cut off mid-send again, and prints the next after the printer answers', async () => {
    printer.nextResults.push({
      ok: false,
      reason: 'broken',
      delivery: 'unknown',
      message: 'connection reset',
    });
    await queue.enqueueMany([request('o-1'), request('o-2')]);
    await waitsSet([1000]);
    clock.advance(1000);
    await vi.waitFor(() => expect(printer.printed).toEqual(['[o-2]']));
    expect(queue.progress('p1')).toMatchObject({ done: 1, uncertain: 1, queued: 0 });
    expect((await db.repos.printJobs.listByOrder('o-1', 1))[0]).toMatchObject({
      status: 'uncertain',
      lastError: 'connection reset',
    });
  });

  it('takes a cancelled job out of the queue while the printer waits for paper', async () => {
    printer.status = paperOut;
    const [first, second] = await queue.enqueueMany([request('o-1'), request('o-2')]);
    await waitsSet([1000]);
    await queue.cancel(second!.id, 'u-lead');
    printer.status = ready;
    queue.retryNow('p1');
    await vi.waitFor(() => expect(printer.printed).toEqual(['[o-1]']));
    expect(await queue.cancel(first!.id, 'u-lead').catch((error: unknown) => error)).toMatchObject({
      code: 'conflict',
    });
    expect((await db.repos.printJobs.listByOrder('o-2', 1))[0]).toMatchObject({
      status: 'cancelled',
      resolvedBy: 'u-lead',
    });
  });

  it('refuses a second label for an order without a reason, and no copies at all', async () => {
    await queue.enqueue(request('o-1'));
    await expect(queue.enqueue(request('o-1'))).rejects.toMatchObject({
      code: 'validation',
      message: 'This order’s label was printed before; say why it is printed again.',
    });
    await expect(queue.enqueueMany([request('o-7'), request('o-7')])).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(queue.enqueue(request('o-8', { copies: 0 }))).rejects.toMatchObject({ code: 'validation' });
    await expect(queue.enqueue(request('o-9', { printerId: 'nope' }))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
