import {
  createRevision,
  normalizeMangoQuery,
  prepareQuery,
  type RxDocumentData,
  type RxStorageInstance,
} from 'rxdb';

/** The part of RxDB's replication state this needs: its meta instance (set once it started). */
type ReplicationWithMeta = {
  readonly metaInstance?: RxStorageInstance<MetaRow, unknown, unknown> | undefined;
};

/** A row of RxDB's replication meta instance, as far as this reads it. */
type MetaRow = {
  readonly id: string;
  readonly isCheckpoint: string;
  readonly itemId: string;
  /** The document as last pushed: for a pruned command, its deletion. */
  readonly docData?: { readonly _deleted?: boolean };
};

/**
 * RxDB's push replication keeps, per pushed document, a meta row with a copy of it (about 510
 * bytes per command, more than the command's own 310). It never deletes one, so pruning the outbox
 * would leave most of what it grew by. The rows of deleted commands are dropped here: RxDB only
 * reads a row to compare a document being pushed again, and a pruned command never is. The
 * deletions are written as tombstones and purged at once.
 */
export async function forgetPushedDeletions(
  state: ReplicationWithMeta,
  databaseToken: string,
  now: number,
): Promise<number> {
  const meta = state.metaInstance;
  if (meta === undefined) return 0;
  let forgotten = 0;
  let after = '';
  for (;;) {
    // Pages keep each synchronous read short: a scan at the bench must not wait for this.
    const query = prepareQuery(
      meta.schema,
      normalizeMangoQuery<RxDocumentData<MetaRow>>(meta.schema, {
        selector: { isCheckpoint: '0', id: { $gt: after }, _deleted: { $eq: false } },
        sort: [{ id: 'asc' }],
        limit: pageSize,
      }),
    );
    const { documents } = await meta.query(query);
    const gone = documents.filter((row) => row.docData?._deleted === true);
    if (gone.length > 0) {
      const result = await meta.bulkWrite(
        gone.map((row) => ({
          previous: row,
          document: { ...row, _deleted: true, _meta: { lwt: now }, _rev: createRevision(databaseToken, row) },
        })),
        'packline-outbox-pruning',
      );
      forgotten += gone.length - result.error.length;
    }
    const last = documents.at(-1);
    if (documents.length < pageSize || last === undefined) break;
    after = last.id;
  }
  if (forgotten > 0) await meta.cleanup(0);
  return forgotten;
}

const pageSize = 2_000;
