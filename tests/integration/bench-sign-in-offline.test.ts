import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchSignInResult } from '../../src-shared/features/auth';
import { createHub, type Hub } from '../../src-hub/create-hub';
import { type HubPlace, hubEngines, silentLogger, testHubConfig } from '../helpers/hub-engines';
import { pullAll, signIn, type TestStation } from '../helpers/sync-client';
import { startStationCore, type TestStationCore } from '../helpers/station-sync';
import { smallDemo } from '../helpers/sync-hub';

// A pack bench (a real station core in its own process, SQLite database) and a real hub (PGlite,
// demo data with badges). People sign in with badge and PIN while the hub is stopped; once it is
// back, the hub has recorded each change under the person who made it.

const pglite = hubEngines.find((engine) => engine.name === 'pglite');

describe('badge sign-in at a bench while the hub is away', () => {
  let place: HubPlace;
  let hub: Hub | null = null;
  let port = 0;
  let bench: TestStationCore;

  async function startHub(): Promise<Hub> {
    const started = await createHub(testHubConfig(place, { port }), {
      logger: silentLogger(),
      demoSize: smallDemo,
    });
    port = started.port;
    return started;
  }

  function signedInUserId(result: BenchSignInResult): string {
    if (result.status !== 'signedIn') throw new Error(`badge refused: ${result.reason}`);
    return result.session.user.id;
  }

  beforeAll(async () => {
    if (pglite === undefined) throw new Error('no PGlite engine');
    place = await pglite.prepare();
    hub = await startHub();
    bench = await startStationCore('bench', hub.url);
  });

  afterAll(async () => {
    await bench?.dispose();
    await hub?.close();
    await place?.dispose();
  });

  it('signs people in by badge offline, switches between them, and the hub records who did what', async () => {
    // Once, online: a password sign-in registers the bench, which then pulls the people with badges.
    await bench.call('auth.signIn', { username: 'packer', password: 'packline' });
    await bench.call('auth.signOut');
    await bench.waitForSync({ state: 'idle' });
    const hubIds = {
      packer: (await signIn(hub?.url ?? '', 'packer')).userId,
      supervisor: (await signIn(hub?.url ?? '', 'supervisor')).userId,
    };
    await hub?.close();
    hub = null;
    await bench.waitForSync({ state: 'offline' });

    const refused = await bench.call('auth.badgeSignIn', { badge: 'BADGE-1001', pin: '4321' });
    const packerId = signedInUserId(
      await bench.call('auth.badgeSignIn', { badge: 'BADGE-1001', pin: '1234' }),
    );
    const [damaged, held] = await bench.orders({ status: 'allocated' });
    if (damaged === undefined || held === undefined)
      throw new Error('the bench has too few allocated orders');
    await bench.call('commands.issue', {
      type: 'exception.reported',
      payload: { kind: 'damaged', orderId: damaged.id, note: 'crushed box' },
    });
    await bench.call('auth.lock');
    const whileLocked = await bench.dispatch('orders.list', {});
    const supervisorId = signedInUserId(
      await bench.call('auth.badgeSignIn', { badge: 'BADGE-1002', pin: '5678' }),
    );
    await bench.call('commands.issue', {
      type: 'order.held',
      payload: { orderId: held.id, reason: 'manual', note: 'count the stock' },
    });
    const offline = await bench.waitForSync({ pendingCommands: 2 });

    hub = await startHub();
    await bench.waitForSync({ state: 'idle', pendingCommands: 0 });
    const station: TestStation = {
      id: 'bench',
      token: await bench.stationToken(),
      warehouseId: '',
      authorization: `Bearer ${await bench.stationToken()}`,
    };
    const [orders, results] = await Promise.all([
      pullAll(hub.url, station, 'orders'),
      pullAll(hub.url, station, 'commandResults'),
    ]);
    const atHub = (orderId: string) => orders.documents.find((order) => order.id === orderId);

    expect({
      refused,
      ids: { packer: packerId, supervisor: supervisorId },
      whileLocked,
      offline: offline.state,
      results: results.documents.map((result) => result.status),
      damagedBy: atHub(damaged.id)?.exceptions.map((exception) => [exception.kind, exception.by]),
      heldBy: atHub(held.id)?.holds.map((hold) => [hold.reason, hold.by]),
    }).toEqual({
      refused: { status: 'refused', reason: 'wrongPin', attemptsLeft: 4, lockedUntil: null },
      ids: hubIds,
      whileLocked: { ok: false, error: { code: 'unauthorized', message: 'Please sign in first.' } },
      offline: 'offline',
      results: ['accepted', 'accepted'],
      damagedBy: [['damaged', hubIds.packer]],
      heldBy: [['manual', hubIds.supervisor]],
    });
  });
});
