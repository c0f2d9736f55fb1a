import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../../../../src-shared/domain';
import { buildOrder } from '../../../../src-shared/domain/testing';
import { createManualClock } from '../../clock/testing/manual-clock';
import { createLogger } from '../../logging';
import { openStationDatabase, type StationDatabase } from '../station-database';

const logger = createLogger('order-search-test', { level: 'silent' });

/** A hold placed at the desk, as a pull brings it. */
const hold: Order['holds'][number] = {
  id: 'cmd-1',
  reason: 'address_unclear',
  note: '',
  by: 'u-clerk',
  at: '2026-12-03T09:00:00.000Z',
};

function order(n: number, patch: Partial<Order> = {}): Order {
  return buildOrder({
    id: `ORD-${n}`,
    platformOrderNo: `TB2026120300${n}`,
    paidAt: `2026-12-03T0${n}:00:00.000Z`,
    buyer: { name: n % 2 === 0 ? '王小明' : '李静', phone: '13800000000' },
    ...patch,
  });
}

describe('the order search index', () => {
  let dataDir = '';
  let db: StationDatabase;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-order-search-'));
    db = await openStationDatabase({ dataDir, clock: createManualClock(), logger });
    await db.repos.orders.upsertOrders([1, 2, 3, 4].map((n) => order(n)));
  });
  afterEach(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const ids = async (filter: Parameters<StationDatabase['repos']['orders']['search']>[0]) =>
    (await db.repos.orders.search(filter)).map((key) => key.id);

  it('finds a buyer by any part of the name and an order by the start of its number, newest payment first', async () => {
    expect({
      surname: await ids({ search: '王' }),
      givenName: await ids({ search: '小明' }),
      numberStart: await ids({ search: 'tb20261203003' }),
      numberMiddle: await ids({ search: '1203003' }),
      inStatus: await ids({ status: 'shipped', search: '王' }),
    }).toEqual({
      surname: ['ORD-4', 'ORD-2'],
      givenName: ['ORD-4', 'ORD-2'],
      numberStart: ['ORD-3'],
      numberMiddle: [],
      inStatus: [],
    });
  });

  it('follows pulls after the first search: new orders, new holds, new names, deletions', async () => {
    const before = await ids({ search: '王' });
    await db.repos.orders.upsertOrders([
      order(5, { buyer: { name: '王芳', phone: '13900000000' } }),
      order(1, { holds: [hold] }),
      order(2, { buyer: { name: '赵强', phone: '13800000000' } }),
    ]);
    const afterPull = { named: await ids({ search: '王' }), held: await ids({ isHeldOnly: true }) };
    await db.repos.replication.clearPulledData();
    await db.repos.orders.upsertOrders([order(6, { buyer: { name: '王伟', phone: '13700000000' } })]);
    expect({ before, afterPull, afterClear: await ids({ search: '王' }) }).toEqual({
      before: ['ORD-4', 'ORD-2'],
      afterPull: { named: ['ORD-5', 'ORD-4'], held: ['ORD-1'] },
      afterClear: ['ORD-6'],
    });
  });

  it('keeps a held order found by held only once its hold arrives after the first search', async () => {
    const before = await ids({ isHeldOnly: true });
    await db.repos.orders.upsertOrders([order(3, { holds: [hold] })]);
    expect({ before, after: await ids({ isHeldOnly: true }) }).toEqual({ before: [], after: ['ORD-3'] });
  });
});
