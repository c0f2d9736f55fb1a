import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSystemClock } from '../../clock';
import { createLogger } from '../../logging';
import { openStationDatabase } from '../station-database';

const logger = createLogger('push-meta-test', { level: 'silent' });

/** Rows of RxDB's replication meta table in the station file, live and purged alike. */
function metaRows(dataDir: string): number {
  const file = new Database(join(dataDir, 'db', 'station.sqlite'), { readonly: true });
  try {
    const tables = file
      .prepare("select name from sqlite_master where type = 'table' and name like '%replication-meta%'")
      .all() as { name: string }[];
    return tables.reduce(
      (sum, { name }) => sum + (file.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n,
      0,
    );
  } finally {
    file.close();
  }
}

describe('forgetting what the push kept of pruned commands', () => {
  let dataDir = '';
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('drops the meta rows of deleted commands and keeps those of the rest', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'packline-push-meta-'));
    const db = await openStationDatabase({ dataDir, clock: createSystemClock(), logger });
    let pushed = 0;
    const push = db.repos.replication.replicatePush({
      identifier: 'packline-commands',
      batchSize: 100,
      push: (commands) => {
        pushed += commands.length;
        return Promise.resolve();
      },
    });
    for (let i = 0; i < 300; i += 1) {
      await db.repos.commands.append({
        type: 'order.held',
        payload: { orderId: `ORD-${i}`, reason: 'address_unclear', note: '' },
        actorId: 'u-clerk',
        stationId: 'PACK-01',
      });
    }
    await vi.waitFor(() => expect(pushed).toBe(300), { timeout: 10_000 });
    const pruned = (await db.repos.commands.listUnrejected()).slice(0, 200).map((t) => t.command.id);
    await db.repos.commands.remove(pruned);
    // The push hands the deletions on (and the handler drops them) before RxDB notes them.
    let forgotten = 0;
    await vi.waitFor(
      async () => {
        forgotten += await push.forgetPrunedCommands();
        expect(forgotten).toBe(200);
      },
      { timeout: 10_000 },
    );
    const again = await push.forgetPrunedCommands();
    await push.cancel();
    await db.close();
    // 100 commands left, plus the checkpoint row.
    expect({ pushed, again, metaRows: metaRows(dataDir) }).toEqual({ pushed: 300, again: 0, metaRows: 101 });
  });
});
