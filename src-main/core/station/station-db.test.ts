import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrderDoc } from '../../../src-shared/db';
import { stationStatusSchema } from '../../../src-shared/features/station';
import { createSystemClock } from '../clock';
import { createSimulatedPrinter, createSimulatedScanner } from '../devices';
import { type FakeHubServer, startFakeHubServer } from '../hub-link/testing/fake-hub-server';
import { createLogger } from '../logging';
import { createStationCore, type StationCore, type StationEvent } from './index';

const logger = createLogger('core-db-test', { level: 'silent' });
const packer = { sessionId: 'window-1' };

function order(n: number): OrderDoc {
  return {
    id: `o-${String(n).padStart(4, '0')}`,
    platform: 'jd',
    platformOrderNo: `JD${n}`,
    status: 'imported',
    warehouseId: 'wh-1',
    buyer: { name: '李四', phone: '13900000000' },
    address: { province: '广东省', city: '深圳市', district: '南山区', detail: `科技园 ${n} 栋` },
    lines: [{ skuId: 'sku-9', qty: 1, priceFen: 12_900, scannedQty: 0 }],
    itemsFen: 12_900,
    shippingFen: 0,
    discountFen: 0,
    totalFen: 12_900,
    currency: 'CNY',
    holds: [],
    exceptions: [],
    label: null,
    pickListId: null,
    pickListKey: '',
    waybill: null,
    paidAt: '2025-02-01T09:00:00.000Z',
    packedAt: null,
    shippedAt: null,
    cancelledAt: null,
    cancelReason: null,
    appliedCommandIds: [],
    updatedAt: '2025-02-01T10:00:00.000Z',
  };
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

describe('the station core and its database', () => {
  let dataDir = '';
  let hub: FakeHubServer;
  let cores: StationCore[] = [];

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-core-db-'));
    hub = await startFakeHubServer();
    cores = [];
  });
  afterEach(async () => {
    // Disposing twice is harmless; this catches a test that failed before its own dispose.
    for (const core of cores) await core.dispose();
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<StationCore> {
    const clock = createSystemClock();
    const core = await createStationCore({
      dataDir,
      hubUrl: hub.url,
      isHubEmbedded: true,
      mode: 'browser',
      appVersion: '0.1.0-test',
      logger,
      locale: 'en-US',
      devices: { scanners: [createSimulatedScanner({ clock })], printers: [createSimulatedPrinter()] },
    });
    cores.push(core);
    return core;
  }

  async function localDbOf(core: StationCore) {
    const answer = await core.dispatch('station.status', {}, packer);
    if (!answer.ok) throw new Error(answer.error.message);
    return stationStatusSchema.parse(answer.value).localDb;
  }

  it('tells the screens which collection changed when a repository writes', async () => {
    const core = await start();
    const events: StationEvent[] = [];
    core.onEvent((event) => events.push(event));

    await core.database?.repos.scanLog.append({
      code: 'ORDER-1001',
      source: 'keyboard-wedge',
      at: '2025-03-01T08:00:00.000Z',
    });

    await vi.waitFor(() => expect(events.filter((e) => e.name === 'db.changed')).toHaveLength(1));
    expect(events.filter((e) => e.name === 'db.changed')).toEqual([
      { name: 'db.changed', payload: { collection: 'scanLog' } },
    ]);
  });

  it('restores a damaged file from the backup of the last clean stop and says so', async () => {
    const first = await start();
    await first.database?.repos.orders.upsertMany(Array.from({ length: 200 }, (_, i) => order(i + 1)));
    await first.dispose();
    damageMiddle(join(dataDir, 'db', 'station.sqlite'));

    const core = await start();
    const localDb = await localDbOf(core);
    const restored = await core.database?.repos.orders.findByStatus({ status: 'imported', limit: 1000 });
    expect({ localDb, restored: restored?.length }).toEqual({
      localDb: {
        state: 'recovered',
        path: join(dataDir, 'db', 'station.sqlite'),
        sizeBytes: expect.any(Number) as number,
        integrity: 'ok',
        sqliteVersion: expect.any(String) as string,
        openedAt: expect.any(String) as string,
        recovery: {
          kind: 'restored-backup',
          reason: expect.stringMatching(/damaged|integrity check failed/) as string,
          movedTo: expect.stringContaining(join(dataDir, 'db', 'station.sqlite.corrupt-')) as string,
          backupUsed: expect.stringContaining(join(dataDir, 'db', 'backups', 'station-')) as string,
          at: expect.any(String) as string,
        },
        isResyncRequired: false,
      },
      restored: 200,
    });
  });

  it('keeps running without a database it cannot open, and says why', async () => {
    // A file where the database folder should be: no recovery can make that folder.
    writeFileSync(join(dataDir, 'db'), 'not a folder');
    const core = await start();

    expect({ database: core.database, localDb: await localDbOf(core) }).toEqual({
      database: null,
      localDb: {
        state: 'error',
        path: join(dataDir, 'db', 'station.sqlite'),
        sizeBytes: 0,
        integrity:
          'The station database cannot be opened. Check the disk, then restart the station; the log has details.',
        sqliteVersion: expect.any(String) as string,
        openedAt: expect.any(String) as string,
        isResyncRequired: false,
      },
    });
    const signIn = await core.dispatch('auth.signIn', { username: 'packer', password: 'packline' }, packer);
    expect(signIn.ok).toBe(true);
    const devices = await core.dispatch('devices.list', {}, packer);
    expect(devices.ok && (devices.value as unknown[]).length).toBe(2);
    await core.dispose();
  });
});
