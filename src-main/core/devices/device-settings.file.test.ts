import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceSettings } from '../../../src-shared/features/devices';
import { createLogger } from '../logging';
import {
  damagedDeviceSettingsFileName,
  defaultDeviceSettings,
  deviceSettingsFileName,
  loadDeviceSettings,
  saveDeviceSettings,
} from './device-settings.file';
import { openDeviceSettings } from './station-printers';

const logger = createLogger('device-settings-test', { level: 'silent' });

const benchSettings: DeviceSettings = {
  version: 1,
  printers: [
    {
      id: 'zebra-1',
      name: 'Zebra 打包台',
      language: 'zpl',
      connection: { kind: 'tcp', host: '10.0.0.5', port: 9100 },
    },
    {
      id: 'slip',
      name: 'Receipt',
      language: 'escpos',
      connection: { kind: 'usb', vendorId: 0x04b8, productId: 0x0202 },
    },
  ],
  labelPrinterId: 'zebra-1',
  slipPrinterId: 'slip',
  scanner: {
    timing: {
      kind: 'custom',
      timing: {
        maxGapMs: 90,
        maxMeanGapMs: 80,
        minLength: 6,
        terminators: ['Enter'],
        gsSubstitute: 'F8',
        hasAimPrefix: true,
      },
    },
    isUsbEnabled: false,
  },
};

describe('the device settings file', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-devices-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with the demo file printer, whose folder exists so it can print', async () => {
    expect(await loadDeviceSettings(dataDir, logger)).toEqual({
      settings: defaultDeviceSettings(dataDir),
      origin: 'defaults',
    });
    expect(existsSync(join(dataDir, 'printed'))).toBe(true);
  });

  it('reads back exactly what was saved, and leaves no temporary file behind', async () => {
    await saveDeviceSettings(dataDir, benchSettings);
    expect(await loadDeviceSettings(dataDir, logger)).toEqual({ settings: benchSettings, origin: 'file' });
    expect(existsSync(join(dataDir, `${deviceSettingsFileName}.tmp`))).toBe(false);
  });

  it('falls back to the defaults on a damaged file, and keeps the damaged file aside', async () => {
    for (const damaged of ['{"version":1,"printers":[', '{"version":2}', '[]', '']) {
      writeFileSync(join(dataDir, deviceSettingsFileName), damaged);
      expect(await loadDeviceSettings(dataDir, logger)).toEqual({
        settings: defaultDeviceSettings(dataDir),
        origin: 'damaged-file',
      });
      expect(readFileSync(join(dataDir, damagedDeviceSettingsFileName), 'utf8')).toBe(damaged);
      expect(existsSync(join(dataDir, deviceSettingsFileName))).toBe(false);
    }
  });

  it('counts two printers with one id as damage, and drops an assignment to a printer not in the file', async () => {
    const [zebra] = benchSettings.printers;
    if (zebra === undefined) throw new Error('no printer');
    writeFileSync(
      join(dataDir, deviceSettingsFileName),
      JSON.stringify({ ...benchSettings, printers: [zebra], slipPrinterId: 'gone' }),
    );
    expect((await loadDeviceSettings(dataDir, logger)).settings).toMatchObject({
      labelPrinterId: 'zebra-1',
      slipPrinterId: null,
    });
    writeFileSync(
      join(dataDir, deviceSettingsFileName),
      JSON.stringify({ ...benchSettings, printers: [zebra, zebra] }),
    );
    expect((await loadDeviceSettings(dataDir, logger)).origin).toBe('damaged-file');
  });

  it('lets printers given at start win for that run, keeping the scanner settings of the file', async () => {
    await saveDeviceSettings(dataDir, benchSettings);
    const list = [
      {
        id: 'test-label',
        name: 'Test label printer',
        language: 'zpl' as const,
        connection: { kind: 'tcp' as const, host: '127.0.0.1', port: 9191 },
      },
    ];
    expect(
      await openDeviceSettings({ dataDir, logger, configPrinters: { list, labelPrinterId: 'test-label' } }),
    ).toEqual({
      settings: { ...benchSettings, printers: list, labelPrinterId: 'test-label', slipPrinterId: null },
      origin: 'config',
    });
  });
});
