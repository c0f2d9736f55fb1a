import type { RxAttachmentWriteData, RxDocumentData } from 'rxdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStorageFixture,
  type StorageFixture,
  type TestOrder,
  testOrderSchema,
  toStored,
} from './testing/storage-fixture';

const order: TestOrder = { id: 'o1', status: 'paid', totalFen: 100 };

function attachment(text: string, digest: string, type = 'text/plain'): RxAttachmentWriteData {
  const data = new Blob([text], { type });
  return { length: data.size, type, digest, data };
}

function stub(write: RxAttachmentWriteData): { length: number; type: string; digest: string } {
  return { length: write.length, type: write.type, digest: write.digest };
}

describe('SQLite RxStorage: attachments', () => {
  let fixture: StorageFixture;
  beforeEach(() => {
    fixture = createStorageFixture();
  });
  afterEach(async () => {
    await fixture.dispose();
  });

  const open = () => fixture.open({ schema: testOrderSchema(true) });

  it('stores attachment bytes apart from the document and returns them as a Blob', async () => {
    const orders = await open();
    const label = attachment('面单 🏷️ label', 'digest-1', 'application/zpl');
    const written = toStored(order, undefined, { attachments: { 'label.zpl': label } });
    expect((await orders.bulkWrite([{ document: written }], 'test')).error).toEqual([]);

    const [stored] = await orders.findDocumentsById(['o1'], false);
    expect(stored?._attachments).toEqual({ 'label.zpl': stub(label) });
    const blob = await orders.getAttachmentData('o1', 'label.zpl', 'digest-1');
    expect(blob).toBeInstanceOf(Blob);
    expect([blob.type, await blob.text()]).toEqual(['application/zpl', '面单 🏷️ label']);
  });

  it('replaces, keeps and removes attachments as the document changes; deletion drops them all', async () => {
    const orders = await open();
    const v1 = attachment('v1', 'd1');
    const keep = attachment('kept', 'dk');
    const first = toStored(order, undefined, { attachments: { a: v1, k: keep } });
    await orders.bulkWrite([{ document: first }], 'test');
    const [stored1] = await orders.findDocumentsById(['o1'], false);

    const v2 = attachment('v2', 'd2');
    const second = toStored(order, stored1, { attachments: { a: v2, k: stub(keep) } });
    await orders.bulkWrite([{ previous: stored1 as RxDocumentData<TestOrder>, document: second }], 'test');
    expect(await (await orders.getAttachmentData('o1', 'a', 'd2')).text()).toBe('v2');
    await expect(orders.getAttachmentData('o1', 'a', 'd1')).rejects.toThrow(/does not exist/);
    expect(await (await orders.getAttachmentData('o1', 'k', 'dk')).text()).toBe('kept');

    const [stored2] = await orders.findDocumentsById(['o1'], false);
    const third = toStored(order, stored2, { attachments: { k: stub(keep) } });
    await orders.bulkWrite([{ previous: stored2 as RxDocumentData<TestOrder>, document: third }], 'test');
    await expect(orders.getAttachmentData('o1', 'a', 'd2')).rejects.toThrow(/does not exist/);

    const [stored3] = await orders.findDocumentsById(['o1'], false);
    const deleted = toStored(order, stored3, { deleted: true });
    await orders.bulkWrite([{ previous: stored3 as RxDocumentData<TestOrder>, document: deleted }], 'test');
    await expect(orders.getAttachmentData('o1', 'k', 'dk')).rejects.toThrow(/does not exist/);
  });

  it('refuses a new attachment that comes without data (510) and writes nothing for that row', async () => {
    const orders = await open();
    const bare = toStored(order, undefined, { attachments: { a: stub(attachment('x', 'dx')) } });
    const result = await orders.bulkWrite([{ document: bare }], 'test');
    expect(
      result.error.map((e) => [e.status, e.documentId, 'attachmentId' in e ? e.attachmentId : undefined]),
    ).toEqual([[510, 'o1', 'a']]);
    expect(await orders.findDocumentsById(['o1'], true)).toEqual([]);
  });

  it('applies concurrent writes with attachments in the order they were called', async () => {
    const orders = await open();
    const first = toStored(order, undefined, { attachments: { a: attachment('one', 'd1') } });
    const plain = toStored({ ...order, id: 'o2' });
    const contexts: string[] = [];
    const subscription = orders.changeStream().subscribe((bulk) => contexts.push(bulk.context));
    const [r1, r2] = await Promise.all([
      orders.bulkWrite([{ document: first }], 'first'),
      // No Blob to read here: without the queue this write would overtake the first one.
      orders.bulkWrite([{ document: plain }], 'second'),
    ]);
    subscription.unsubscribe();
    expect([r1.error, r2.error, contexts]).toEqual([[], [], ['first', 'second']]);
  });
});
