import { describe, expect, it } from 'vitest';
import type { SyncCheckpoint } from '../../../src-shared/hub-api';
import { createPullReadAhead } from './pull-read-ahead';

type Page = { readonly documents: readonly string[]; readonly checkpoint: SyncCheckpoint | null };

/**
 * A hub's collection in change order, pulled from a checkpoint like the real one. Rows can be
 * added at any time (a change on the hub), and the hub can fail; every request is recorded.
 */
function fakeHub(rows: string[], failingRequests: readonly number[] = []) {
  const requests: (number | null)[] = [];
  async function fetchPage(checkpoint: SyncCheckpoint | null, limit: number): Promise<Page> {
    const from = checkpoint?.seq ?? 0;
    requests.push(checkpoint === null ? null : from);
    const isFailing = failingRequests.includes(requests.length);
    // The hub answers after the caller's current turn, as over HTTP.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (isFailing) throw new Error('hub gone');
    const documents = rows.slice(from, from + limit);
    const seq = from + documents.length;
    return { documents, checkpoint: documents.length === 0 ? checkpoint : { txid: '7', seq } };
  }
  return {
    rows,
    requests,
    fetchPage,
  };
}

/** Pulls from the start until a page is not full, as the replication does; answers every row. */
async function pullAll(pull: (checkpoint: SyncCheckpoint | null, limit: number) => Promise<Page>) {
  const pulled: string[] = [];
  let checkpoint: SyncCheckpoint | null = null;
  for (;;) {
    const page = await pull(checkpoint, 2);
    pulled.push(...page.documents);
    checkpoint = page.checkpoint;
    if (page.documents.length < 2) return { pulled, checkpoint };
  }
}

describe('pull read-ahead', () => {
  it('asks for the next page while the current one is handed over, and hands out every row once', async () => {
    const hub = fakeHub(['a', 'b', 'c', 'd', 'e']);
    const readAhead = createPullReadAhead(hub.fetchPage);

    const first = await readAhead.pull(null, 2);
    // The next page was asked for before the caller got to store this one.
    expect(hub.requests).toEqual([null, 2]);
    expect(first.documents).toEqual(['a', 'b']);

    const rest = await pullAll(readAhead.pull);
    expect(rest.pulled).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('asks for nothing more after a page that is not full', async () => {
    const hub = fakeHub(['a']);
    const readAhead = createPullReadAhead(hub.fetchPage);

    expect((await readAhead.pull(null, 2)).documents).toEqual(['a']);
    expect(hub.requests).toEqual([null]);
  });

  it('pulls a change made after the page was asked for once it is forgotten', async () => {
    const hub = fakeHub(['a', 'b']);
    const readAhead = createPullReadAhead(hub.fetchPage);
    const first = await readAhead.pull(null, 2);
    // The page after `b` was asked for (and found empty) before the hub got `c`; then the signal.
    await new Promise<void>((resolve) => setImmediate(resolve));
    hub.rows.push('c');
    readAhead.forget();

    const next = await readAhead.pull(first.checkpoint, 2);
    expect(next.documents).toEqual(['c']);
  });

  it('fetches anew when asked from another checkpoint than the page read ahead', async () => {
    const hub = fakeHub(['a', 'b', 'c', 'd']);
    const readAhead = createPullReadAhead(hub.fetchPage);
    await readAhead.pull(null, 2);

    // A restart from the beginning, not from where the read-ahead went on.
    const again = await readAhead.pull(null, 2);
    expect(again.documents).toEqual(['a', 'b']);
    expect(hub.requests).toEqual([null, 2, null, 2]);
  });

  it('reports a failed read-ahead to the pull that takes it, and fetches anew when retried', async () => {
    // The second request, the page read ahead after the first, fails.
    const hub = fakeHub(['a', 'b', 'c'], [2]);
    const readAhead = createPullReadAhead(hub.fetchPage);
    const first = await readAhead.pull(null, 2);

    await expect(readAhead.pull(first.checkpoint, 2)).rejects.toThrow('hub gone');
    await expect(readAhead.pull(first.checkpoint, 2)).resolves.toEqual({
      documents: ['c'],
      checkpoint: { txid: '7', seq: 3 },
    });
  });
});
