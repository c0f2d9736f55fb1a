// `initial_sync_docs_per_s`: a fresh station signs in for the first time and pulls everything its
// warehouse holds into its SQLite database, until its sync state says it is caught up. Baseline:
// the same pages fetched over plain HTTP by the same process, JSON-parsed and dropped.
import { pullBatchSize } from '../../src-main/core/sync';
import { isCaughtUp, nextEvent, startBenchStation, waitForHubLink } from './sync-station';

/** What one initial sync took. */
export type InitialSyncResult = {
  /** Documents the station stored: orders, SKUs and stock of its warehouse, and every person. */
  readonly documents: number;
  readonly orders: number;
  /** From the first sign-in until the station reported it was caught up. */
  readonly stationMs: number;
  /**
   * The first order list right after: it builds the indexes a bulk load into the empty table left
   * for the first read, so it is part of what a fresh station costs before it is usable.
   */
  readonly firstListMs: number;
  readonly rawDocuments: number;
  readonly rawMs: number;
};

/**
 * Starts a station, waits for its hub link, then times sign-in (which registers the station) to
 * the first `sync.state` with `lastSyncedAt`: every collection pulled and stored, nothing in
 * flight. Then times the first order list and checks that every order arrived, then runs the raw
 * pull in the same process.
 */
export async function measureInitialSync(
  hubUrl: string,
  expected: { readonly orders: number; readonly documents: number },
): Promise<InitialSyncResult> {
  const station = await startBenchStation('initial', hubUrl);
  try {
    await waitForHubLink(station);
    const caughtUp = nextEvent(station, isCaughtUp, 240_000);
    const started = performance.now();
    await station.call('auth.signIn', { username: 'clerk', password: 'packline' });
    const done = await caughtUp;
    const stationMs = done.at - started;

    const listStarted = performance.now();
    const { total } = await station.call<{ total: number }>('orders.list', { limit: 1 });
    const firstListMs = performance.now() - listStarted;
    if (total !== expected.orders) {
      throw new Error(`the station holds ${total} orders after its initial sync, not ${expected.orders}`);
    }
    const raw = await station.rawPull(pullBatchSize);
    if (raw.documents !== expected.documents) {
      throw new Error(
        `the raw pull fetched ${raw.documents} documents, not ${expected.documents}: the hub's pull skipped or repeated rows`,
      );
    }
    return {
      documents: expected.documents,
      orders: total,
      stationMs,
      firstListMs,
      rawDocuments: raw.documents,
      rawMs: raw.ms,
    };
  } finally {
    await station.dispose();
  }
}
