import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeHubServer, startFakeHubServer } from '../../src-main/core/hub-link/testing/fake-hub-server';
import { createLogger } from '../../src-main/core/logging';
import { createStationCore, type StationCore } from '../../src-main/core/station';

// The device settings as the station core wires them: read from the data folder (the demo file
// printer on a first start), the print queue's printers live, changes for admins only. The fake
// hub signs everybody in as a packer.

const logger = createLogger('device-settings-core-test', { level: 'silent' });

describe('device settings in the station core', () => {
  let dataDir: string;
  let hub: FakeHubServer;
  let core: StationCore | undefined;
  const packer = { sessionId: 'window-1' };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-core-devices-'));
    hub = await startFakeHubServer();
  });
  afterEach(async () => {
    await core?.dispose();
    await hub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with the demo file printer ready, shows it to a packer, and keeps its settings an admin’s', async () => {
    core = await createStationCore({
      dataDir,
      hubUrl: hub.url,
      isHubEmbedded: true,
      mode: 'browser',
      appVersion: '0.1.0-test',
      logger,
      locale: 'en-US',
      usbBus: null,
    });
    await core.dispatch('auth.signIn', { username: 'packer', password: 'packline' }, packer);
    expect(await core.dispatch('devices.settings', {}, packer)).toMatchObject({
      ok: true,
      value: {
        origin: 'defaults',
        settings: {
          labelPrinterId: 'demo-label-file',
          printers: [{ id: 'demo-label-file', language: 'zpl' }],
        },
        scannerProfile: { id: 'usb-wedge' },
      },
    });
    await vi.waitFor(async () =>
      expect(await core?.dispatch('devices.printers', {}, packer)).toMatchObject({
        ok: true,
        value: [
          {
            printerId: 'demo-label-file',
            state: 'ready',
            address: `file://${join(dataDir, 'printed', 'labels.zpl')}`,
          },
        ],
      }),
    );
    expect(
      await core.dispatch(
        'devices.assign',
        { scannerTiming: { kind: 'built-in', profileId: 'bluetooth-wedge' } },
        packer,
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
