import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSyncCredentials, type SyncCredentials, writeSyncCredentials } from './sync-credentials';

const credentials: SyncCredentials = {
  stationToken: 'station-token-1',
  warehouseId: 'wh-sha',
  hubUrl: 'http://127.0.0.1:7411',
  registeredAt: '2026-12-02T08:00:00.000Z',
};

describe('sync credentials', () => {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-sync-credentials-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('are none before the first registration', async () => {
    expect(await readSyncCredentials(dataDir)).toBeNull();
  });

  it('are kept in sync.json readable by the station user only, and read back', async () => {
    await writeSyncCredentials(dataDir, credentials);
    const path = join(dataDir, 'sync.json');
    expect({
      read: await readSyncCredentials(dataDir),
      onDisk: JSON.parse(readFileSync(path, 'utf8')) as unknown,
      mode: statSync(path).mode & 0o777,
    }).toEqual({ read: credentials, onDisk: credentials, mode: 0o600 });
  });

  it('are replaced whole by a new registration, even over a file others could read', async () => {
    writeFileSync(join(dataDir, 'sync.json'), '{}', { mode: 0o644 });
    const next = { ...credentials, stationToken: 'station-token-2' };
    await writeSyncCredentials(dataDir, next);
    expect([await readSyncCredentials(dataDir), statSync(join(dataDir, 'sync.json')).mode & 0o777]).toEqual([
      next,
      0o600,
    ]);
  });

  it('count as none when the file is damaged, so the next sign-in registers again', async () => {
    writeFileSync(join(dataDir, 'sync.json'), '{"stationToken": "half');
    expect(await readSyncCredentials(dataDir)).toBeNull();
  });
});
