import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { addRxPlugin, createRxDatabase, type RxCollection } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../src-main/core/clock/testing/manual-clock';
import { openStationDatabase, type StationDatabase } from '../../src-main/core/db';
import { listBackups } from '../../src-main/core/db/file';
import { getRxStorageSqlite } from '../../src-main/core/db/storage';
import { createLogger } from '../../src-main/core/logging';
import {
  migrateOrderV0ToV1,
  migrateOrderV1ToV2,
  migrateOrderV2ToV3,
  type OrderDoc,
  type OrderDocV0,
  ordersSchemaV0,
} from '../../src-shared/db';
import { AppError } from '../../src-shared/errors';
import { makeTempDir } from '../helpers/processes';

const logger = createLogger('station-db-test', { level: 'silent' });

function orderV0(n: number, status: string): OrderDocV0 {
  return {
    id: `o-${n}`,
    platform: 'jd',
    platformOrderNo: `JD${n}`,
    status,
    warehouseId: 'wh-1',
    buyer: { name: '李四', phone: '13900000000' },
    address: { province: '广东省', city: '深圳市', district: '南山区', detail: `科技园 ${n} 栋` },
    lines: [{ skuId: 'sku-9', qty: 1, priceFen: 12_900 }],
    totalFen: 12_900,
    currency: 'CNY',
    holds: [],
    updatedAt: `2025-02-0${n}T10:00:00.000Z`,
  };
}

function order(n: number): OrderDoc {
  return migrateOrderV2ToV3(
    migrateOrderV1ToV2({
      ...orderV0(1, 'new'),
      id: `o-${String(n).padStart(4, '0')}`,
      platformOrderNo: `JD${n}`,
    }),
  );
}

/** Overwrites the middle of the file with a fixed pattern, the way a bad sector would. */
function damageMiddle(path: string): void {
  const at = Math.floor(statSync(path).size / 2 / 4096) * 4096;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4 * 4096, 0xa5), 0, 4 * 4096, at);
  } finally {
    closeSync(fd);
  }
}

// RxDB's dev-mode checks in tests: schemas, queries, and every write validated against its schema.
beforeAll(() => {
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
});

describe('opening the station database', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let clock: ManualClock;
  let dbDir: string;
  let opened: StationDatabase[];
  async function open(): Promise<StationDatabase> {
    const db = await openStationDatabase({ dataDir: temp.path, clock, logger });
    opened.push(db);
    return db;
  }
  beforeEach(() => {
    temp = makeTempDir('packline-station-open-');
    clock = createManualClock(Date.parse('2025-03-01T08:00:00.000Z'));
    dbDir = join(temp.path, 'db');
    opened = [];
  });
  afterEach(async () => {
    // Closing twice is harmless; this only catches a test that failed before its own close.
    for (const db of opened) await db.close();
    temp.remove();
  });

  it('migrates a version 0 orders collection on disk to the current version', async () => {
    const old = await createRxDatabase<{ orders: RxCollection<OrderDocV0> }>({
      name: 'station',
      storage: wrappedValidateAjvStorage({ storage: getRxStorageSqlite({ directory: dbDir }) }),
      multiInstance: false,
    });
    await old.addCollections({ orders: { schema: ordersSchemaV0 } });
    await old.orders.bulkInsert([orderV0(1, 'packed'), orderV0(2, 'new')]);
    await old.close();

    const db = await open();
    const migrated = [await db.repos.orders.getById('o-1'), await db.repos.orders.getById('o-2')];
    await db.close();
    expect(migrated).toEqual([
      migrateOrderV2ToV3(
        migrateOrderV1ToV2({ ...orderV0(1, 'packed'), pickedAt: '2025-02-01T10:00:00.000Z' }),
      ),
      migrateOrderV2ToV3(migrateOrderV1ToV2(migrateOrderV0ToV1(orderV0(2, 'new')))),
    ]);
    expect(migrated.map((o) => [o?.status, o?.lines[0]?.scannedQty])).toEqual([
      ['packed', 1],
      ['imported', 0],
    ]);

    // Migrated once and for good: the next open finds current documents.
    const again = await open();
    const reread = await again.repos.orders.getById('o-1');
    await again.close();
    expect(reread?.pickedAt).toBe('2025-02-01T10:00:00.000Z');
  });

  it('reports a clean open and backs the file up on close', async () => {
    const db = await open();
    const status = db.status();
    await db.close();
    expect(status).toEqual({
      state: 'ok',
      path: join(dbDir, 'station.sqlite'),
      openedAt: '2025-03-01T08:00:00.000Z',
      isResyncRequired: false,
    });
    expect(listBackups(join(dbDir, 'backups'), 'station').map((b) => b.name)).toEqual([
      'station-20250301T080000000Z.sqlite',
    ]);
  });

  it('restores the last backup of a damaged file and says so', async () => {
    const first = await open();
    await first.repos.orders.upsertMany(Array.from({ length: 200 }, (_, i) => order(i + 1)));
    await first.close();
    damageMiddle(join(dbDir, 'station.sqlite'));
    clock.advance(60_000);

    const db = await open();
    const status = db.status();
    const restored = await db.repos.orders.findByStatus({ status: 'imported', limit: 1000 });
    await db.close();
    expect({
      state: status.state,
      kind: status.recovery?.kind,
      resync: status.isResyncRequired,
      count: restored.length,
    }).toEqual({
      state: 'recovered',
      kind: 'restored-backup',
      resync: false,
      count: 200,
    });
  });

  it('starts empty and asks for a full resync when no backup is left', async () => {
    const first = await open();
    await first.repos.orders.upsertMany(Array.from({ length: 200 }, (_, i) => order(i + 1)));
    await first.close();
    rmSync(join(dbDir, 'backups'), { recursive: true });
    damageMiddle(join(dbDir, 'station.sqlite'));

    const db = await open();
    const status = db.status();
    const left = await db.repos.orders.findByStatus({ status: 'imported', limit: 1000 });
    await db.repos.orders.upsertMany([order(1)]); // usable again
    await db.close();
    expect({
      state: status.state,
      kind: status.recovery?.kind,
      resync: status.isResyncRequired,
      left,
    }).toEqual({
      state: 'recovered',
      kind: 'started-empty',
      resync: true,
      left: [],
    });
  });

  it('fails once with AppError unavailable, touching nothing, when the file cannot be opened', async () => {
    mkdirSync(join(dbDir, 'station.sqlite'), { recursive: true });
    const first = await open().catch((error: unknown) => error);
    const second = await open().catch((error: unknown) => error);
    expect([first, second].map((e) => (e instanceof AppError ? e.code : e))).toEqual([
      'unavailable',
      'unavailable',
    ]);
    expect(readdirSync(dbDir)).toEqual(['station.sqlite']);
  });
});
