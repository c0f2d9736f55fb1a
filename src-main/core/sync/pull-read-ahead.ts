import type { SyncCheckpoint } from '../../../src-shared/hub-api';

/** A page of a pull as the read-ahead sees it: how many documents, and where it ended. */
type Page = { readonly documents: readonly unknown[]; readonly checkpoint: SyncCheckpoint | null };

/** Fetches one page of a pull: what {@link createPullReadAhead} wraps. */
export type FetchPage<P extends Page> = (checkpoint: SyncCheckpoint | null, limit: number) => Promise<P>;

/** A pull handler that asks for the next page before the current one is stored. */
export type PullReadAhead<P extends Page> = {
  readonly pull: FetchPage<P>;
  /**
   * Forgets the page asked for in advance. Call it whenever the hub may have changed since: a
   * change signal, a new connection. A page fetched before a change would hand out the old rows
   * to the pull that the change asked for.
   */
  forget(): void;
};

/**
 * Pulls with one page asked for in advance. A full page means there is more; storing it takes the
 * station's only thread for a while (SQLite writes are synchronous), and until now the next
 * request went out only after that. Asking for the next page first lets the hub find and send it
 * meanwhile: the request is on the wire before the page is handed over to be stored.
 *
 * The next call is answered from the page asked for when it asks from the checkpoint that page
 * started at; any other call (a restart from an older checkpoint, another page size) fetches anew.
 * A page fetched in advance is a pull made a moment earlier: everything after its checkpoint is
 * still pulled later. Only a pull that must see a change already signalled needs a fresh page,
 * hence {@link PullReadAhead.forget}.
 */
export function createPullReadAhead<P extends Page>(fetchPage: FetchPage<P>): PullReadAhead<P> {
  let ahead: { readonly from: string; readonly limit: number; readonly page: Promise<P> } | null = null;

  return {
    async pull(checkpoint, limit) {
      const from = JSON.stringify(checkpoint);
      const taken = ahead !== null && ahead.from === from && ahead.limit === limit ? ahead.page : null;
      ahead = null;
      const page = await (taken ?? fetchPage(checkpoint, limit));
      if (page.documents.length >= limit) {
        const next = fetchPage(page.checkpoint, limit);
        // Nobody may ever take it (the replication stopped); its failure is the next pull's to report.
        void next.catch(() => undefined);
        ahead = { from: JSON.stringify(page.checkpoint), limit, page: next };
        await requestOnTheWire();
      }
      return page;
    },
    forget() {
      ahead = null;
    },
  };
}

/**
 * Lets the HTTP client send a request just made, before the caller blocks the thread. Node's fetch
 * does not write a request in the call that makes it, nor within one turn of the event loop:
 * measured with 100,000 orders, after one turn the hub got most requests only once the page was
 * stored; after two turns (one I/O phase between them) it got each within a few milliseconds.
 */
async function requestOnTheWire(): Promise<void> {
  for (let turn = 0; turn < 2; turn += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
