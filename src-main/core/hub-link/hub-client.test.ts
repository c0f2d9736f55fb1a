import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { createSystemClock } from '../clock';
import { createManualClock } from '../clock/testing/manual-clock';
import { createFetchTransport, createHubClient, type HubClient } from './index';
import { type FakeHubServer, fakeHubUser, startFakeHubServer } from './testing/fake-hub-server';
import { createFakeTransport, jsonResponse } from './testing/fake-transport';

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('hub client against a real HTTP hub', () => {
  let hub: FakeHubServer | undefined;
  afterEach(async () => hub?.stop());

  async function setUp(): Promise<HubClient> {
    hub = await startFakeHubServer();
    return createHubClient({
      hubUrl: hub.url,
      stationId: 'station-7',
      transport: createFetchTransport(),
      clock: createSystemClock(),
    });
  }

  it('signs in, sending the station id, and reads /me with the token', async () => {
    const client = await setUp();
    const answer = await client.signIn({ username: 'packer', password: 'packline' });
    expect(answer).toMatchObject({ token: 'fake-token-packer', user: fakeHubUser });
    expect(await client.me(answer.token)).toEqual(fakeHubUser);
    expect(hub?.requests.map((r) => [r.method, r.path, r.stationId])).toEqual([
      ['POST', '/api/auth/sign-in', 'station-7'],
      ['GET', '/api/auth/me', 'station-7'],
    ]);
  });

  it("passes the hub's 401 message through as unauthorized", async () => {
    const client = await setUp();
    expect(await rejection(client.signIn({ username: 'packer', password: 'nope' }))).toEqual({
      code: 'unauthorized',
      message: 'Wrong username or password',
    });
    expect(await rejection(client.me('forged'))).toEqual({ code: 'unauthorized', message: 'Sign in again' });
  });

  it('says the hub is not reachable when nothing listens', async () => {
    const client = await setUp();
    await hub?.stop();
    expect(await rejection(client.signIn({ username: 'packer', password: 'packline' }))).toEqual({
      code: 'unavailable',
      message: 'Hub not reachable — check the network',
    });
  });
});

describe('hub client answers it cannot use', () => {
  function clientAnswering(status: number, body: unknown): HubClient {
    return createHubClient({
      hubUrl: 'http://hub.test/',
      stationId: 's',
      transport: createFakeTransport(() => jsonResponse(status, body)),
      clock: createManualClock(),
    });
  }

  it('maps a hub failure to unavailable and a malformed success to internal', async () => {
    const credentials = { username: 'packer', password: 'packline' };
    expect(await rejection(clientAnswering(500, {}).signIn(credentials))).toEqual({
      code: 'unavailable',
      message: 'The hub had a problem (HTTP 500) — try again',
    });
    expect(await rejection(clientAnswering(200, { token: 1 }).signIn(credentials))).toEqual({
      code: 'internal',
      message: 'The hub answered in a form this station does not understand',
    });
    expect(await rejection(clientAnswering(413, 'nope').signIn(credentials))).toEqual({
      code: 'too_large',
      message: 'The hub refused the request (HTTP 413)',
    });
  });
});
