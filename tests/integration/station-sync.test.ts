import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, syncPaths } from '../../src-shared/hub-api';
import type { OrderSummary } from '../../src-shared/features/orders';
import { createHub, type Hub } from '../../src-hub/create-hub';
import { callHub } from '../helpers/hub-client';
import { type HubPlace, hubEngines, silentLogger, testHubConfig } from '../helpers/hub-engines';
import { startStationCore, type TestStationCore } from '../helpers/station-sync';
import { smallDemo } from '../helpers/sync-hub';

// Two station cores (real SQLite files, each in its own process as in production) replicating with
// a real hub (PGlite, demo data) over HTTP.

const pglite = hubEngines.find((engine) => engine.name === 'pglite');

describe('station sync against a real hub', () => {
  let place: HubPlace;
  let hub: Hub | null = null;
  let port = 0;
  let desk: TestStationCore;
  let bench: TestStationCore;
  const used = new Set<string>();

  async function startHub(): Promise<Hub> {
    const started = await createHub(testHubConfig(place, { port }), {
      logger: silentLogger(),
      demoSize: smallDemo,
    });
    port = started.port;
    return started;
  }

  async function stopHub(): Promise<void> {
    await hub?.close();
    hub = null;
  }

  /** An allocated order of the desk's warehouse no test has used yet, as the desk lists it. */
  async function freshOrder(): Promise<OrderSummary> {
    const order = (await desk.orders({ status: 'allocated' })).find((candidate) => !used.has(candidate.id));
    if (order === undefined) throw new Error('no untouched allocated order left');
    used.add(order.id);
    return order;
  }

  beforeAll(async () => {
    if (pglite === undefined) throw new Error('no PGlite engine');
    place = await pglite.prepare();
    hub = await startHub();
    [desk, bench] = await Promise.all([
      startStationCore('desk', hub.url),
      startStationCore('bench', hub.url),
    ]);
  });

  afterAll(async () => {
    await desk?.dispose();
    await bench?.dispose();
    await stopHub();
    await place?.dispose();
  });

  it('registers at the first sign-in and then syncs with nobody signed in', async () => {
    expect(await desk.syncState()).toMatchObject({
      state: 'connecting',
      lastError: 'Sign in once to connect this station to the hub',
    });
    for (const station of [desk, bench]) {
      await station.call('auth.signIn', { username: 'clerk', password: 'packline' });
      await station.call('auth.signOut');
    }
    const synced = await desk.waitForSync({ state: 'idle' });
    await bench.waitForSync({ state: 'idle' });
    // Signed out: sync.state still answers, the orders need a person.
    expect({
      synced,
      orders: (await desk.dispatch('orders.list', {})).ok,
    }).toEqual({
      synced: {
        state: 'idle',
        pendingCommands: 0,
        oldestPendingAt: null,
        lastSyncedAt: expect.any(String) as string,
        lastError: null,
        needsAttention: 0,
      },
      orders: false,
    });
    for (const station of [desk, bench])
      await station.call('auth.signIn', { username: 'clerk', password: 'packline' });
    expect((await desk.orders()).length).toBeGreaterThan(10);
  });

  it('shows a hold placed at the desk on the bench', async () => {
    const order = await freshOrder();
    const { commandId } = await desk.call<{ commandId: string }>('commands.issue', {
      type: 'order.held',
      payload: { orderId: order.id, reason: 'address_unclear', note: 'no house number' },
    });
    const atOnce = await desk.order(order.id);
    await bench.waitForSync({ state: 'idle' });
    await expect
      .poll(async () => (await bench.order(order.id))?.order.holds.map((hold) => hold.id), {
        timeout: 20_000,
      })
      .toEqual([commandId]);
    const onBench = await bench.order(order.id);
    await desk.waitForSync({ state: 'idle', pendingCommands: 0 });
    expect({
      atOnce: atOnce?.order.holds.map((hold) => [hold.reason, hold.note]),
      onBench: onBench?.order.holds.map((hold) => [hold.reason, hold.note, hold.by]),
      benchList: (await bench.orders({ isHeldOnly: true })).map((row) => row.id),
      deskPending: (await desk.order(order.id))?.pendingCommandIds,
    }).toEqual({
      atOnce: [['address_unclear', 'no house number']],
      onBench: [['address_unclear', 'no house number', atOnce?.order.holds[0]?.by]],
      benchList: [order.id],
      deskPending: [],
    });
  });

  it('keeps a command made while the hub is down, says how long it waits, and pushes it once the hub is back', async () => {
    const order = await freshOrder();
    await stopHub();
    await desk.waitForSync({ state: 'offline' });
    const { commandId } = await desk.call<{ commandId: string }>('commands.issue', {
      type: 'order.held',
      payload: { orderId: order.id, reason: 'manual', note: 'call the buyer' },
    });
    const issuedAt = (await desk.order(order.id))?.order.holds.find((hold) => hold.id === commandId)?.at;
    const offline = await desk.waitForSync({ pendingCommands: 1 });
    expect(offline).toMatchObject({ state: 'offline', pendingCommands: 1, oldestPendingAt: issuedAt });

    hub = await startHub();
    await desk.waitForSync({ state: 'idle', pendingCommands: 0, oldestPendingAt: null });
    const results = await callHub(hub.url, `${syncPaths.pull}/commandResults`, {
      authorization: `Bearer ${await desk.stationToken()}`,
    });
    const answers = pullResponseSchema
      .parse(results.body)
      .documents.filter((result) => (result as { commandId: string }).commandId === commandId);
    await expect
      .poll(async () => (await bench.order(order.id))?.order.holds.map((hold) => hold.id), {
        timeout: 20_000,
      })
      .toEqual([commandId]);
    expect({
      answers: answers.map((answer) => (answer as { status: string }).status),
      deskHolds: (await desk.order(order.id))?.order.holds.filter((hold) => hold.id === commandId).length,
      applied: (await desk.order(order.id))?.order.appliedCommandIds.filter((id) => id === commandId).length,
    }).toEqual({ answers: ['accepted'], deskHolds: 1, applied: 1 });
  });

  it('lists a command the hub refused under "needs attention" with its reason, until dismissed', async () => {
    const order = await freshOrder();
    await stopHub();
    await Promise.all([desk.waitForSync({ state: 'offline' }), bench.waitForSync({ state: 'offline' })]);
    // Both desks cancel the same order while the hub is away: the hub takes one and refuses the other.
    for (const station of [desk, bench]) {
      await station.call('commands.issue', {
        type: 'order.cancelled',
        payload: { orderId: order.id, reason: `buyer called ${station.name}` },
      });
    }
    hub = await startHub();
    await Promise.all([
      desk.waitForSync({ state: 'idle', pendingCommands: 0 }),
      bench.waitForSync({ state: 'idle', pendingCommands: 0 }),
    ]);
    const refused = [...(await desk.attention()), ...(await bench.attention())];
    expect(refused).toEqual([
      {
        commandId: expect.any(String) as string,
        type: 'order.cancelled',
        orderId: order.id,
        orderLabel: order.platformOrderNo,
        code: 'order_cancelled',
        message: expect.stringMatching(
          new RegExp(`^Order ${order.platformOrderNo} was cancelled: buyer called`),
        ) as string,
        actorId: expect.any(String) as string,
        issuedAt: expect.any(String) as string,
        rejectedAt: expect.any(String) as string,
      },
    ]);
    const refusedAt = (await desk.attention()).length === 1 ? desk : bench;
    expect((await refusedAt.syncState()).needsAttention).toBe(1);
    await refusedAt.call('attention.dismiss', { commandId: refused[0]?.commandId });
    expect([
      await refusedAt.attention(),
      (await refusedAt.waitForSync({ needsAttention: 0 })).needsAttention,
    ]).toEqual([[], 0]);
    expect((await desk.order(order.id))?.order.status).toBe('cancelled');
  });

  it('keeps replicating after a restart with nobody signed in', async () => {
    const token = await bench.stationToken();
    await bench.restart();
    const order = await freshOrder();
    const { commandId } = await desk.call<{ commandId: string }>('commands.issue', {
      type: 'order.held',
      payload: { orderId: order.id, reason: 'fraud_review', note: '' },
    });
    await desk.waitForSync({ state: 'idle', pendingCommands: 0 });
    await bench.waitForSync({ state: 'idle', lastError: null });
    await bench.call('auth.signIn', { username: 'clerk', password: 'packline' });
    await expect
      .poll(async () => (await bench.order(order.id))?.order.holds.map((hold) => hold.id), {
        timeout: 20_000,
      })
      .toEqual([commandId]);
    // Signing in again did not register again: the station token is the one from before the restart.
    expect(await bench.stationToken()).toBe(token);
  });

  it('says so when the hub lost the station, and registers again at the next sign-in', async () => {
    const heldBefore = (await desk.orders({ isHeldOnly: true })).map((row) => row.id);
    await stopHub();
    await place.dispose();
    place = await (pglite as NonNullable<typeof pglite>).prepare();
    hub = await startHub();
    const lost = await desk.waitForSync({ state: 'error' });
    expect(lost.lastError).toBe('This station is not registered with the hub — sign in again');
    await desk.call('auth.signIn', { username: 'clerk', password: 'packline' });
    await desk.waitForSync({ state: 'idle', lastError: null });
    // Pulled again from the new hub: the holds of the old one are gone.
    expect({ hadHolds: heldBefore.length > 0, after: await desk.orders({ isHeldOnly: true }) }).toEqual({
      hadHolds: true,
      after: [],
    });
  });
});
