import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { User } from '../../../../src-shared/features/auth';
import { hubPaths, stationIdHeader, stationTimeHeader } from '../../../../src-shared/hub-api';

/** What a fake hub saw: enough to assert on headers a real hub relies on. */
export type RecordedHubRequest = {
  readonly method: string;
  readonly path: string;
  readonly stationTime: string | undefined;
  readonly stationId: string | undefined;
};

/**
 * A stand-in for the hub at the network port: real HTTP on 127.0.0.1, the three endpoints the
 * station uses, one user `packer` / `packline`. It can be stopped and started again on the same port.
 */
export type FakeHubServer = {
  readonly url: string;
  readonly requests: RecordedHubRequest[];
  /** Hub time = real time + this, to test clock offsets. */
  hubClockSkewMs: number;
  stop(): Promise<void>;
  restart(): Promise<void>;
};

export const fakeHubUser: User = {
  id: 'user-packer',
  username: 'packer',
  displayName: 'Packer Demo',
  role: 'packer',
  warehouseId: null,
};

const fakeToken = 'fake-token-packer';

/** Starts a {@link FakeHubServer} on a free port (or `port`). */
export async function startFakeHubServer(port = 0): Promise<FakeHubServer> {
  const requests: RecordedHubRequest[] = [];
  const startedAt = new Date().toISOString();
  let server: Server | null = null;
  let boundPort = port;

  function answer(request: IncomingMessage, response: ServerResponse, body: string): void {
    const path = request.url ?? '';
    requests.push({
      method: request.method ?? '',
      path,
      stationTime: header(request, stationTimeHeader),
      stationId: header(request, stationIdHeader),
    });
    const send = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (request.method === 'GET' && path === hubPaths.health) {
      const hubTime = new Date(Date.now() + hub.hubClockSkewMs).toISOString();
      return send(200, { status: 'ok', version: '0.0.0-fake', engine: 'pglite', hubTime, startedAt });
    }
    if (request.method === 'POST' && path === hubPaths.signIn) {
      const credentials = JSON.parse(body) as { username?: string; password?: string };
      if (credentials.username === 'packer' && credentials.password === 'packline') {
        const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
        return send(200, { token: fakeToken, expiresAt, user: fakeHubUser });
      }
      return send(401, { code: 'unauthorized', message: 'Wrong username or password' });
    }
    if (request.method === 'GET' && path === hubPaths.me) {
      if (request.headers.authorization === `Bearer ${fakeToken}`) return send(200, { user: fakeHubUser });
      return send(401, { code: 'unauthorized', message: 'Sign in again' });
    }
    return send(404, { code: 'not_found', message: 'No such endpoint' });
  }

  async function listen(): Promise<void> {
    const next = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => answer(request, response, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(boundPort, '127.0.0.1', () => resolve());
    });
    // A server listening on a TCP port has an AddressInfo address (a string only for pipes).
    boundPort = (next.address() as AddressInfo).port;
    server = next;
  }

  await listen();
  const hub: FakeHubServer = {
    url: `http://127.0.0.1:${boundPort}`,
    requests,
    hubClockSkewMs: 0,
    stop: async () => {
      const running = server;
      server = null;
      if (running === null) return;
      running.closeAllConnections();
      await new Promise<void>((resolve, reject) => running.close((e) => (e ? reject(e) : resolve())));
    },
    restart: async () => {
      await hub.stop();
      await listen();
    },
  };
  return hub;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
