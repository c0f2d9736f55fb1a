import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildOrder, testWarehouseId } from '../../../src-shared/domain/testing';
import type { BenchUser } from '../../../src-shared/features/auth';
import { createManualClock, type ManualClock } from '../clock/testing/manual-clock';
import type { StationDatabase } from '../db';
import { connectionRefused, createFakeTransport } from '../hub-link/testing/fake-transport';
import { createLogger } from '../logging';
import { createStationCore, type StationCore, type StationCoreConfig } from './index';
import { hashPinForTest } from './testing/hash-pin';

// A whole station core with its SQLite database and no hub at all: every badge and PIN below is
// checked against the people in the station's own `benchUsers` collection.

const logger = createLogger('bench-sign-in-test', { level: 'silent' });
const bench = { sessionId: 'bench-window' };
const start = Date.parse('2026-12-02T08:30:00.000Z');

const packer = { id: 'user-packer', username: 'packer', displayName: '张师傅', role: 'packer' } as const;
const supervisor = {
  id: 'user-sup',
  username: 'supervisor',
  displayName: '王主管',
  role: 'supervisor',
} as const;

async function people(): Promise<BenchUser[]> {
  const updatedAt = '2026-12-01T00:00:00.000Z';
  const active = { isActive: true, updatedAt };
  return [
    {
      ...packer,
      ...active,
      warehouseId: testWarehouseId,
      badgeCode: 'BADGE-1001',
      pinHash: await hashPinForTest('1234'),
    },
    {
      ...supervisor,
      ...active,
      warehouseId: null,
      badgeCode: 'BADGE-1002',
      pinHash: await hashPinForTest('5678'),
    },
    {
      id: 'user-left',
      username: 'left',
      displayName: '离职',
      role: 'packer',
      warehouseId: testWarehouseId,
      badgeCode: 'BADGE-1003',
      pinHash: await hashPinForTest('1111'),
      isActive: false,
      updatedAt,
    },
    // Someone of another warehouse, as the hub sends them to this station: no badge, no PIN.
    {
      id: 'user-can',
      username: 'canton',
      displayName: '广州',
      role: 'packer',
      warehouseId: 'wh-can',
      isActive: false,
      updatedAt,
    },
  ];
}

describe('badge sign-in at a pack bench, offline', () => {
  let dataDir = '';
  let clock: ManualClock;
  let core: StationCore | undefined;

  async function startCore(overrides: Partial<StationCoreConfig> = {}): Promise<StationCore> {
    core = await createStationCore({
      dataDir,
      hubUrl: 'http://127.0.0.1:9',
      isHubEmbedded: false,
      mode: 'browser',
      appVersion: '0.1.0-test',
      logger,
      locale: 'en-US',
      clock,
      transport: createFakeTransport(connectionRefused),
      ...overrides,
    });
    return core;
  }

  function databaseOf(station: StationCore): StationDatabase {
    if (station.database === null) throw new Error('the station database did not open');
    return station.database;
  }

  async function call(channel: string, input: unknown = {}, caller = bench): Promise<unknown> {
    const answer = await core?.dispatch(channel, input, caller);
    if (answer === undefined) throw new Error('no core');
    return answer.ok ? answer.value : answer;
  }

  const badgeSignIn = (badge: string, pin: string) => call('auth.badgeSignIn', { badge, pin });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-bench-'));
    clock = createManualClock(start);
    const station = await startCore();
    await databaseOf(station).repos.benchUsers.upsertMany(await people());
  });
  afterEach(async () => {
    await core?.dispose();
    core = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs a packer in with badge and PIN, and the commands they issue name them', async () => {
    const station = core as StationCore;
    await databaseOf(station).repos.orders.upsertOrders([buildOrder()]);

    const answer = await badgeSignIn(' badge-1001 ', '1234');
    await call('commands.issue', {
      type: 'item.scanned',
      payload: { orderId: 'order-1', skuId: 'sku-tea', qty: 1 },
    });
    const queued = await databaseOf(station).repos.commands.listUnrejected();

    expect(answer).toEqual({
      status: 'signedIn',
      session: {
        user: { ...packer, warehouseId: testWarehouseId },
        signedInAt: '2026-12-02T08:30:00.000Z',
        method: 'badge',
        isLocked: false,
        hasPin: true,
      },
    });
    expect(queued.map(({ command }) => [command.type, command.actorId])).toEqual([
      ['item.scanned', packer.id],
    ]);
  });

  it('refuses an unknown badge, and a wrong PIN with the tries left', async () => {
    expect(await badgeSignIn('BADGE-9999', '1234')).toEqual({
      status: 'refused',
      reason: 'unknownBadge',
      attemptsLeft: null,
      lockedUntil: null,
    });
    expect(await badgeSignIn('BADGE-1001', '4321')).toEqual({
      status: 'refused',
      reason: 'wrongPin',
      attemptsLeft: 4,
      lockedUntil: null,
    });
    expect(await call('auth.session')).toBeNull();
  });

  it('refuses a deactivated person and a person the warehouse no longer has', async () => {
    expect(await badgeSignIn('BADGE-1003', '1111')).toMatchObject({ status: 'refused', reason: 'inactive' });
    // Without the right PIN the station does not even say the person was deactivated.
    expect(await badgeSignIn('BADGE-1003', '2222')).toMatchObject({ status: 'refused', reason: 'wrongPin' });
    await databaseOf(core as StationCore).repos.benchUsers.upsertMany([
      { ...packer, warehouseId: 'wh-can', isActive: false, updatedAt: '2026-12-02T08:00:00.000Z' },
    ]);
    expect(await badgeSignIn('BADGE-1001', '1234')).toMatchObject({
      status: 'refused',
      reason: 'unknownBadge',
    });
  });

  it('locks a badge out after five wrong PINs for five minutes, also across a restart', async () => {
    const wrong = [];
    for (let attempt = 0; attempt < 5; attempt += 1) wrong.push(await badgeSignIn('BADGE-1001', '0000'));
    const lockedUntil = '2026-12-02T08:35:00.000Z';

    expect(wrong.map((answer) => (answer as { attemptsLeft: number | null }).attemptsLeft)).toEqual([
      4,
      3,
      2,
      1,
      null,
    ]);
    expect(wrong.at(-1)).toEqual({ status: 'refused', reason: 'lockedOut', attemptsLeft: null, lockedUntil });
    expect(await badgeSignIn('BADGE-1001', '1234')).toMatchObject({ reason: 'lockedOut', lockedUntil });
    // Another person's badge is not affected.
    expect(await badgeSignIn('BADGE-1002', '5678')).toMatchObject({ status: 'signedIn' });

    await core?.dispose();
    await startCore();
    clock.advance(5 * 60_000 - 1);
    expect(await badgeSignIn('BADGE-1001', '1234')).toMatchObject({ reason: 'lockedOut', lockedUntil });
    clock.advance(1);
    expect(await badgeSignIn('BADGE-1001', '1234')).toMatchObject({ status: 'signedIn' });
  });

  it('counts a burst of guesses sent at once one by one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => badgeSignIn('BADGE-1001', '0000') as Promise<{ reason: string }>),
    );

    expect(answers.map((answer) => answer.reason)).toEqual([
      'wrongPin',
      'wrongPin',
      'wrongPin',
      'wrongPin',
      'lockedOut',
      'lockedOut',
      'lockedOut',
      'lockedOut',
    ]);
  });

  it('locks the bench until the PIN opens it, and another badge switches the person', async () => {
    const station = core as StationCore;
    await databaseOf(station).repos.orders.upsertOrders([buildOrder()]);
    await badgeSignIn('BADGE-1001', '1234');

    expect(await call('auth.lock')).toMatchObject({ user: { id: packer.id }, isLocked: true });
    expect(await call('orders.list', {})).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Please sign in first.' },
    });
    expect(await call('auth.session')).toMatchObject({ user: { id: packer.id }, isLocked: true });
    expect(await call('auth.unlock', { pin: '5678' })).toMatchObject({ reason: 'wrongPin', attemptsLeft: 4 });
    expect(await call('auth.unlock', { pin: '1234' })).toMatchObject({
      status: 'signedIn',
      session: { user: { id: packer.id }, isLocked: false },
    });
    expect(await call('orders.list', {})).toMatchObject({ total: 1 });

    await call('auth.lock');
    expect(await badgeSignIn('BADGE-1002', '5678')).toMatchObject({
      status: 'signedIn',
      session: { user: { id: supervisor.id }, isLocked: false },
    });
    await call('commands.issue', {
      type: 'item.scanned',
      payload: { orderId: 'order-1', skuId: 'sku-cup', qty: 1 },
    });
    const queued = await databaseOf(station).repos.commands.listUnrejected();
    expect(queued.map(({ command }) => command.actorId)).toEqual([supervisor.id]);
  });

  it('says how the sign-in screen starts and when the bench locks itself', async () => {
    expect(await call('auth.signInOptions')).toEqual({
      defaultMethod: null,
      hasBadges: true,
      idleLockMs: 300_000,
    });

    await core?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
    await startCore({ benchSignIn: { defaultMethod: 'badge', idleLockMs: null } });
    expect(await call('auth.signInOptions')).toEqual({
      defaultMethod: 'badge',
      hasBadges: false,
      idleLockMs: null,
    });
    expect(await call('auth.lock')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
