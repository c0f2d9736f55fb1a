import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeForkLauncher, type EmbeddedHub, type HubProcessLauncher, startEmbeddedHub } from './index';

const hubEntry = fileURLToPath(new URL('./testing/fake-hub-process.ts', import.meta.url));

describe('startEmbeddedHub with a fake hub process', () => {
  let dataDir = '';
  let hub: EmbeddedHub | undefined;
  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'packline-embedded-')), 'hub');
  });
  afterEach(async () => {
    await hub?.stop();
    hub = undefined;
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  function start(mode: string) {
    return startEmbeddedHub({ hubEntry, dataDir, demo: true, env: { FAKE_HUB_MODE: mode } });
  }

  it('forks the hub with a free port and the data folder, and reports its URL and demo users', async () => {
    hub = await start('ready');
    expect(hub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(hub.createdUsers).toEqual([{ username: 'packer', password: 'packline', role: 'packer' }]);
    const response = await fetch(hub.url);
    expect(response.status).toBe(200);
    await hub.stop();
    await expect(fetch(hub.url)).rejects.toThrow();
    expect(readFileSync(join(dataDir, 'hub-process.log'), 'utf8')).toBe(
      `fake hub args: --port 0 --host 127.0.0.1 --data ${dataDir} --demo\nfake hub stopping\n`,
    );
  });

  it("rejects with the hub's own one-line reason when it cannot start", async () => {
    await expect(start('fatal')).rejects.toMatchObject({
      code: 'unavailable',
      message: 'The data folder is in use by another hub (pid 4242)',
    });
  });

  it('rejects with the end of standard error when the hub dies before it is ready', async () => {
    await expect(start('crash')).rejects.toMatchObject({
      message: 'The hub stopped during start-up (code 3): Error: cannot find module ./db',
    });
    expect(readFileSync(join(dataDir, 'hub-process.log'), 'utf8')).toContain('cannot find module ./db');
  });

  it('kills a hub that ignores SIGTERM once the grace period is over', async () => {
    hub = await startEmbeddedHub({
      hubEntry,
      dataDir,
      demo: false,
      env: { FAKE_HUB_MODE: 'stubborn' },
      stopGraceMs: 500,
    });
    const startedAt = Date.now();
    await hub.stop();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(450);
    await expect(fetch(hub.url)).rejects.toThrow();
  });

  it('explains a missing hub entry', async () => {
    await expect(
      startEmbeddedHub({ hubEntry: join(dataDir, 'no-such-hub.js'), dataDir, demo: false }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^The hub stopped during start-up \(code 1\): Error: Cannot find module '/,
      ) as string,
    });
  });

  it('starts the hub through the launcher port it is given', async () => {
    const launches: { entry: string; args: readonly string[]; mode: string | undefined }[] = [];
    const nodeFork = createNodeForkLauncher();
    const recordingLauncher: HubProcessLauncher = (entry, args, options) => {
      launches.push({ entry, args, mode: options.env.FAKE_HUB_MODE });
      return nodeFork(entry, args, options);
    };
    hub = await startEmbeddedHub({
      hubEntry,
      dataDir,
      demo: false,
      env: { FAKE_HUB_MODE: 'ready' },
      fork: recordingLauncher,
    });
    expect(launches).toEqual([
      { entry: hubEntry, args: ['--port', '0', '--host', '127.0.0.1', '--data', dataDir], mode: 'ready' },
    ]);
  });

  it('explains a Node binary that does not exist', async () => {
    await expect(
      startEmbeddedHub({ hubEntry, dataDir, demo: false, execPath: join(dataDir, 'no-node') }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^Cannot start the hub: spawn .*no-node ENOENT$/) as string,
    });
  });
});
