import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { type DeviceSettings, deviceSettingsSchema } from '../../../src-shared/features/devices';
import { writeFileDurably } from '../db/file/fs-durable';
import type { Logger } from '../logging';

/** The device settings' file name in the station's data folder. */
export const deviceSettingsFileName = 'devices.json';

/** What a damaged settings file is renamed to, so the next save does not overwrite it. */
export const damagedDeviceSettingsFileName = 'devices.damaged.json';

const demoPrintFolder = 'printed';

/** The settings read at start, and where they came from. */
export type LoadedDeviceSettings = {
  readonly settings: DeviceSettings;
  /** `damaged-file`: unreadable, set aside as {@link damagedDeviceSettingsFileName}; defaults in use. */
  readonly origin: 'file' | 'defaults' | 'damaged-file';
};

/**
 * The demo's settings: one label printer writing ZPL files into `<dataDir>/printed/`, so a station
 * prints without hardware; the fast USB wedge timing; USB scanners of known makers read directly.
 */
export function defaultDeviceSettings(dataDir: string): DeviceSettings {
  return {
    version: 1,
    printers: [
      {
        id: 'demo-label-file',
        name: 'Label printer (file)',
        language: 'zpl',
        connection: { kind: 'file', path: join(dataDir, demoPrintFolder, 'labels.zpl') },
      },
    ],
    labelPrinterId: 'demo-label-file',
    slipPrinterId: null,
    scanner: { timing: { kind: 'built-in', profileId: 'usb-wedge' }, isUsbEnabled: true },
  };
}

/**
 * Reads `<dataDir>/devices.json`. A missing file gives the defaults. A file that is not valid JSON
 * or not valid settings must not stop the station (a bench without labels is worse than a bench
 * with the demo printer): it is renamed aside for support, logged, and the defaults are used.
 * An assignment that names no printer of the file is dropped.
 */
export async function loadDeviceSettings(dataDir: string, logger: Logger): Promise<LoadedDeviceSettings> {
  const path = join(dataDir, deviceSettingsFileName);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      return { settings: await defaultsReady(dataDir), origin: 'defaults' };
    }
    throw error;
  }
  const parsed = parseSettings(text);
  if (parsed !== null) return { settings: withKnownAssignments(parsed), origin: 'file' };
  logger.error({ path }, 'device settings are damaged; using the defaults');
  await rename(path, join(dataDir, damagedDeviceSettingsFileName));
  return { settings: await defaultsReady(dataDir), origin: 'damaged-file' };
}

/** The defaults, with the demo printer's folder made: a file printer does not create folders. */
async function defaultsReady(dataDir: string): Promise<DeviceSettings> {
  await mkdir(join(dataDir, demoPrintFolder), { recursive: true });
  return defaultDeviceSettings(dataDir);
}

/**
 * Stores the settings atomically (temporary file, synced, renamed over the old one), so a crash
 * leaves the old settings or the new, never half of them.
 */
export async function saveDeviceSettings(dataDir: string, settings: DeviceSettings): Promise<void> {
  const text = `${JSON.stringify(deviceSettingsSchema.parse(settings), null, 2)}\n`;
  await writeFileDurably(join(dataDir, deviceSettingsFileName), text, 0o644);
}

/** Assignments that name a printer of the list; null for the others. */
export function withKnownAssignments(settings: DeviceSettings): DeviceSettings {
  const ids = new Set(settings.printers.map((printer) => printer.id));
  const known = (id: string | null) => (id !== null && ids.has(id) ? id : null);
  return {
    ...settings,
    labelPrinterId: known(settings.labelPrinterId),
    slipPrinterId: known(settings.slipPrinterId),
  };
}

function parseSettings(text: string): DeviceSettings | null {
  try {
    const parsed = deviceSettingsSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const ids = parsed.data.printers.map((printer) => printer.id);
    return new Set(ids).size === ids.length ? parsed.data : null;
  } catch {
    return null;
  }
}
