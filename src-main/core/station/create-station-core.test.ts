import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedPrinter, createSimulatedScanner } from '../devices';
import { createSystemClock } from '../clock';
import { type FakeHubServer, fakeHubUser, startFakeHubServer } from '../hub-link/testing/fake-hub-server';
import { createLogger } from '../logging';
import { createStationCore, type StationCore, type StationEvent } from './index';

const logger = createLogger('core-test', { level: 'silent' });
const packer = { sessionId: 'window-1' };
const stranger = { sessionId: 'browser-2' };

describe('createStationCore against a real HTTP hub', () => {
  let dataDir = '';
  let hub: FakeHubServer;
  let core: StationCore | undefined;
  const clock = createSystemClock();
  const scanner = () => createSimulatedScanner({ clock });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-core-'));
    hub = await startFakeHubServer();
  });
  afterEach(async () => {
    await core?.dispose();
    core = undefined;
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function start(overrides: Partial<Parameters<typeof createStationCore>[0]> = {}) {
    return createStationCore({
      dataDir,
      hubUrl: hub.url,
      isHubEmbedded: true,
      mode: 'browser',
      appVersion: '0.1.0-test',
      logger,
      locale: 'en-US',
      healthIntervalMs: 200,
      ...overrides,
    });
  }

  it('answers station.status before sign-in and sees the hub online', async () => {
    core = await start();
    await vi.waitFor(async () => {
      const answer = await core?.dispatch('station.status', {}, stranger);
      expect(answer).toMatchObject({ ok: true, value: { hub: { state: 'online' } } });
    });
    const answer = await core.dispatch('station.status', {}, stranger);
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value).toMatchObject({
      stationName: expect.stringMatching(/^PACK-[0-9A-Z]{4}$/) as string,
      appVersion: '0.1.0-test',
      mode: 'browser',
      hub: { hubUrl: hub.url, isEmbedded: true, engine: 'pglite', hubVersion: '0.0.0-fake', lastError: null },
    });
    expect((answer.value as { localDb: unknown }).localDb).toEqual({
      state: 'ok',
      path: join(dataDir, 'db', 'station.sqlite'),
      sizeBytes: expect.any(Number) as number,
      integrity: 'ok',
      sqliteVersion: expect.stringMatching(/^3\.\d+\.\d+$/) as string,
      openedAt: expect.any(String) as string,
      isResyncRequired: false,
    });
    const stationId = (answer.value as { stationId: string }).stationId;
    expect(hub.requests.at(-1)).toMatchObject({ stationId });
  });

  it('signs in per session, keeps the hub token inside, and signs out', async () => {
    core = await start();
    expect(await core.dispatch('devices.list', {}, packer)).toMatchObject({
      error: { code: 'unauthorized' },
    });

    const signIn = await core.dispatch('auth.signIn', { username: 'packer', password: 'packline' }, packer);
    expect(signIn).toEqual({
      ok: true,
      value: {
        user: fakeHubUser,
        signedInAt: expect.any(String) as string,
        method: 'password',
        isLocked: false,
        hasPin: false,
      },
    });
    expect(JSON.stringify(signIn)).not.toContain('fake-token');
    expect(await core.dispatch('auth.session', {}, packer)).toEqual(signIn);
    expect(await core.dispatch('auth.session', {}, stranger)).toEqual({ ok: true, value: null });
    expect(await core.dispatch('devices.list', {}, stranger)).toMatchObject({
      error: { code: 'unauthorized' },
    });

    const devices = await core.dispatch('devices.list', {}, packer);
    expect(devices.ok && (devices.value as { kind: string }[]).map((d) => d.kind)).toEqual([
      'scanner',
      'printer',
    ]);

    expect(await core.dispatch('auth.signOut', {}, packer)).toEqual({ ok: true, value: {} });
    expect(await core.dispatch('devices.list', {}, packer)).toMatchObject({
      error: { code: 'unauthorized' },
    });
  });

  it('endSession forgets a caller', async () => {
    core = await start();
    await core.dispatch('auth.signIn', { username: 'packer', password: 'packline' }, packer);
    core.endSession(packer.sessionId);
    expect(await core.dispatch('auth.session', {}, packer)).toEqual({ ok: true, value: null });
  });

  it("passes the hub's refusal through and says when the hub is unreachable", async () => {
    core = await start();
    expect(await core.dispatch('auth.signIn', { username: 'packer', password: 'wrong' }, packer)).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Wrong username or password' },
    });
    await hub.stop();
    expect(await core.dispatch('auth.signIn', { username: 'packer', password: 'packline' }, packer)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Hub not reachable — check the network' },
    });
  });

  it('pushes sync.status, scan.received and printer.status events to listeners', async () => {
    const events: StationEvent[] = [];
    const testScanner = scanner();
    const printer = createSimulatedPrinter();
    core = await start({ devices: { scanners: [testScanner], printers: [printer] } });
    const unsubscribe = core.onEvent((event) => events.push(event));
    await vi.waitFor(() => expect(events.some((e) => e.name === 'sync.status')).toBe(true));
    testScanner.emitScan('ORDER-1001');
    printer.setState('paper_out');
    unsubscribe();
    testScanner.emitScan('ORDER-1002');
    // The print queue's own printers report too (print.progress, printer.status of the demo printer).
    const fromSimulated = events.filter(
      (e) =>
        e.name === 'scan.received' ||
        (e.name === 'printer.status' && e.payload.deviceId === 'simulated-printer'),
    );
    expect(fromSimulated).toEqual([
      {
        name: 'scan.received',
        payload: { code: 'ORDER-1001', source: 'simulated-scanner', at: expect.any(String) as string },
      },
      { name: 'printer.status', payload: { deviceId: 'simulated-printer', state: 'paper_out' } },
    ]);
  });

  it('keeps its identity across restarts and refuses work after dispose', async () => {
    const first = await start();
    const before = await first.dispatch('station.status', {}, stranger);
    await first.dispose();
    await first.dispose();
    expect(await first.dispatch('station.status', {}, stranger)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The station is shutting down' },
    });
    core = await start();
    const after = await core.dispatch('station.status', {}, stranger);
    expect(after.ok && before.ok && (after.value as { stationId: string }).stationId).toBe(
      before.ok && (before.value as { stationId: string }).stationId,
    );
  });

  it('fails to start with a one-line reason when the data folder cannot be used', async () => {
    await (await start()).dispose();
    const blocked = join(dataDir, 'station.json', 'station');
    await expect(start({ dataDir: blocked })).rejects.toMatchObject({
      code: 'unavailable',
      message: `Cannot use the data folder ${blocked}: a file is in the way`,
    });
  });
});
