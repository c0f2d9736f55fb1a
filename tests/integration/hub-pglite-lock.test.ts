import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubPaths, hubSignInResponseSchema } from '../../src-shared/hub-api';
import { createHub, type Hub } from '../../src-hub/create-hub';
import { demoPlan } from '../../src-hub/features/setup';
import { type ForkedHub, forkHubCli, runHubCli } from '../helpers/hub-cli';
import { callHub } from '../helpers/hub-client';
import { aStringMatching } from '../helpers/hub-matchers';
import { makeTempDataDir, silentLogger, testHubConfig } from '../helpers/hub-engines';

// PGlite has no lock of its own, and two processes on one folder silently lose rows. The hub locks
// the folder; these steps run in order on one folder: hub A (a separate process) holds it, others
// are refused, A stops, and a new hub opens the same data.

describe('PGlite data folder lock', () => {
  const dataDir = makeTempDataDir();
  const inUse = `Data folder ${dataDir} is in use by another hub — stop that hub or choose another folder with --data (a crashed hub's lock expires within 20 s)`;
  const opened: Hub[] = [];
  let first: ForkedHub;

  beforeAll(() => {
    first = forkHubCli(['--data', dataDir, '--port', '0', '--demo', '--demo-orders', '200']);
  });

  afterAll(async () => {
    if (first.child.exitCode === null) first.child.kill('SIGKILL');
    await first.exited;
    for (const hub of opened) await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets the first hub start and report ready to its parent', { timeout: 120_000 }, async () => {
    const ready = await first.firstMessage;

    expect(ready).toEqual({
      type: 'ready',
      url: aStringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      engine: 'pglite',
      createdUsers: demoPlan().users,
    });
    expect(first.stdout()).toContain('First start — sign in at a station with:');
  });

  it('refuses a second hub in another process with one line naming the folder', async () => {
    const second = await runHubCli(['--data', dataDir, '--port', '0']);

    expect(second).toEqual({ code: 1, stdout: '', stderr: `${inUse}\n` });
  });

  it('refuses a second hub in this process too', async () => {
    const config = testHubConfig({ dataDir, databaseUrl: null });

    await expect(createHub(config, { logger: silentLogger() })).rejects.toThrow(inUse);
  });

  it('stops the first hub gracefully when its parent asks', async () => {
    first.child.send({ type: 'stop' });

    expect(await first.exited).toBe(0);
  });

  it('then opens the folder again with the data kept and no new users', async () => {
    const hub = await createHub(testHubConfig({ dataDir, databaseUrl: null }), { logger: silentLogger() });
    opened.push(hub);

    const answer = await callHub(hub.url, hubPaths.signIn, {
      method: 'POST',
      body: { username: 'packer', password: 'packline' },
    });

    expect(hub.createdUsers).toEqual([]);
    expect(answer.status).toBe(200);
    expect(hubSignInResponseSchema.parse(answer.body).user.username).toBe('packer');
  });
});
