import { describe, expect, it } from 'vitest';
import { buildCommand, buildOrder, testCommandId } from '../../../src-shared/domain/testing';
import { createManualClock } from '../clock/testing/manual-clock';
import {
  connectionRefused,
  createFakeTransport,
  jsonResponse,
  type TransportCall,
} from '../hub-link/testing/fake-transport';
import { createSyncClient } from './sync-client';
import { SyncRequestError } from './sync-errors';

const hubUrl = 'http://hub.test:7411/';
const stationId = '01JEPACK000000000000000001';

function clientWith(
  respond: (call: TransportCall) => Response | Promise<Response>,
  token: string | null = 'st-token',
) {
  const clock = createManualClock(Date.parse('2026-12-02T08:30:00.000Z'));
  const transport = createFakeTransport(respond);
  const client = createSyncClient({ hubUrl, stationId, transport, clock, stationToken: () => token });
  return { client, transport, clock };
}

function headersOf(call: TransportCall | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(call?.init.headers).entries());
}

/** An event-stream body that hands out `chunks`, then stays open until the test breaks it. */
function streamOf(chunks: readonly string[], connection: { break?: (error: Error) => void } = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      connection.break = (error) => controller.error(error);
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

async function drain(signals: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of signals) {
    // only the end matters
  }
}

function bodyText(call: TransportCall | undefined): string {
  const body = call?.init.body;
  return typeof body === 'string' ? body : '';
}

async function failureOf(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof SyncRequestError))
    throw new Error(`expected a SyncRequestError, got ${String(error)}`);
  return { kind: error.kind, message: error.message };
}

describe('the sync client', () => {
  it('pulls from a checkpoint with the station token, station id and station time on the request', async () => {
    const order = buildOrder();
    const { client, transport } = clientWith(() =>
      jsonResponse(200, { documents: [order], checkpoint: { txid: '812', seq: 4 } }),
    );
    const batch = await client.pull('orders', { txid: '800', seq: 1 }, 500, new AbortController().signal);
    const [call] = transport.calls;
    const url = new URL(call?.url ?? '');
    expect({
      batch,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      method: call?.init.method,
      headers: headersOf(call),
    }).toEqual({
      batch: { documents: [order], checkpoint: { txid: '812', seq: 4 } },
      path: '/api/sync/pull/orders',
      query: { limit: '500', checkpoint: '{"txid":"800","seq":1}' },
      method: 'GET',
      headers: {
        accept: 'application/json',
        authorization: 'Bearer st-token',
        'x-packline-station-id': stationId,
        'x-packline-station-time': '2026-12-02T08:30:00.000Z',
      },
    });
  });

  it('asks for everything on a first pull', async () => {
    const { client, transport } = clientWith(() => jsonResponse(200, { documents: [], checkpoint: null }));
    expect(await client.pull('skus', null, 100, new AbortController().signal)).toEqual({
      documents: [],
      checkpoint: null,
    });
    expect(new URL(transport.calls[0]?.url ?? '').search).toBe('?limit=100');
  });

  it('refuses a pulled document the contract does not allow instead of storing it', async () => {
    const { client } = clientWith(() =>
      jsonResponse(200, {
        documents: [{ ...buildOrder(), status: 'lost' }],
        checkpoint: { txid: '9', seq: 1 },
      }),
    );
    expect(await failureOf(client.pull('orders', null, 10, new AbortController().signal))).toEqual({
      kind: 'invalid',
      message: "The hub's orders pull answer is not in a form this station understands",
    });
  });

  it('pushes commands and answers the hub’s results, one per command', async () => {
    const command = buildCommand('order.held', { orderId: 'order-1', reason: 'manual', note: '' });
    const result = { commandId: command.id, status: 'accepted', at: '2026-12-02T08:30:01.000Z' };
    const { client, transport } = clientWith(() => jsonResponse(200, { results: [result] }));
    expect(await client.pushCommands([command], new AbortController().signal)).toEqual([result]);
    expect({
      path: new URL(transport.calls[0]?.url ?? '').pathname,
      body: JSON.parse(bodyText(transport.calls[0])) as unknown,
      authorization: headersOf(transport.calls[0]).authorization,
    }).toEqual({
      path: '/api/sync/commands',
      body: { commands: [command] },
      authorization: 'Bearer st-token',
    });
  });

  it('does not take results for commands it did not push', async () => {
    const command = buildCommand('order.packed', { orderId: 'order-1' });
    const { client } = clientWith(() =>
      jsonResponse(200, {
        results: [{ commandId: testCommandId(99), status: 'accepted', at: '2026-12-02T08:30:01.000Z' }],
      }),
    );
    expect((await failureOf(client.pushCommands([command], new AbortController().signal))).kind).toBe(
      'invalid',
    );
  });

  it('registers with the person’s session token, not a station token', async () => {
    const { client, transport } = clientWith(
      () => jsonResponse(200, { stationToken: 'new-token', warehouseId: 'wh-sha' }),
      null,
    );
    const answer = await client.register('person-token', { stationId, stationName: 'PACK-0001' });
    expect([answer, headersOf(transport.calls[0]).authorization]).toEqual([
      { stationToken: 'new-token', warehouseId: 'wh-sha' },
      'Bearer person-token',
    ]);
  });

  it('tells an unregistered station, a refusal, a hub failure and no hub apart', async () => {
    const answers = [
      jsonResponse(401, {
        code: 'unauthorized',
        message: 'This station is not registered with the hub — sign in again',
      }),
      jsonResponse(413, { code: 'too_large', message: 'Too many commands' }),
      jsonResponse(503, { code: 'unavailable', message: 'busy' }),
    ];
    const { client } = clientWith(() => answers.shift() ?? connectionRefused());
    const signal = new AbortController().signal;
    const failures = [];
    for (let i = 0; i < 4; i++) failures.push(await failureOf(client.pull('stock', null, 10, signal)));
    expect(failures).toEqual([
      { kind: 'unregistered', message: 'This station is not registered with the hub — sign in again' },
      { kind: 'refused', message: 'The hub refused the pull of stock: Too many commands' },
      { kind: 'server', message: 'The hub had a problem with the pull of stock (HTTP 503); retrying' },
      { kind: 'unreachable', message: 'Hub refused the connection (not running?)' },
    ]);
  });

  it('sends nothing before the station is registered', async () => {
    const { client, transport } = clientWith(() => jsonResponse(200, {}), null);
    expect(await failureOf(client.pull('orders', null, 10, new AbortController().signal))).toEqual({
      kind: 'unregistered',
      message: 'Sign in once to connect this station to the hub',
    });
    expect(transport.calls).toEqual([]);
  });
});

describe('the change stream', () => {
  it('reads change events however the bytes are split, skipping heartbeats and other events', async () => {
    const { client, transport } = clientWith(() =>
      streamOf([
        'retry: 3000\n\n: heartbeat\n\nevent: change\ndata: {"collections":["orders",',
        '"commandResults"]}\n\nevent: hello\ndata: {}\n\n',
        'event: change\r\ndata: {"collections":["stock"]}\r\n\r\n',
        'event: change\ndata: not json\n\n',
      ]),
    );
    const stop = new AbortController();
    const signals = await client.openStream(stop.signal);
    const received = [];
    for await (const signal of signals) {
      received.push(signal.collections);
      if (received.length === 3) break;
    }
    stop.abort();
    expect({
      received,
      path: new URL(transport.calls[0]?.url ?? '').pathname,
      headers: headersOf(transport.calls[0]),
    }).toEqual({
      received: [
        ['orders', 'commandResults'],
        ['stock'],
        // Unreadable data: pull everything rather than miss a change.
        ['skus', 'stock', 'pickLists', 'orders', 'commandResults', 'benchUsers'],
      ],
      path: '/api/sync/stream',
      headers: {
        accept: 'text/event-stream',
        authorization: 'Bearer st-token',
        'x-packline-station-id': stationId,
        'x-packline-station-time': '2026-12-02T08:30:00.000Z',
      },
    });
  });

  it('fails as lost when the connection breaks, as closed when the station ends it, and on 401', async () => {
    const connection: { break?: (error: Error) => void } = {};
    const broken = clientWith(() => streamOf([': heartbeat\n\n'], connection));
    const reading = drain(await broken.client.openStream(new AbortController().signal));
    connection.break?.(new Error('socket hang up'));
    const stop = new AbortController();
    const ended = clientWith(() => streamOf([]));
    const endedReading = drain(await ended.client.openStream(stop.signal));
    stop.abort();
    const refused = clientWith(() =>
      jsonResponse(401, {
        code: 'unauthorized',
        message: 'This station is not registered with the hub — sign in again',
      }),
    );
    expect([
      await failureOf(reading),
      await failureOf(endedReading),
      await failureOf(refused.client.openStream(new AbortController().signal)),
    ]).toEqual([
      { kind: 'unreachable', message: 'The live connection to the hub was lost' },
      { kind: 'unreachable', message: 'The live connection was closed' },
      { kind: 'unregistered', message: 'This station is not registered with the hub — sign in again' },
    ]);
  });
});
