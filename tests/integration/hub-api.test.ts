import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hubBodyLimitBytes,
  hubHealthSchema,
  hubPaths,
  hubSignInResponseSchema,
} from '../../src-shared/hub-api';
import { createHub, type Hub } from '../../src-hub/create-hub';
import { callHub } from '../helpers/hub-client';
import { aString, aStringMatching } from '../helpers/hub-matchers';
import { type HubPlace, hubEngines, silentLogger, testHubConfig } from '../helpers/hub-engines';

const startOfShift = Date.parse('2026-03-01T00:00:00.000Z');
const twelveHours = 12 * 60 * 60 * 1000;
const wrongCredentials = { code: 'unauthorized', message: 'Wrong username or password' };
const notSignedIn = {
  code: 'unauthorized',
  message: 'Not signed in, or the session has ended — sign in again',
};

describe.each(hubEngines)('hub HTTP API on $name', (engine) => {
  let place: HubPlace;
  let hub: Hub;
  // The hub's clock, moved by hand to expire tokens without waiting 12 hours.
  let now = startOfShift;

  beforeAll(async () => {
    place = await engine.prepare();
    hub = await createHub(testHubConfig(place), {
      clock: { now: () => now },
      logger: silentLogger(),
      version: '9.8.7',
    });
  });

  afterAll(async () => {
    await hub?.close();
    await place?.dispose();
  });

  async function signIn(username: string, password: string) {
    return callHub(hub.url, hubPaths.signIn, {
      method: 'POST',
      body: { username, password, stationId: 'station-1' },
    });
  }

  /** Signs in over a connection from `localAddress` (another loopback address: another computer). */
  function signInFrom(localAddress: string, username: string, password: string) {
    const body = JSON.stringify({ username, password, stationId: 'station-2' });
    return new Promise<{ status: number }>((resolve, reject) => {
      const request = httpRequest(
        new URL(hubPaths.signIn, hub.url),
        { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
        (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  async function tokenOf(username: string): Promise<string> {
    const answer = await signIn(username, 'packline');
    return hubSignInResponseSchema.parse(answer.body).token;
  }

  it('reports its health: version, engine and hub time', async () => {
    const answer = await callHub(hub.url, hubPaths.health, {
      headers: { 'x-packline-station-time': 'not a time', 'x-packline-station-id': 'station-1' },
    });

    expect(answer).toEqual({
      status: 200,
      body: {
        status: 'ok',
        version: '9.8.7',
        engine: engine.name,
        hubTime: '2026-03-01T00:00:00.000Z',
        startedAt: '2026-03-01T00:00:00.000Z',
      },
    });
    expect(hubHealthSchema.safeParse(answer.body).success).toBe(true);
    expect(hub.engine).toBe(engine.name);
  });

  it('created the demo users on first start', () => {
    expect(
      hub.createdUsers.map((user) => `${user.username}/${user.password}/${user.role}/${user.warehouseCode}`),
    ).toEqual([
      'admin/packline/admin/null',
      'supervisor/packline/supervisor/null',
      'clerk/packline/clerk/SHA',
      'packer/packline/packer/SHA',
    ]);
  });

  it('signs a user in and tells who the token belongs to', async () => {
    const answer = await signIn('Packer', 'packline');

    expect(answer.status).toBe(200);
    const session = hubSignInResponseSchema.parse(answer.body);
    expect(session).toEqual({
      token: aStringMatching(/^[\w-]{43}$/),
      expiresAt: '2026-03-01T12:00:00.000Z',
      user: {
        id: aString(),
        username: 'packer',
        displayName: '张师傅',
        role: 'packer',
        warehouseId: aString(),
      },
    });

    const me = await callHub(hub.url, hubPaths.me, { authorization: `Bearer ${session.token}` });
    expect(me).toEqual({ status: 200, body: { user: session.user } });
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrongPassword = await signIn('admin', 'not-the-password');
    const unknownUser = await signIn('nobody-here', 'packline');

    expect(wrongPassword).toEqual({ status: 401, body: wrongCredentials });
    expect(unknownUser).toEqual(wrongPassword);
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'Bearer not-a-token'],
    ['not a bearer token', 'Basic YWRtaW46cGFja2xpbmU='],
    ['unknown', `Bearer ${'A'.repeat(43)}`],
  ])('refuses /me with a %s token', async (_case, authorization) => {
    const answer = await callHub(hub.url, hubPaths.me, authorization === undefined ? {} : { authorization });

    expect(answer).toEqual({ status: 401, body: notSignedIn });
  });

  it('refuses a token once its 12 hours are over', async () => {
    const token = await tokenOf('clerk');
    const authorization = `Bearer ${token}`;
    try {
      now = startOfShift + twelveHours - 1;
      expect((await callHub(hub.url, hubPaths.me, { authorization })).status).toBe(200);

      now = startOfShift + twelveHours;
      expect(await callHub(hub.url, hubPaths.me, { authorization })).toEqual({
        status: 401,
        body: notSignedIn,
      });
    } finally {
      now = startOfShift;
    }
  });

  it('rejects a sign-in that does not match the contract with 400 validation', async () => {
    const missingPassword = await callHub(hub.url, hubPaths.signIn, {
      method: 'POST',
      body: { username: 'admin' },
    });
    const notJson = await callHub(hub.url, hubPaths.signIn, { method: 'POST', body: '{"username": ' });

    expect(missingPassword).toEqual({
      status: 400,
      body: { code: 'validation', message: aStringMatching(/^Invalid password: /) },
    });
    expect(notJson).toEqual({ status: 400, body: { code: 'validation', message: aString() } });
  });

  it('rejects a body over 1 MiB with 413 too_large', async () => {
    const padding = 'x'.repeat(hubBodyLimitBytes);
    const answer = await callHub(hub.url, hubPaths.signIn, {
      method: 'POST',
      body: { username: 'admin', password: 'packline', padding },
    });

    expect(answer).toEqual({
      status: 413,
      body: { code: 'too_large', message: 'The request is larger than 1 MiB' },
    });
  });

  it('makes a password guesser at one computer wait, and lets the same person in from another', async () => {
    const wrong = [];
    for (let i = 0; i < 5; i += 1) wrong.push((await signIn('supervisor', `guess-${i}`)).status);
    const rightButTooLate = await signIn('supervisor', 'packline');
    const fromAnotherComputer = await signInFrom('127.0.0.2', 'supervisor', 'packline');
    now += 5 * 60 * 1000;
    const afterTheWait = await signIn('supervisor', 'packline');

    expect({
      wrong,
      rightButTooLate,
      fromAnotherComputer: fromAnotherComputer.status,
      afterTheWait: afterTheWait.status,
    }).toEqual({
      wrong: [401, 401, 401, 401, 401],
      rightButTooLate: {
        status: 429,
        body: {
          code: 'rate_limited',
          message: 'Too many wrong passwords from this computer — wait 5 minutes and try again',
        },
      },
      fromAnotherComputer: 200,
      afterTheWait: 200,
    });
  });

  it('counts password guesses sent all at once one by one: five are checked, the rest wait', async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signInFrom('127.0.0.3', 'packer', `burst-${i}`)),
    );
    const statuses = burst.map((answer) => answer.status);

    expect({
      checked: statuses.filter((status) => status === 401).length,
      toldToWait: statuses.filter((status) => status === 429).length,
    }).toEqual({ checked: 5, toldToWait: 15 });
  });

  it('answers an unknown path with 404 not_found', async () => {
    const answer = await callHub(hub.url, '/api/nothing-here');

    expect(answer).toEqual({
      status: 404,
      body: { code: 'not_found', message: 'No GET /api/nothing-here on this hub' },
    });
  });
});
