import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrder } from '../../src-shared/domain/testing';
import type { PullCollection, SyncCheckpoint } from '../../src-shared/hub-api';
import { type HubDatabase, migrateHubDatabase, openHubDatabase, type SqlRunner } from '../../src-hub/db';
import { pullChanges } from '../../src-hub/features/sync';
import { type HubPlace, hubEngines, silentLogger } from '../helpers/hub-engines';

// A regression: the pull once ordered its pages by the text of the change position, so '10000'
// sorted before '9999'. Once the change sequence passed 9,999 a page could end on 10009 while
// 9991…9999 were still to come: those rows fell behind the checkpoint and no station ever got
// them. Both kinds of pulled table are paged here across that boundary: rows mapped one by one
// (SKUs) and stored documents sent as they are (orders).

const warehouseId = 'w1';
const scope = { stationId: 'PACK-01', warehouseId };
/** The change sequence starts just below the boundary, so the rows written here cross it. */
const sequenceStart = 9_990;
const rowsPerTable = 30;
/** Smaller than the rows, and not a divisor of them: pages end on both sides of 9,999. */
const pageSize = 7;

describe.each(hubEngines)('hub pull order across change sequence 9,999 on $name', (engine) => {
  let place: HubPlace;
  let database: HubDatabase;

  beforeAll(async () => {
    place = await engine.prepare();
    database = await openHubDatabase({
      dataDir: place.dataDir,
      databaseUrl: place.databaseUrl,
      logger: silentLogger(),
      onLockLost: () => undefined,
    });
    await migrateHubDatabase(database);
    await database.query(
      "insert into warehouses (id, code, name, time_zone) values ($1, 'W1', 'One', 'UTC')",
      [warehouseId],
    );
  });

  afterAll(async () => {
    await database?.close();
    await place?.dispose();
  });

  it('pages through SKUs written in one transaction, every row once and in write order', async () => {
    const ids = await writeInOneTransaction(async (tx, id) => {
      await tx.query(
        "insert into skus (id, internal_code, name, bin, updated_at) values ($1, $1, $1, 'A-01-1-01', now())",
        [id],
      );
    }, 'sku');

    expect(await pullEveryPage('skus')).toEqual(ids);
  });

  it('pages through orders written in one transaction, every row once and in write order', async () => {
    const ids = await writeInOneTransaction(async (tx, id) => {
      const order = buildOrder({ id, warehouseId, platformOrderNo: id });
      await tx.query(
        `insert into orders (id, platform, platform_order_no, warehouse_id, status, paid_at, doc, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          order.platform,
          order.platformOrderNo,
          warehouseId,
          order.status,
          order.paidAt,
          JSON.stringify(order),
          order.updatedAt,
        ],
      );
    }, 'order');

    expect(await pullEveryPage('orders')).toEqual(ids);
  });

  /**
   * Restarts the change sequence below 9,999 and writes `rowsPerTable` rows in one transaction
   * (one transaction id, so only the sequence orders them); answers their ids in write order.
   */
  async function writeInOneTransaction(
    write: (tx: SqlRunner, id: string) => Promise<void>,
    prefix: string,
  ): Promise<string[]> {
    const ids = Array.from({ length: rowsPerTable }, (_, n) => `${prefix}-${String(n).padStart(2, '0')}`);
    await database.query("select setval('change_seq', $1)", [sequenceStart]);
    await database.transaction(async (tx) => {
      for (const id of ids) await write(tx, id);
    });
    const [last] = await database.query<{ seq: string }>(
      `select max(change_seq)::text as seq from ${prefix}s`,
    );
    // The rows really are on both sides of the boundary.
    expect(Number(last?.seq)).toBe(sequenceStart + rowsPerTable);
    return ids;
  }

  /** Every id a station gets pulling from the start, page by page, in the order it gets them. */
  async function pullEveryPage(collection: PullCollection): Promise<string[]> {
    const pulled: string[] = [];
    let checkpoint: SyncCheckpoint | null = null;
    for (;;) {
      const page = await pullChanges(database, collection, scope, checkpoint, pageSize);
      pulled.push(...page.documents.map((document) => (document as { id: string }).id));
      checkpoint = page.checkpoint;
      if (page.documents.length < pageSize) return pulled;
    }
  }
});
