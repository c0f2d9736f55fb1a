import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchUser, userBadgePath } from '../../src-shared/features/auth';
import type { Hub } from '../../src-hub/create-hub';
import { verifyPin } from '../../src-main/core/station/pin-hash';
import { callHub, type HubAnswer } from '../helpers/hub-client';
import { type HubPlace, hubEngines } from '../helpers/hub-engines';
import { pullAll, registerStation, type SignedIn, signIn, type TestStation } from '../helpers/sync-client';
import { openStream } from '../helpers/sync-stream-reader';
import { startSyncHub, type TestClock } from '../helpers/sync-hub';

// The hub half of bench sign-in: admins give people badges and PINs, and stations pull the people
// they may sign in offline — with PIN hashes only for their own warehouse.

/** A pulled person as a test compares them: the hash only as whether there is one. */
function summary(user: BenchUser) {
  const { pinHash, updatedAt: _updatedAt, id: _id, displayName: _name, ...rest } = user;
  return { ...rest, hasPinHash: pinHash !== undefined };
}

describe.each(hubEngines)('bench sign-in at the hub on $name', (engine) => {
  let place: HubPlace;
  let hub: Hub;
  const clock: TestClock = { now: Date.parse('2026-12-02T08:30:00.000Z') };
  let admin: SignedIn;
  let packer: SignedIn;
  let clerk: SignedIn;
  let shanghai: TestStation;
  let canton: TestStation;

  const setBadge = (userId: string, body: unknown, person: SignedIn | null = admin): Promise<HubAnswer> =>
    callHub(hub.url, userBadgePath(userId), {
      method: 'PUT',
      body,
      ...(person === null ? {} : { authorization: `Bearer ${person.token}` }),
    });

  async function peopleAt(station: TestStation): Promise<Map<string, BenchUser>> {
    const { documents } = await pullAll(hub.url, station, 'benchUsers');
    // A later document of the same person replaces the earlier, as the station stores them.
    return new Map(documents.map((user) => [user.username, user]));
  }

  beforeAll(async () => {
    place = await engine.prepare();
    hub = await startSyncHub(place, clock);
    [admin, packer, clerk] = await Promise.all([
      signIn(hub.url, 'admin'),
      signIn(hub.url, 'packer'),
      signIn(hub.url, 'clerk'),
    ]);
    shanghai = await registerStation(hub.url, packer, 'PACK-SHA');
    // An admin without a warehouse lands in the first one by code: CAN.
    canton = await registerStation(hub.url, admin, 'PACK-CAN', 'not-a-warehouse');
  });

  afterAll(async () => {
    await hub?.close();
    await place?.dispose();
  });

  it('sends PIN hashes of demo badges to their own warehouse only', async () => {
    const [atShanghai, atCanton] = await Promise.all([peopleAt(shanghai), peopleAt(canton)]);

    expect(
      [...atShanghai.values()].map(summary).sort((a, b) => a.username.localeCompare(b.username)),
    ).toEqual([
      { username: 'admin', role: 'admin', warehouseId: null, isActive: true, hasPinHash: false },
      {
        username: 'clerk',
        role: 'clerk',
        warehouseId: shanghai.warehouseId,
        isActive: true,
        hasPinHash: false,
      },
      {
        username: 'packer',
        role: 'packer',
        warehouseId: shanghai.warehouseId,
        badgeCode: 'BADGE-1001',
        isActive: true,
        hasPinHash: true,
      },
      {
        username: 'supervisor',
        role: 'supervisor',
        warehouseId: null,
        badgeCode: 'BADGE-1002',
        isActive: true,
        hasPinHash: true,
      },
    ]);
    // Canton's benches must not sign the Shanghai packer in, and get nothing to guess at.
    expect(summary(atCanton.get('packer') as BenchUser)).toEqual({
      username: 'packer',
      role: 'packer',
      warehouseId: shanghai.warehouseId,
      isActive: false,
      hasPinHash: false,
    });
    expect(atCanton.get('supervisor')?.badgeCode).toBe('BADGE-1002');
    // The hub's hashes are what the station checks offline.
    expect(await verifyPin('1234', atShanghai.get('packer')?.pinHash ?? '')).toBe(true);
    expect(await verifyPin('5678', atShanghai.get('packer')?.pinHash ?? '')).toBe(false);
  });

  it('lets an admin give a badge and PIN, signals the stations, and takes them away again', async () => {
    const stream = await openStream(hub.url, canton);
    try {
      const { checkpoint } = await pullAll(hub.url, shanghai, 'benchUsers');
      const given = await setBadge(clerk.userId, { badgeCode: ' badge-2001 ', pin: '24681357' });
      await stream.signalCount(1);
      const signalled = [...stream.signals];
      const afterGiving = await pullAll(hub.url, shanghai, 'benchUsers', checkpoint);
      const taken = await setBadge(clerk.userId, { badgeCode: null });
      const afterTaking = await pullAll(hub.url, shanghai, 'benchUsers', afterGiving.checkpoint);

      expect(given).toEqual({
        status: 200,
        body: { userId: clerk.userId, badgeCode: 'BADGE-2001', updatedAt: '2026-12-02T08:30:00.000Z' },
      });
      expect(signalled).toEqual([{ collections: ['benchUsers'] }]);
      expect(afterGiving.documents.map(summary)).toEqual([
        {
          username: 'clerk',
          role: 'clerk',
          warehouseId: shanghai.warehouseId,
          badgeCode: 'BADGE-2001',
          isActive: true,
          hasPinHash: true,
        },
      ]);
      expect(await verifyPin('24681357', afterGiving.documents[0]?.pinHash ?? '')).toBe(true);
      expect(taken.status).toBe(200);
      expect(afterTaking.documents.map(summary)).toEqual([
        {
          username: 'clerk',
          role: 'clerk',
          warehouseId: shanghai.warehouseId,
          isActive: true,
          hasPinHash: false,
        },
      ]);
    } finally {
      await stream.close();
    }
  });

  it('refuses what would make a badge useless or unsafe, and anyone but an admin', async () => {
    const answers = {
      shortPin: await setBadge(clerk.userId, { badgeCode: 'BADGE-2002', pin: '123' }),
      letters: await setBadge(clerk.userId, { badgeCode: 'BADGE-2002', pin: '12a4' }),
      notABadge: await setBadge(clerk.userId, { badgeCode: 'TOTE-2002', pin: '1234' }),
      noPin: await setBadge(clerk.userId, { badgeCode: 'BADGE-2002' }),
      taken: await setBadge(clerk.userId, { badgeCode: 'BADGE-1001', pin: '1234' }),
      nobody: await setBadge('no-such-user', { badgeCode: 'BADGE-2002', pin: '1234' }),
      byPacker: await setBadge(packer.userId, { badgeCode: 'BADGE-2002', pin: '1234' }, packer),
      signedOut: await setBadge(clerk.userId, { badgeCode: 'BADGE-2002', pin: '1234' }, null),
    };

    expect(
      Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, answer.status])),
    ).toEqual({
      shortPin: 400,
      letters: 400,
      notABadge: 400,
      noPin: 400,
      taken: 409,
      nobody: 404,
      byPacker: 403,
      signedOut: 401,
    });
    expect(answers.taken.body).toEqual({
      code: 'conflict',
      message: 'Badge BADGE-1001 already belongs to someone else',
    });
    expect(answers.byPacker.body).toEqual({
      code: 'forbidden',
      message: 'Only an admin may set badges and PINs',
    });
    // Nothing of it reached the stations.
    expect((await peopleAt(shanghai)).get('clerk')?.badgeCode).toBeUndefined();
  });
});
