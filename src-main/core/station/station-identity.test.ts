import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValid } from 'ulid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { loadStationIdentity } from './index';

describe('loadStationIdentity', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'packline-identity-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates the folder and a ULID identity on first start, and reads the same one after', async () => {
    const dataDir = join(root, 'station');
    const first = await loadStationIdentity(dataDir, {
      locale: 'zh-CN',
      now: () => Date.parse('2025-02-02T00:00:00Z'),
    });
    expect(isValid(first.stationId)).toBe(true);
    expect(first).toEqual({
      stationId: first.stationId,
      stationName: `PACK-${first.stationId.slice(-4)}`,
      createdAt: '2025-02-02T00:00:00.000Z',
    });
    expect(JSON.parse(readFileSync(join(dataDir, 'station.json'), 'utf8'))).toEqual(first);
    expect(await loadStationIdentity(dataDir, { locale: 'en-US' })).toEqual(first);
  });

  it('names the station by its code whatever the locale', async () => {
    const identity = await loadStationIdentity(root, { locale: 'en-GB' });
    expect(identity.stationName).toBe(`PACK-${identity.stationId.slice(-4)}`);
  });

  it('explains a damaged station file in one line instead of replacing it', async () => {
    writeFileSync(join(root, 'station.json'), '{"stationId": "nope"');
    const error = await loadStationIdentity(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      `The station file ${join(root, 'station.json')} is damaged; move it away to start as a new station`,
    );
    expect(readFileSync(join(root, 'station.json'), 'utf8')).toBe('{"stationId": "nope"');
  });

  it('explains a data folder that cannot be created', async () => {
    writeFileSync(join(root, 'blocker'), 'a file, not a folder');
    const error = await loadStationIdentity(join(root, 'blocker', 'station')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'unavailable',
      message: `Cannot use the data folder ${join(root, 'blocker', 'station')}: a file is in the way`,
    });
  });
});
