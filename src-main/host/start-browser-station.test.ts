import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../core';
import { type FakeHubServer, startFakeHubServer } from '../core/hub-link/testing/fake-hub-server';
import { parseHostConfig, type HostConfig } from './host-config';
import { type BrowserStation, startBrowserStation } from './start-browser-station';

const logger = createLogger('browser-station-test', { level: 'silent' });
const fakeHubEntry = fileURLToPath(
  new URL('../core/embedded-hub/testing/fake-hub-process.ts', import.meta.url),
);

describe('startBrowserStation', () => {
  let root = '';
  let rendererDir = '';
  let hub: FakeHubServer | undefined;
  let station: BrowserStation | undefined;
  let blocker: Server | undefined;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'packline-browser-station-'));
    rendererDir = join(root, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Packline</title>');
  });
  afterEach(async () => {
    await station?.stop();
    station = undefined;
    await hub?.stop();
    await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
    blocker = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  function config(argv: string[]): HostConfig {
    const parsed = parseHostConfig(['--data', join(root, 'data'), '--port', '0', ...argv], {}, root);
    if (parsed.kind !== 'start') throw new Error('bad test config');
    return parsed.config;
  }
  const options = { logger, appVersion: '0.1.0-test' };

  it('serves the station for a given hub, and stops it', async () => {
    hub = await startFakeHubServer();
    station = await startBrowserStation(
      config(['--hub-url', hub.url]),
      { hubEntry: fakeHubEntry, rendererDir },
      options,
    );
    expect(station).toMatchObject({ hubUrl: hub.url, isHubEmbedded: false, createdUsers: [] });
    expect((await fetch(station.url)).status).toBe(200);
    await station.stop();
    await expect(fetch(station.url)).rejects.toThrow();
  });

  it('starts an embedded hub in demo mode and stops it last', async () => {
    station = await startBrowserStation(config([]), { hubEntry: fakeHubEntry, rendererDir }, options);
    expect(station.isHubEmbedded).toBe(true);
    expect(station.createdUsers).toEqual([{ username: 'packer', password: 'packline', role: 'packer' }]);
    expect((await fetch(station.hubUrl)).status).toBe(200);
    await station.stop();
    await expect(fetch(station.hubUrl)).rejects.toThrow();
  });

  it('explains a port in use in one line and leaves nothing running', async () => {
    hub = await startFakeHubServer();
    blocker = createServer();
    const port = await new Promise<number>((resolve) => {
      blocker?.listen(0, '127.0.0.1', () => {
        const address = blocker?.address();
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
    const taken = { ...config(['--hub-url', hub.url]), port };
    await expect(
      startBrowserStation(taken, { hubEntry: fakeHubEntry, rendererDir }, options),
    ).rejects.toMatchObject({
      message: `Port ${port} is already in use; start with --port <another port> (0 picks a free one)`,
    });
  });

  it('says when the app is not built', async () => {
    const missing = join(root, 'no-renderer');
    await expect(
      startBrowserStation(config([]), { hubEntry: fakeHubEntry, rendererDir: missing }, options),
    ).rejects.toMatchObject({
      message: `The app is not built (no ${missing}); run npm run build first`,
    });
  });
});
