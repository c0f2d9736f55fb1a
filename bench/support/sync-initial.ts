// `initial_sync_docs_per_s`: a fresh station signs in for the first time and pulls everything its
// warehouse holds into its SQLite database, until its sync state says it is caught up. Baseline:
// the same pages fetched over plain HTTP by the same process, JSON-parsed and dropped.
import { isCaughtUp, nextEvent, startBenchStation, waitForHubLink } from './sync-station';

/** The page size a station's pull replications ask for. */
const stationPullBatch = 500;

/** What one initial sync took. */
export type InitialSyncResult = {
  /** Documents the station stored: orders, SKUs and stock of its warehouse. */
  readonly documents: number;
  readonly orders: number;
  /** From the first sign-in until the station reported it was caught up. */
  readonly stationMs: number;
  readonly rawDocuments: number;
  readonly rawMs: number;
};

/**
 * Starts a station, waits for its hub link, then times sign-in (which registers the station) to
 * the first `sync.state` with `lastSyncedAt`: every collection pulled and stored, nothing in
 * flight. Checks that every order arrived, then runs the raw pull in the same process.
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

    const { total } = await station.call<{ total: number }>('orders.list', { limit: 1 });
    if (total !== expected.orders) {
      throw new Error(`the station holds ${total} orders after its initial sync, not ${expected.orders}`);
    }
    const raw = await station.rawPull(stationPullBatch);
    if (raw.documents !== expected.documents) {
      throw new Error(
        `the raw pull fetched ${raw.documents} documents, not ${expected.documents}: the hub's pull skipped or repeated rows`,
      );
    }
    return {
      documents: expected.documents,
      orders: total,
      stationMs,
      rawDocuments: raw.documents,
      rawMs: raw.ms,
    };
  } finally {
    await station.dispose();
  }
}
