import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintJobDoc } from '../../../src-shared/db';
import { createManualClock, type ManualClock } from '../clock/testing/manual-clock';
import { openStationDatabase, type StationDatabase } from '../db';
import { createLogger } from '../logging';
import { createPrintHistoryPruning } from './print-history-pruning';

const logger = createLogger('print-history-test', { level: 'silent' });
const dayMs = 24 * 60 * 60 * 1000;

function job(id: string, status: PrintJobDoc['status'], createdAt: string): PrintJobDoc {
  return {
    id,
    printerId: 'zebra-1',
    templateId: 'shipping-label',
    data: { buyer: { name: '王小明', phone: '13800000000' } },
    copies: 1,
    status,
    attempts: 1,
    orderId: `order-${id}`,
    actorId: 'u-packer',
    createdAt,
    updatedAt: createdAt,
  };
}

describe('pruning the print history', () => {
  let dataDir = '';
  let clock: ManualClock;
  let db: StationDatabase;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-print-history-'));
    clock = createManualClock(Date.parse('2026-11-01T09:00:00.000Z'));
    db = await openStationDatabase({ dataDir, clock, logger });
  });
  afterEach(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('deletes finished jobs, with the buyer data on them, a month after they were made; keeps the rest', async () => {
    const old = '2026-11-01T09:00:00.000Z';
    const recent = '2026-11-25T09:00:00.000Z';
    await db.repos.printJobs.addMany([
      job('old-done', 'done', old),
      job('old-failed', 'failed', old),
      job('old-cancelled', 'cancelled', old),
      job('old-uncertain', 'uncertain', old),
      job('old-queued', 'queued', old),
      job('recent-done', 'done', recent),
    ]);
    const pruning = createPrintHistoryPruning({ repo: db.repos.printJobs, clock, logger });
    clock.advance(29 * dayMs);
    const afterAMonthLess = await pruning.pruneNow();
    clock.advance(2 * dayMs);
    const deleted = await pruning.pruneNow();
    const left = (await db.repos.printJobs.recent(10)).map((kept) => kept.id).sort();
    expect({ afterAMonthLess, deleted, left }).toEqual({
      afterAMonthLess: 0,
      deleted: 3,
      // A job nobody knows printed, and one still waiting, stay for a person to settle.
      left: ['old-queued', 'old-uncertain', 'recent-done'],
    });
  });

  it('runs a minute after the bench starts, and daily after that', async () => {
    await db.repos.printJobs.add(job('old-done', 'done', '2026-11-01T09:00:00.000Z'));
    clock.advance(31 * dayMs);
    const pruning = createPrintHistoryPruning({ repo: db.repos.printJobs, clock, logger });
    pruning.start();
    const pending = clock.pendingDelays();
    clock.advance(60_000);
    // Once the first round is done, the next waits a day (the database's own timers share the clock).
    await vi.waitFor(() => expect(clock.pendingDelays()).toContain(dayMs));
    await pruning.stop();
    expect({
      pending,
      left: await db.repos.printJobs.recent(10),
      nextRoundAfterStop: clock.pendingDelays().includes(dayMs),
    }).toEqual({ pending: [60_000], left: [], nextRoundAfterStop: false });
  });
});
