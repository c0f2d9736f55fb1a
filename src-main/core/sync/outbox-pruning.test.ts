import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand, type Order } from '../../../src-shared/domain';
import { buildActor, buildOrder } from '../../../src-shared/domain/testing';
import { createManualClock, type ManualClock } from '../clock/testing/manual-clock';
import { openStationDatabase, type StationDatabase } from '../db';
import { createLogger } from '../logging';
import { type AttentionService, createAttentionService } from './attention.service';
import { createOrdersService, type OrdersService } from './orders.service';
import { createOutboxPruning, type OutboxPruning } from './outbox-pruning';

const logger = createLogger('outbox-pruning-test', { level: 'silent' });
const clerk = buildActor('clerk');
const dayMs = 24 * 60 * 60 * 1000;

describe('pruning the outbox', () => {
  let dataDir = '';
  let clock: ManualClock;
  let db: StationDatabase;
  let orders: OrdersService;
  let attention: AttentionService;
  let pruning: OutboxPruning;

  async function open(): Promise<void> {
    db = await openStationDatabase({ dataDir, clock, logger });
    orders = createOrdersService({ repos: db.repos, stationId: 'DESK-01', clock });
    attention = createAttentionService(db.repos, clock);
    pruning = createOutboxPruning({ repos: db.repos, clock, logger });
  }

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-outbox-pruning-'));
    clock = createManualClock(Date.parse('2026-12-03T09:00:00.000Z'));
    await open();
  });
  afterEach(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function hold(order: Order): Promise<string> {
    const { commandId } = await orders.issue(
      { type: 'order.held', payload: { orderId: order.id, reason: 'address_unclear', note: 'call buyer' } },
      clerk,
    );
    return commandId;
  }

  /** The hub accepts the command at `at`; with `isPulled` the pulled order shows it too. */
  async function accept(order: Order, commandId: string, at: string, isPulled: boolean): Promise<void> {
    await db.repos.commands.recordCommandResults([{ commandId, status: 'accepted', at }]);
    if (!isPulled) return;
    const [tracked] = (await db.repos.commands.listUnrejected()).filter((t) => t.command.id === commandId);
    if (tracked === undefined) throw new Error(`no command ${commandId}`);
    const outcome = applyCommand(order, tracked.command, { actor: clerk, now: at });
    if (!outcome.ok || outcome.order === null) throw new Error('the hub would refuse it');
    await db.repos.orders.upsertOrders([outcome.order]);
  }

  async function reject(commandId: string, at: string): Promise<void> {
    await db.repos.commands.recordCommandResults([
      { commandId, status: 'rejected', at, code: 'order_shipped', message: 'Already shipped' },
    ]);
  }

  /** Five orders, one held by each kind of command the outbox can hold. */
  async function fillOutbox() {
    const [shown, notYetPulled, dismissed, open, pending] = ['A', 'B', 'C', 'D', 'E'].map((n) =>
      buildOrder({ id: `ORD-${n}`, platformOrderNo: `TB-${n}` }),
    ) as [Order, Order, Order, Order, Order];
    await db.repos.orders.upsertOrders([shown, notYetPulled, dismissed, open, pending]);
    const ids = {
      shown: await hold(shown),
      notYetPulled: await hold(notYetPulled),
      dismissed: await hold(dismissed),
      open: await hold(open),
      pending: await hold(pending),
    };
    await accept(shown, ids.shown, '2026-12-03T09:00:01.000Z', true);
    await accept(notYetPulled, ids.notYetPulled, '2026-12-03T09:00:01.000Z', false);
    await reject(ids.dismissed, '2026-12-03T09:00:01.000Z');
    await reject(ids.open, '2026-12-03T09:00:01.000Z');
    await attention.dismiss(ids.dismissed, clerk.id);
    return ids;
  }

  it('deletes, after a week, accepted commands the pulled order shows and dismissed rejections; keeps the rest', async () => {
    const ids = await fillOutbox();
    clock.advance(dayMs);
    const afterADay = await pruning.pruneNow();
    clock.advance(7 * dayMs);
    const afterEightDays = await pruning.pruneNow();

    // What the desk shows is unchanged, also after a restart that reads the outbox from disk.
    await db.close();
    await open();
    const held = await Promise.all(
      ['ORD-A', 'ORD-B', 'ORD-E'].map(async (id) => (await orders.get(id))?.order.holds.length),
    );
    const remaining = (await db.repos.commands.listUnrejected()).map((t) => t.command.id);
    expect({
      afterADay,
      afterEightDays,
      held,
      remaining,
      pending: (await db.repos.commands.pendingStatus()).count,
      attention: (await attention.list()).map((item) => item.commandId),
      dismissedKept: [...(await db.repos.dismissedRejections.dismissedIds())],
      shownResult: await db.repos.commands.getResult(ids.shown),
    }).toEqual({
      afterADay: 0,
      afterEightDays: 2,
      // A and B still held: A as pulled, B through its accepted command the pull has not brought.
      held: [1, 1, 1],
      remaining: [ids.notYetPulled, ids.pending].sort(),
      pending: 1,
      attention: [ids.open],
      dismissedKept: [],
      shownResult: undefined,
    });
  });

  it('prunes after a catch-up at most hourly', async () => {
    const ids = await fillOutbox();
    const refused = async () => (await db.repos.commands.listRejected()).map((t) => t.command.id);
    const catchUp = async () => {
      pruning.afterCatchUp();
      await pruning.settle();
    };
    clock.advance(8 * dayMs);
    await catchUp();
    const afterFirst = await refused();
    // The last refusal is dismissed: prunable now, but only at the next round an hour on.
    await attention.dismiss(ids.open, clerk.id);
    await catchUp();
    const withinTheHour = await refused();
    clock.advance(60 * 60 * 1000);
    await catchUp();
    expect({ afterFirst, withinTheHour, anHourOn: await refused() }).toEqual({
      afterFirst: [ids.open],
      withinTheHour: [ids.open],
      anHourOn: [],
    });
  });

  it('stops handing out accepted commands the pulled order shows, so lists stop replaying them', async () => {
    const ids = await fillOutbox();
    const before = (await db.repos.commands.listUnrejected()).map((t) => t.command.id);
    const page = await orders.list({ limit: 50, offset: 0 });
    const after = (await db.repos.commands.listUnrejected()).map((t) => t.command.id);
    expect({
      before: before.includes(ids.shown),
      after: after.includes(ids.shown),
      stillReplayed: after.includes(ids.notYetPulled),
      heldRows: page.orders
        .filter((row) => row.holdReasons.length > 0)
        .map((row) => row.platformOrderNo)
        .sort(),
    }).toEqual({
      before: true,
      after: false,
      stillReplayed: true,
      heldRows: ['TB-A', 'TB-B', 'TB-E'],
    });
  });
});
