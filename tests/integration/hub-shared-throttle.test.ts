import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hubPaths } from '../../src-shared/hub-api';
import { createHub, type Hub } from '../../src-hub/create-hub';
import { callHub } from '../helpers/hub-client';
import { makeTempDataDir, silentLogger, testHubConfig } from '../helpers/hub-engines';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';
import { smallDemo } from '../helpers/sync-hub';

// Several hubs behind one address share one PostgreSQL: a guesser spreading attempts over them, or
// waiting for one to restart, must get no more tries than against a single hub.

describe('hubs sharing one PostgreSQL count wrong passwords together', () => {
  let shared: TestDatabase;
  const dataDirs: string[] = [];
  const hubs: Hub[] = [];

  async function startHub(): Promise<Hub> {
    const dataDir = makeTempDataDir();
    dataDirs.push(dataDir);
    const hub = await createHub(testHubConfig({ dataDir, databaseUrl: shared.url }), {
      logger: silentLogger(),
      demoSize: smallDemo,
    });
    hubs.push(hub);
    return hub;
  }

  beforeAll(async () => {
    shared = await createTestDatabase(inject('postgresAdminUrl'));
  });

  afterAll(async () => {
    for (const hub of hubs) await hub.close();
    await shared?.drop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  const signIn = (hub: Hub, password: string) =>
    callHub(hub.url, hubPaths.signIn, { method: 'POST', body: { username: 'supervisor', password } });

  it('refuses the right password at hub A after wrong ones spread over A, B and a restarted B', async () => {
    const hubA = await startHub();
    const hubB = await startHub();
    const statuses: number[] = [];
    for (let i = 0; i < 2; i += 1) statuses.push((await signIn(hubA, `guess-a-${i}`)).status);
    for (let i = 0; i < 2; i += 1) statuses.push((await signIn(hubB, `guess-b-${i}`)).status);
    await hubB.close();
    const hubBAgain = await startHub();
    statuses.push((await signIn(hubBAgain, 'guess-b-again')).status);
    const right = await signIn(hubA, 'packline');

    expect({ statuses, right }).toEqual({
      statuses: [401, 401, 401, 401, 401],
      right: {
        status: 429,
        body: {
          code: 'rate_limited',
          message: 'Too many wrong passwords from this computer — wait 5 minutes and try again',
        },
      },
    });
  });
});
