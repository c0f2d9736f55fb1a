import { connect, createServer, type Server, type Socket } from 'node:net';
import { syncPaths } from '../../src-shared/hub-api';

/**
 * How a cut link fails, as networks do:
 * - `refuse`: every connection is dropped and the port stops listening (ECONNREFUSED), like a hub
 *   machine that went away;
 * - `reset`: every connection is dropped and new ones are reset as soon as they open, like a
 *   firewall;
 * - `swallow`: requests still reach the hub but its answers are lost, like a link that dies after
 *   the request went out. The hub applies a push the station never hears about; the station must
 *   retry it and the hub must answer it again without applying it twice.
 */
export type CutMode = 'refuse' | 'reset' | 'swallow';

/** Counts of what the proxy did, for the test's summary. */
export type ProxyStats = {
  connections: number;
  /** Connections destroyed by a cut or refused while cut. */
  dropped: number;
  /** Bytes of hub answers thrown away in `swallow` mode. */
  swallowedBytes: number;
  /** Command pushes sent on while answers were thrown away: applied at the hub, unheard of at the station. */
  swallowedPushes: number;
};

/** A loopback TCP proxy in front of the hub that a test can cut and heal. */
export type ChaosProxy = {
  /** What the station uses as its hub URL. */
  readonly url: string;
  readonly port: number;
  /** The mode of the current cut; null while the link is healthy. */
  cutMode(): CutMode | null;
  readonly stats: ProxyStats;
  /** Cuts the link; resolves once existing connections are dropped (or marked, for `swallow`). */
  cut(mode: CutMode): Promise<void>;
  /** Heals the link: listening again, and connections that lost answers dropped. */
  heal(): Promise<void>;
  /** Drops every connection and stops listening for good. */
  close(): Promise<void>;
};

type Pair = { readonly client: Socket; readonly upstream: Socket; isSwallowing: boolean };

const host = '127.0.0.1';

/** How a command push starts on the wire. */
const pushLine = Buffer.from(`POST ${syncPaths.pushCommands} `);

/**
 * Starts a proxy on a free loopback port that forwards each connection to `targetPort` on
 * loopback. The target may come and go (a hub restart): a connection that cannot reach it is
 * dropped, as a station would see a hub that is down.
 */
export async function startChaosProxy(targetPort: number): Promise<ChaosProxy> {
  const pairs = new Set<Pair>();
  const stats: ProxyStats = { connections: 0, dropped: 0, swallowedBytes: 0, swallowedPushes: 0 };
  let mode: CutMode | null = null;
  let isClosed = false;

  function drop(pair: Pair): void {
    if (!pairs.delete(pair)) return;
    stats.dropped += 1;
    pair.client.resetAndDestroy();
    pair.upstream.destroy();
  }

  function forward(client: Socket): void {
    stats.connections += 1;
    // Errors of a connection only ever end it; the handlers below say how.
    client.on('error', () => undefined);
    if (mode === 'reset' || mode === 'refuse') {
      // A connection accepted just before the listener closed is refused all the same.
      stats.dropped += 1;
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(targetPort, host);
    const pair: Pair = { client, upstream, isSwallowing: mode === 'swallow' };
    pairs.add(pair);
    client.pipe(upstream);
    client.on('data', (chunk: Buffer) => {
      if (pair.isSwallowing && chunk.subarray(0, pushLine.length).equals(pushLine))
        stats.swallowedPushes += 1;
    });
    upstream.on('data', (chunk: Buffer) => {
      if (pair.isSwallowing) stats.swallowedBytes += chunk.length;
      else client.write(chunk);
    });
    // The hub closing a connection closes it towards the station after what the hub sent (a
    // `connection: close` answer arrives whole); a failure on either side destroys both, which
    // the station sees as a hub that went away. The pair is tracked until the station's side is
    // closed, so a cut also drops connections the hub already closed on its side.
    upstream.on('close', () => client.end());
    client.on('close', () => {
      pairs.delete(pair);
      upstream.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  }

  const server = createServer(forward);
  server.on('error', () => undefined);
  const port = await listen(server, 0);

  return {
    url: `http://${host}:${port}`,
    port,
    cutMode: () => mode,
    stats,
    async cut(next) {
      if (isClosed) return;
      if (mode === 'refuse' && next !== 'refuse') await listen(server, port);
      mode = next;
      if (next === 'swallow') {
        for (const pair of pairs) pair.isSwallowing = true;
        return;
      }
      for (const pair of [...pairs]) drop(pair);
      if (next === 'refuse') stopListening(server);
    },
    async heal() {
      if (isClosed || mode === null) return;
      const was = mode;
      mode = null;
      for (const pair of [...pairs]) if (pair.isSwallowing) drop(pair);
      if (was === 'refuse') await listen(server, port);
    },
    close() {
      isClosed = true;
      mode = 'refuse';
      for (const pair of [...pairs]) drop(pair);
      stopListening(server);
      return Promise.resolve();
    },
  };
}

/** Listens on `port` (0: any free one); retries a port that is briefly still taken. */
async function listen(server: Server, port: number): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host }, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('proxy is not on TCP');
      return address.port;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Closes the listening socket at once, so new connections are refused. Not waiting for the
 * server's close callback: it waits for every connection, and the cut dropped those already.
 */
function stopListening(server: Server): void {
  if (server.listening) server.close();
}
