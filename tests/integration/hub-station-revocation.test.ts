import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  stationListSchema,
  stationPaths,
  stationRevokePath,
  stationStatusSchema,
  syncPaths,
} from '../../src-shared/hub-api';
import type { Hub } from '../../src-hub/create-hub';
import { hashPassword } from '../../src-hub/features/auth';
import { callHub } from '../helpers/hub-client';
import { type HubPlace, hubEngines } from '../helpers/hub-engines';
import { pullPage, registerStation, type SignedIn, signIn, type TestStation } from '../helpers/sync-client';
import { startSyncHub, type TestClock } from '../helpers/sync-hub';
import { openStream } from '../helpers/sync-stream-reader';

const revokedAt = Date.parse('2026-12-03T10:15:00.000Z');

describe.each(hubEngines)('revoking a lost station on $name', (engine) => {
  let place: HubPlace;
  let hub: Hub;
  const clock: TestClock = { now: revokedAt };
  let admin: SignedIn;
  let packer: SignedIn;
  let clerk: SignedIn;
  let lost: TestStation;
  let other: TestStation;

  beforeAll(async () => {
    place = await engine.prepare();
    hub = await startSyncHub(place, clock, { streamHeartbeatMs: 100 });
    [admin, packer, clerk] = await Promise.all([
      signIn(hub.url, 'admin'),
      signIn(hub.url, 'packer'),
      signIn(hub.url, 'clerk'),
    ]);
    [lost, other] = await Promise.all([
      registerStation(hub.url, clerk, 'DESK-LOST'),
      registerStation(hub.url, clerk, 'DESK-KEPT'),
    ]);
  });

  afterAll(async () => {
    await hub?.close();
    await place?.dispose();
  });

  const revoke = (person: SignedIn, stationId: string) =>
    callHub(hub.url, stationRevokePath(stationId), {
      method: 'POST',
      authorization: `Bearer ${person.token}`,
    });

  it('cuts the station off at once: its stream ends, its token is refused, the directory says when', async () => {
    const stream = await openStream(hub.url, lost);
    await stream.commentCount(1);
    const before = stationListSchema.parse(
      (await callHub(hub.url, stationPaths.list, { authorization: `Bearer ${admin.token}` })).body,
    );
    const answer = await revoke(admin, lost.id);
    await stream.ended;
    const pull = await callHub(hub.url, `${syncPaths.pull}/orders`, { authorization: lost.authorization });
    const directory = stationListSchema.parse(
      (await callHub(hub.url, stationPaths.list, { authorization: `Bearer ${admin.token}` })).body,
    );
    const byId = new Map(directory.stations.map((station) => [station.id, station]));
    const stillPulls = await pullPage(hub.url, other, 'skus', null, { limit: 1 });

    expect({
      connectedBefore: before.stations.find((station) => station.id === lost.id)?.isConnected,
      connectedAfter: byId.get(lost.id)?.isConnected,
      status: answer.status,
      revoked: stationStatusSchema.parse(answer.body).revokedAt,
      pull: pull.status,
      listed: byId.get(lost.id)?.revokedAt,
      otherListed: byId.get(other.id)?.revokedAt,
      otherPulls: stillPulls.documents.length,
    }).toEqual({
      connectedBefore: true,
      connectedAfter: false,
      status: 200,
      revoked: new Date(revokedAt).toISOString(),
      pull: 401,
      listed: new Date(revokedAt).toISOString(),
      otherListed: null,
      otherPulls: 1,
    });
  });

  it('lets only admins and supervisors revoke, and says so', async () => {
    const [byPacker, byClerk, unknown] = await Promise.all([
      revoke(packer, other.id),
      revoke(clerk, other.id),
      revoke(admin, 'NO-SUCH-STATION'),
    ]);
    const stillPulls = await pullPage(hub.url, other, 'skus', null, { limit: 1 });
    expect({
      byPacker: [byPacker.status, (byPacker.body as { message?: string }).message],
      byClerk: byClerk.status,
      unknown: unknown.status,
      otherPulls: stillPulls.documents.length,
    }).toEqual({
      byPacker: [403, 'Only admins and supervisors may revoke a station'],
      byClerk: 403,
      unknown: 404,
      otherPulls: 1,
    });
  });

  // Only on a PostgreSQL server can the test add a person beside the running hub: the demo's
  // supervisor works in every warehouse.
  if (engine.name === 'postgres') {
    it('keeps a supervisor of one warehouse to its stations, without telling about the others', async () => {
      const client = new pg.Client({ connectionString: place.databaseUrl ?? '' });
      await client.connect();
      try {
        await client.query(
          `insert into users (id, username, display_name, password_hash, role, warehouse_id)
           select 'u-sup-can', 'supervisor-can', '广州主管', $1, 'supervisor', id
             from warehouses where code = 'CAN'`,
          [await hashPassword('packline')],
        );
      } finally {
        await client.end();
      }
      const canton = await signIn(hub.url, 'supervisor-can');
      const answer = await revoke(canton, other.id);
      const directory = stationListSchema.parse(
        (await callHub(hub.url, stationPaths.list, { authorization: `Bearer ${canton.token}` })).body,
      );
      expect({
        status: answer.status,
        sees: directory.stations.map((station) => station.id),
        otherPulls: (await pullPage(hub.url, other, 'skus', null, { limit: 1 })).documents.length,
      }).toEqual({ status: 404, sees: [], otherPulls: 1 });
    });
  }

  it('takes the station back when someone signs in there with a password', async () => {
    const again = await registerStation(hub.url, clerk, lost.id);
    const page = await pullPage(hub.url, again, 'skus', null, { limit: 1 });
    const directory = stationListSchema.parse(
      (await callHub(hub.url, stationPaths.list, { authorization: `Bearer ${admin.token}` })).body,
    );
    expect({
      pulled: page.documents.length,
      revokedAt: directory.stations.find((station) => station.id === lost.id)?.revokedAt,
    }).toEqual({ pulled: 1, revokedAt: null });
  });
});
