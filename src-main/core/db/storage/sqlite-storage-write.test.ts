import type { EventBulk, RxDocumentData, RxStorageChangeEvent, RxStorageDefaultCheckpoint } from 'rxdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStorageFixture,
  type StorageFixture,
  type TestOrder,
  toStored,
} from './testing/storage-fixture';

type Bulk = EventBulk<RxStorageChangeEvent<RxDocumentData<TestOrder>>, RxStorageDefaultCheckpoint>;

const order = (id: string, status = 'paid', totalFen = 100): TestOrder => ({ id, status, totalFen });

describe('SQLite RxStorage: writes', () => {
  let fixture: StorageFixture;
  beforeEach(() => {
    fixture = createStorageFixture();
  });
  afterEach(async () => {
    await fixture.dispose();
  });

  it('inserts, reads back by id and updates with the right previous revision', async () => {
    const orders = await fixture.open();
    const first = toStored(order('o1', '待发货'));
    expect(await orders.bulkWrite([{ document: first }], 'test')).toEqual({ error: [] });
    expect(await orders.findDocumentsById(['o1', 'missing'], false)).toEqual([first]);

    const second = toStored({ ...order('o1', 'packed', 250), buyerName: '张伟 😀' }, first);
    expect(await orders.bulkWrite([{ previous: first, document: second }], 'test')).toEqual({ error: [] });
    expect(await orders.findDocumentsById(['o1'], false)).toEqual([second]);
  });

  it('answers 409 with the stored document for a stale revision or an insert over an existing id', async () => {
    const orders = await fixture.open();
    const first = toStored(order('o1'));
    await orders.bulkWrite([{ document: first }], 'test');
    const current = toStored(order('o1', 'packed'), first);
    await orders.bulkWrite([{ previous: first, document: current }], 'test');

    const stale = { previous: first, document: toStored(order('o1', 'shipped'), first) };
    const blindInsert = { document: toStored(order('o1', 'cancelled')) };
    const fresh = { document: toStored(order('o2')) };
    const result = await orders.bulkWrite([stale, blindInsert, fresh], 'test');

    expect(result.error).toEqual([
      {
        isError: true,
        status: 409,
        documentId: 'o1',
        writeRow: stale,
        documentInDb: current,
        context: 'test',
      },
      {
        isError: true,
        status: 409,
        documentId: 'o1',
        writeRow: blindInsert,
        documentInDb: current,
        context: 'test',
      },
    ]);
    // The other rows of the batch were written; the conflicting ones changed nothing.
    expect(await orders.findDocumentsById(['o1', 'o2'], false)).toEqual([current, fresh.document]);
  });

  it('keeps deleted documents as tombstones that only withDeleted returns', async () => {
    const orders = await fixture.open();
    const live = toStored(order('o1'));
    await orders.bulkWrite(
      [{ document: live }, { document: toStored(order('o2'), undefined, { deleted: true }) }],
      'test',
    );
    const tombstone = toStored(order('o1'), live, { deleted: true });
    await orders.bulkWrite([{ previous: live, document: tombstone }], 'test');

    expect(await orders.findDocumentsById(['o1', 'o2'], false)).toEqual([]);
    expect((await orders.findDocumentsById(['o1', 'o2'], true)).map((d) => [d.id, d._deleted])).toEqual([
      ['o1', true],
      ['o2', true],
    ]);
    // A deleted document comes back to life through an update from its tombstone.
    const revived = toStored(order('o1', 'reopened'), tombstone);
    expect((await orders.bulkWrite([{ previous: tombstone, document: revived }], 'test')).error).toEqual([]);
    expect(await orders.findDocumentsById(['o1'], false)).toEqual([revived]);
  });

  it('emits one event bulk per write, in order, with its checkpoint, before the write resolves', async () => {
    const orders = await fixture.open();
    const seen: Bulk[] = [];
    const subscription = orders.changeStream().subscribe((bulk) => seen.push(bulk as Bulk));
    const a = toStored(order('a'));
    const b = toStored(order('b'));
    const write = orders.bulkWrite([{ document: a }, { document: b }], 'ctx-1');
    // Synchronous work: the event is out as soon as bulkWrite returns its promise.
    expect(seen).toHaveLength(1);
    await write;
    const a2 = toStored(order('a', 'packed'), a);
    await orders.bulkWrite([{ previous: a, document: a2 }], 'ctx-2');
    const a3 = toStored(order('a', 'packed'), a2, { deleted: true });
    await orders.bulkWrite([{ previous: a2, document: a3 }], 'ctx-3');
    // A write that only conflicts emits nothing.
    await orders.bulkWrite([{ document: toStored(order('b')) }], 'ctx-4');
    subscription.unsubscribe();

    expect(
      seen.map((bulk) => [
        bulk.context,
        bulk.events.map((e) => `${e.operation}:${e.documentId}`),
        bulk.checkpoint,
      ]),
    ).toEqual([
      ['ctx-1', ['INSERT:a', 'INSERT:b'], { id: 'b', lwt: b._meta.lwt }],
      ['ctx-2', ['UPDATE:a'], { id: 'a', lwt: a2._meta.lwt }],
      ['ctx-3', ['DELETE:a'], { id: 'a', lwt: a3._meta.lwt }],
    ]);
  });

  it('shares the change stream between instances of the same collection', async () => {
    const writer = await fixture.open();
    const reader = await fixture.open();
    const seen: string[] = [];
    const subscription = reader
      .changeStream()
      .subscribe((bulk) => seen.push(...bulk.events.map((e) => e.documentId)));
    await writer.bulkWrite([{ document: toStored(order('x')) }], 'test');
    subscription.unsubscribe();
    expect(seen).toEqual(['x']);
  });

  it('keeps every write across close and reopen', async () => {
    const orders = await fixture.open();
    const docs = Array.from({ length: 50 }, (_, i) =>
      toStored(order(`o${i}`, i % 2 ? '已发货' : '待发货', i)),
    );
    await orders.bulkWrite(
      docs.map((document) => ({ document })),
      'test',
    );
    await orders.close();

    const reopened = await fixture.open();
    const all = await reopened.findDocumentsById(
      docs.map((d) => d.id),
      true,
    );
    expect(all.sort((x, y) => x.totalFen - y.totalFen)).toEqual(docs);
  });

  it('rejects use after close, and close twice is harmless', async () => {
    const orders = await fixture.open();
    await orders.close();
    await orders.close();
    await expect(orders.findDocumentsById(['o1'], true)).rejects.toThrow(/closed/);
    await expect(orders.bulkWrite([{ document: toStored(order('o1')) }], 'test')).rejects.toThrow(/closed/);
  });

  it('remove drops the collection for every instance; a new instance starts empty', async () => {
    const orders = await fixture.open();
    const other = await fixture.open();
    const customers = await fixture.open({ collectionName: 'customers' });
    await orders.bulkWrite([{ document: toStored(order('o1')) }], 'test');
    await customers.bulkWrite([{ document: toStored(order('c1')) }], 'test');
    await orders.remove();

    await expect(other.findDocumentsById(['o1'], true)).rejects.toThrow(/removed/);
    const fresh = await fixture.open();
    expect(await fresh.findDocumentsById(['o1'], true)).toEqual([]);
    expect((await customers.findDocumentsById(['c1'], true)).map((d) => d.id)).toEqual(['c1']);
  });

  it('cleanup purges only tombstones older than the minimum deleted time', async () => {
    const orders = await fixture.open();
    const hourAgo = Date.now() - 3_600_000;
    await orders.bulkWrite(
      [
        { document: toStored(order('old-tombstone'), undefined, { deleted: true, lwt: hourAgo }) },
        { document: toStored(order('new-tombstone'), undefined, { deleted: true }) },
        { document: toStored(order('old-live'), undefined, { lwt: hourAgo }) },
      ],
      'test',
    );
    expect(await orders.cleanup(60_000)).toBe(true);
    const left = await orders.findDocumentsById(['old-tombstone', 'new-tombstone', 'old-live'], true);
    expect(left.map((d) => d.id).sort()).toEqual(['new-tombstone', 'old-live']);
  });
});
