import { type MangoQuery, normalizeMangoQuery, prepareQuery, type RxDocumentData } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { describeCollectionTable } from './collection-table';
import { decodeIndexKey } from './index-key';
import { planIndexScan } from './index-scan';
import { type TestOrder, testOrderSchema } from './testing/storage-fixture';

const schema = testOrderSchema();
const layout = describeCollectionTable('orders', schema);

type Query = MangoQuery<RxDocumentData<TestOrder>>;

function prepare(query: Query) {
  // A selector over the stored shape (with `_deleted`) is a selector over the document plus meta.
  return prepareQuery(schema, normalizeMangoQuery(schema, query as MangoQuery<TestOrder>));
}

function plan(query: Query) {
  const scan = planIndexScan(schema, layout, prepare(query));
  return {
    index: scan.column?.key,
    descending: scan.descending,
    mustMatch: scan.mustMatch,
    mustSort: scan.mustSort,
  };
}

const paid = { _deleted: { $eq: false }, status: { $eq: 'paid' } } as const;

describe('planIndexScan', () => {
  it('leaves nothing to JavaScript when the index covers selector and sort', () => {
    expect(plan({ selector: paid, sort: [{ totalFen: 'asc' }] })).toEqual({
      index: '_deleted,status,totalFen,id',
      descending: false,
      mustMatch: false,
      mustSort: false,
    });
  });

  it('encodes the range bounds as RxDB builds them, padded to the field lengths', () => {
    const scan = planIndexScan(schema, layout, prepare({ selector: paid, sort: [{ totalFen: 'asc' }] }));
    expect(decodeIndexKey(scan.lower)).toBe(
      `0${'paid'.padEnd(20, ' ')}${'0'.repeat(10)}${'\x00'.repeat(40)}`,
    );
    expect(decodeIndexKey(scan.upper)).toBe(
      `0${'paid'.padEnd(20, ' ')}${'9'.repeat(10)}${'\uffff'.repeat(40)}`,
    );
    expect([scan.inclusiveStart, scan.inclusiveEnd]).toEqual([true, true]);
  });

  it('reads backwards for an all-descending sort over required numbers and the primary key', () => {
    expect(plan({ selector: paid, sort: [{ totalFen: 'desc' }, { id: 'desc' }] })).toMatchObject({
      descending: true,
      mustSort: false,
    });
  });

  it('reads a required string backwards, on the index that serves its ascending sort', () => {
    // RxDB's own plan for the descending query picks the [status, totalFen] index; with only
    // `_deleted` bounded, the [status] index returns the same documents and serves the sort.
    expect(
      plan({ selector: { _deleted: { $eq: false } }, sort: [{ status: 'desc' }, { id: 'desc' }] }),
    ).toEqual({ index: '_deleted,status,id', descending: true, mustMatch: false, mustSort: false });
  });

  it('sorts in JavaScript when the primary key tie-break is ascending or another index would change the range', () => {
    expect(plan({ selector: paid, sort: [{ totalFen: 'desc' }] })).toMatchObject({
      descending: false,
      mustSort: true,
    });
    expect(
      plan({
        selector: { _deleted: { $eq: false }, status: { $gt: 'a' } },
        sort: [{ status: 'desc' }, { id: 'desc' }],
      }),
    ).toMatchObject({ index: '_deleted,status,totalFen,id', descending: false, mustSort: true });
  });

  it('matches in JavaScript what the range cannot decide', () => {
    expect(
      plan({ selector: { ...paid, buyerName: { $regex: '^王' } }, sort: [{ totalFen: 'asc' }] }),
    ).toMatchObject({
      mustMatch: true,
      mustSort: false,
    });
    expect(plan({ selector: { status: { $in: ['paid', 'packed'] } } })).toMatchObject({ mustMatch: true });
  });

  it('falls back to a whole-table scan for a pinned index the table does not have', () => {
    expect(plan({ selector: paid, index: ['buyerName'] })).toEqual({
      index: undefined,
      descending: false,
      mustMatch: true,
      mustSort: true,
    });
  });
});
