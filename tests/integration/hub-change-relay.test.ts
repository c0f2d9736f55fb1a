import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Order } from '../../src-shared/domain';
import { pullCollections } from '../../src-shared/hub-api';
import { createHub, type Hub } from '../../src-hub/create-hub';
import { makeTempDataDir, silentLogger, testHubConfig } from '../helpers/hub-engines';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';
import {
  commandFrom,
  pullAll,
  push,
  registerStation,
  type SignedIn,
  signIn,
  type TestStation,
} from '../helpers/sync-client';
import { smallDemo } from '../helpers/sync-hub';
import { openStream, type StreamReader } from '../helpers/sync-stream-reader';

// Two hubs on one PostgreSQL database, as several stateless hub instances run behind one address:
// a station listening to hub A must hear of a commit made through hub B.

describe('hubs sharing one PostgreSQL tell each other of changes', () => {
  let shared: TestDatabase;
  const dataDirs: string[] = [];
  let hubA: Hub;
  let hubB: Hub;
  let clerkAtB: SignedIn;
  let deskA: TestStation;
  let deskB: TestStation;
  let stream: StreamReader;

  async function startHub(): Promise<Hub> {
    const dataDir = makeTempDataDir();
    dataDirs.push(dataDir);
    return createHub(testHubConfig({ dataDir, databaseUrl: shared.url }), {
      logger: silentLogger(),
      demoSize: smallDemo,
      streamHeartbeatMs: 100,
    });
  }

  beforeAll(async () => {
    shared = await createTestDatabase(inject('postgresAdminUrl'));
    hubA = await startHub();
    hubB = await startHub();
    const clerkAtA = await signIn(hubA.url, 'clerk');
    clerkAtB = await signIn(hubB.url, 'clerk');
    deskA = await registerStation(hubA.url, clerkAtA, 'DESK-A');
    deskB = await registerStation(hubB.url, clerkAtB, 'DESK-B');
    stream = await openStream(hubA.url, deskA);
    await stream.commentCount(1);
  });

  afterAll(async () => {
    await stream?.close();
    await hubA?.close();
    await hubB?.close();
    await shared?.drop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  let held = 0;
  /** Holds another open order of the warehouse through hub B. */
  async function holdThroughB(): Promise<void> {
    const orders: Order[] = (await pullAll(hubB.url, deskB, 'orders')).documents;
    const order = orders.filter((candidate) => candidate.status === 'allocated')[held];
    if (order === undefined) throw new Error('no allocated order left');
    held += 1;
    const [result] = await push(hubB.url, deskB, [
      commandFrom(deskB, clerkAtB.userId, 'order.held', {
        orderId: order.id,
        reason: 'address_unclear',
        note: '',
      }),
    ]);
    expect(result?.status).toBe('accepted');
  }

  it('signals a station at hub A when an order changes through hub B', async () => {
    const before = stream.signals.length;
    await holdThroughB();
    await stream.signalCount(before + 1);
    expect(stream.signals.slice(before).flatMap((signal) => signal.collections)).toContain('orders');
  });

  it('after losing its listening connection, tells every station to pull everything, and listens again', async () => {
    const before = stream.signals.length;
    const admin = new pg.Client({ connectionString: shared.url });
    await admin.connect();
    try {
      const terminated = await admin.query<{ pid: number }>(
        `select pid from pg_stat_activity
          where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`,
      );
      expect(terminated.rows).toHaveLength(2);
      await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [
        terminated.rows.map((row) => row.pid),
      ]);
    } finally {
      await admin.end();
    }
    await stream.signalCount(before + 1);
    const everything = stream.signals[before]?.collections;

    const afterGap = stream.signals.length;
    await holdThroughB();
    await stream.signalCount(afterGap + 1);
    expect({
      everything: [...(everything ?? [])].sort(),
      relayedAgain: stream.signals.slice(afterGap).flatMap((signal) => signal.collections),
    }).toEqual({
      everything: [...pullCollections].sort(),
      relayedAgain: expect.arrayContaining(['orders']) as unknown,
    });
  });
});
