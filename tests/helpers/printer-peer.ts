import { createServer, type Server, type Socket } from 'node:net';

/**
 * What the peer answers to status queries:
 * - `ready`, `paper_out`, `head_open`, `paused`: answered as a printer in that state would;
 * - `silent`: status queries get no answer (some Zebra models while media is out), data is still
 *   taken.
 */
export type PeerState = 'ready' | 'paper_out' | 'head_open' | 'paused' | 'silent';

/** Everything one connection brought. */
export type PeerConnection = {
  readonly id: number;
  /** Every byte received, status queries included. */
  readonly bytes: Buffer;
  /** The bytes without the status queries: what a printer would print. */
  readonly data: Buffer;
  readonly statusQueries: number;
};

/** A raw TCP (port 9100 style) printer on loopback for tests, end-to-end runs and benchmarks. */
export type PrinterPeer = {
  readonly host: string;
  readonly port: number;
  state(): PeerState;
  setState(state: PeerState): void;
  /** Switches to `state` once `count` more complete ZPL jobs have arrived. */
  switchAfterJobs(count: number, state: PeerState): void;
  /** Complete ZPL formats (`^XA…^XZ`) in arrival order, decoded as UTF-8. */
  jobs(): string[];
  /** ZPL formats that arrived while the state was not `ready` (a real printer would hold them). */
  jobsWhileNotReady(): string[];
  connections(): PeerConnection[];
  /** Every connection's data, in the order the connections were opened. */
  data(): Buffer;
  statusQueryCount(): number;
  /** Resolves once `count` jobs have arrived in all; rejects after `timeoutMs` (default 10 s). */
  waitForJobs(count: number, timeoutMs?: number): Promise<string[]>;
  /** Resolves once `count` status queries have arrived in all; rejects after `timeoutMs`. */
  waitForStatusQueries(count: number, timeoutMs?: number): Promise<void>;
  /** A jammed printer stops reading: bytes pile up in the socket buffers, nothing is answered. */
  setReading(isReading: boolean): void;
  /** Stops listening and drops every connection: the printer is unreachable. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
  /** Stops for good. */
  close(): Promise<void>;
};

type Query = { readonly bytes: Buffer; readonly answer: (state: PeerState) => Buffer };

const zplQuery: Query = {
  bytes: Buffer.from('~HS', 'latin1'),
  answer(state) {
    const flag = (isSet: boolean) => (isSet ? '1' : '0');
    const paperOut = flag(state === 'paper_out');
    const pause = flag(state === 'paper_out' || state === 'paused');
    const headUp = flag(state === 'head_open');
    return Buffer.from(
      `\x02030,${paperOut},${pause},1245,000,0,0,0,000,0,0,0\x03\r\n` +
        `\x02001,0,${headUp},0,0,2,6,0,00000000,1,000\x03\r\n` +
        '\x021234,0\x03\r\n',
      'latin1',
    );
  },
};

// ESC/POS answer bytes for n = 1…4, each with its fixed bits (0x12) set.
const escposAnswers: Record<Exclude<PeerState, 'silent'>, readonly number[]> = {
  ready: [0x12, 0x12, 0x12, 0x12],
  paper_out: [0x1a, 0x32, 0x12, 0x72],
  head_open: [0x1a, 0x16, 0x12, 0x12],
  paused: [0x1a, 0x12, 0x12, 0x12],
};

const escposQueries: Query[] = [1, 2, 3, 4].map((n) => ({
  bytes: Buffer.of(0x10, 0x04, n),
  answer: (state) => (state === 'silent' ? Buffer.alloc(0) : Buffer.of(escposAnswers[state][n - 1] ?? 0x12)),
}));

const tsplBytes: Record<Exclude<PeerState, 'silent'>, number> = {
  ready: 0x00,
  paper_out: 0x04,
  head_open: 0x01,
  paused: 0x10,
};

const tsplQuery: Query = {
  bytes: Buffer.of(0x1b, 0x21, 0x3f),
  answer: (state) => (state === 'silent' ? Buffer.alloc(0) : Buffer.of(tsplBytes[state])),
};

const queries: readonly Query[] = [zplQuery, ...escposQueries, tsplQuery];
const longestQuery = Math.max(...queries.map((query) => query.bytes.length));

type ConnectionRecord = { id: number; chunks: Buffer[]; dataChunks: Buffer[]; statusQueries: number };

/**
 * Starts a printer peer on `127.0.0.1`, on a free port unless `port` is given. It answers ZPL
 * `~HS`, ESC/POS `DLE EOT 1…4` and TSPL `<ESC>!?` wherever they appear in the stream, and closes
 * its side when the client ends the connection, as a printer that read the whole job does.
 */
export async function startPrinterPeer(options: { readonly port?: number } = {}): Promise<PrinterPeer> {
  const host = '127.0.0.1';
  let state: PeerState = 'ready';
  let pendingSwitch: { atJob: number; state: PeerState } | null = null;
  let isReading = true;
  let nextId = 1;
  const records: ConnectionRecord[] = [];
  const sockets = new Set<Socket>();
  const jobs: string[] = [];
  const jobsWhileNotReady: string[] = [];
  let statusQueries = 0;
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };

  function onJob(job: string): void {
    jobs.push(job);
    if (state !== 'ready') jobsWhileNotReady.push(job);
    if (pendingSwitch !== null && jobs.length >= pendingSwitch.atJob) {
      state = pendingSwitch.state;
      pendingSwitch = null;
    }
    notify();
  }

  function serve(socket: Socket): void {
    sockets.add(socket);
    const record: ConnectionRecord = { id: nextId++, chunks: [], dataChunks: [], statusQueries: 0 };
    records.push(record);
    let pending = Buffer.alloc(0);
    let zplPending = Buffer.alloc(0);
    const takeData = (data: Buffer) => {
      if (data.length === 0) return;
      record.dataChunks.push(data);
      zplPending = Buffer.concat([zplPending, data]);
      for (;;) {
        const start = zplPending.indexOf('^XA', 0, 'latin1');
        const end = start < 0 ? -1 : zplPending.indexOf('^XZ', start + 3, 'latin1');
        if (end < 0) break;
        onJob(zplPending.subarray(start, end + 3).toString('utf8'));
        zplPending = zplPending.subarray(end + 3);
      }
    };
    const scan = (isFinal: boolean) => {
      for (;;) {
        const found = earliestQuery(pending);
        if (found === null) break;
        takeData(pending.subarray(0, found.at));
        pending = pending.subarray(found.at + found.query.bytes.length);
        record.statusQueries += 1;
        statusQueries += 1;
        const answer = found.query.answer(state);
        if (state !== 'silent' && answer.length > 0 && !socket.destroyed) socket.write(answer);
        notify();
      }
      // Keep a tail that may be the start of a query split across two chunks.
      const keep = isFinal ? 0 : Math.min(pending.length, longestQuery - 1);
      takeData(pending.subarray(0, pending.length - keep));
      pending = pending.subarray(pending.length - keep);
    };
    socket.on('data', (chunk: Buffer) => {
      record.chunks.push(chunk);
      pending = Buffer.concat([pending, chunk]);
      scan(false);
    });
    socket.on('end', () => scan(true));
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    if (!isReading) socket.pause();
  }

  let server: Server = await listen(options.port ?? 0);
  const port = addressPort(server);

  function listen(onPort: number): Promise<Server> {
    return new Promise((resolve, reject) => {
      const created = createServer(serve);
      created.once('error', reject);
      created.listen(onPort, host, () => resolve(created));
    });
  }

  function waitFor(isDone: () => boolean, what: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!isDone()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`printer peer: ${what} did not arrive within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  async function stopListening(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  }

  return {
    host,
    port,
    state: () => state,
    setState(next) {
      state = next;
      pendingSwitch = null;
    },
    switchAfterJobs(count, next) {
      pendingSwitch = { atJob: jobs.length + count, state: next };
    },
    jobs: () => [...jobs],
    jobsWhileNotReady: () => [...jobsWhileNotReady],
    connections: () =>
      records.map((record) => ({
        id: record.id,
        bytes: Buffer.concat(record.chunks),
        data: Buffer.concat(record.dataChunks),
        statusQueries: record.statusQueries,
      })),
    data: () => Buffer.concat(records.flatMap((record) => record.dataChunks)),
    statusQueryCount: () => statusQueries,
    async waitForJobs(count, timeoutMs = 10_000) {
      await waitFor(() => jobs.length >= count, `${count} jobs`, timeoutMs);
      return [...jobs];
    },
    waitForStatusQueries: (count, timeoutMs = 10_000) =>
      waitFor(() => statusQueries >= count, `${count} status queries`, timeoutMs),
    setReading(next) {
      isReading = next;
      for (const socket of sockets) {
        if (next) socket.resume();
        else socket.pause();
      }
    },
    stop: stopListening,
    async restart() {
      server = await listen(port);
    },
    async close() {
      if (server.listening) await stopListening();
      waiters.clear();
    },
  };
}

function earliestQuery(buffer: Buffer): { at: number; query: Query } | null {
  let best: { at: number; query: Query } | null = null;
  for (const query of queries) {
    const at = buffer.indexOf(query.bytes);
    if (at >= 0 && (best === null || at < best.at)) best = { at, query };
  }
  return best;
}

function addressPort(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('printer peer: no TCP address');
  return address.port;
}
