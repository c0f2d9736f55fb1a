// A station core in its own process for the `sync` benchmark, as in production: real SQLite files,
// no RxDB dev-mode (the tests' station process turns it on, and it checks every document), default
// health interval. Driven over IPC by ./sync-station.ts: bridge calls go through the core's real
// dispatcher, and every bridge event (`sync.state`, `db.changed`, …) is forwarded as it happens.
// It can also pull the station's hub data over plain HTTP without storing it, the pull baseline.
//
// Usage (forked with IPC): node --import tsx bench/support/sync-station-process.ts <dataDir> <hubUrl> <name>
import { pullCollections, pullResponseSchema, syncPaths } from '../../src-shared/hub-api';
import { createLogger } from '../../src-main/core/logging';
import { createStationCore } from '../../src-main/core/station';
import { readSyncCredentials } from '../../src-main/core/sync';

/** What the benchmark sends. */
export type BenchStationRequest =
  | { readonly type: 'dispatch'; readonly id: number; readonly channel: string; readonly input: unknown }
  | { readonly type: 'rawPull'; readonly id: number; readonly limit: number }
  | { readonly type: 'dispose' };

/** What the station process answers. */
export type BenchStationReply =
  | { readonly type: 'ready' }
  | { readonly type: 'answer'; readonly id: number; readonly envelope: unknown }
  | { readonly type: 'pulled'; readonly id: number; readonly documents: number; readonly ms: number }
  | { readonly type: 'event'; readonly name: string; readonly payload: unknown }
  | { readonly type: 'fatal'; readonly message: string };

const [dataDir, hubUrl, name] = process.argv.slice(2);
if (dataDir === undefined || hubUrl === undefined || name === undefined) {
  throw new Error('usage: sync-station-process <dataDir> <hubUrl> <name>');
}

function send(reply: BenchStationReply): void {
  process.send?.(reply);
}

/**
 * Every document the station's token may pull, page by page from the start, each collection on
 * its own as the station's replications run: fetch and JSON parse only, nothing validated or
 * stored. The token is the one the station keeps after registering.
 */
async function rawPull(
  directory: string,
  hub: string,
  limit: number,
): Promise<{ documents: number; ms: number }> {
  const credentials = await readSyncCredentials(directory);
  if (credentials === null) throw new Error('the station is not registered');
  const authorization = `Bearer ${credentials.stationToken}`;
  const started = performance.now();
  const counts = await Promise.all(
    pullCollections.map(async (collection) => {
      let documents = 0;
      let checkpoint: unknown = null;
      for (;;) {
        const query = new URLSearchParams({ limit: String(limit) });
        if (checkpoint !== null) query.set('checkpoint', JSON.stringify(checkpoint));
        const response = await fetch(new URL(`${syncPaths.pull}/${collection}?${query.toString()}`, hub), {
          headers: { authorization },
        });
        if (!response.ok) throw new Error(`raw pull of ${collection} answered ${response.status}`);
        // Only the envelope is checked; the documents stay as JSON.parse made them.
        const page = pullResponseSchema.parse(await response.json());
        documents += page.documents.length;
        checkpoint = page.checkpoint;
        if (page.documents.length < limit) break;
      }
      return documents;
    }),
  );
  return { documents: counts.reduce((sum, count) => sum + count, 0), ms: performance.now() - started };
}

const level = process.env.PACKLINE_BENCH_LOG === '1' ? 'debug' : 'silent';
try {
  const core = await createStationCore({
    dataDir,
    hubUrl,
    isHubEmbedded: false,
    mode: 'browser',
    appVersion: '0.1.0-bench',
    logger: createLogger(name, { level }),
    locale: 'en-US',
  });
  core.onEvent((event) => send({ type: 'event', name: event.name, payload: event.payload }));
  const caller = { sessionId: `${name}-window` };
  process.on('message', (request: BenchStationRequest) => {
    if (request.type === 'dispose') {
      void core.dispose().then(() => process.disconnect());
    } else if (request.type === 'rawPull') {
      void rawPull(dataDir, hubUrl, request.limit).then(
        (pulled) => send({ type: 'pulled', id: request.id, ...pulled }),
        (error: unknown) => send({ type: 'fatal', message: String(error) }),
      );
    } else {
      void core
        .dispatch(request.channel, request.input, caller)
        .then((envelope) => send({ type: 'answer', id: request.id, envelope }));
    }
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
  process.disconnect();
}
