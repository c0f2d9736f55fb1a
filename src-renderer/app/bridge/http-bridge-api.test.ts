// The transport is tested against a real HTTP server; only product code is kept free of Node.
// eslint-disable-next-line no-restricted-imports
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type EventSourceLike, createHttpBridgeApi, type HttpBridge } from './http-bridge-api';

type Request = { method: string; url: string; contentType: string; body: string };

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

/** A real HTTP server standing in for the station host's invoke route. */
async function startHost(answer: (request: Request) => { status: number; body: string }) {
  const requests: Request[] = [];
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        body,
      };
      requests.push(request);
      const { status, body: out } = answer(request);
      res.writeHead(status, { 'content-type': 'application/json' }).end(out);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The test host is not on TCP.');
  const { port } = address;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The browser's EventSource, faked at the port: a test drives open, error and messages. */
class FakeEventSource implements EventSourceLike {
  readyState = 0;
  private readonly listeners = new Map<string, Set<(event: MessageEvent<string>) => void>>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }
  removeEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.get(type)?.delete(listener);
  }
  close() {
    this.readyState = 2;
  }
  fire(type: string, data = '') {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(new MessageEvent(type, { data }));
  }
  open() {
    this.readyState = 1;
    this.fire('open');
  }
  fail(isFinal = false) {
    this.readyState = isFinal ? 2 : 0;
    this.fire('error');
  }
}

const opened: HttpBridge[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const bridge of opened.splice(0)) bridge.dispose();
  for (const close of closers.splice(0)) await close();
});

function streamBridge(reopenDelayMs = 10) {
  const sources: FakeEventSource[] = [];
  const bridge = createHttpBridgeApi({
    baseUrl: 'http://station.test',
    reopenDelayMs,
    openEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
  });
  opened.push(bridge);
  return { bridge, sources };
}

describe('HTTP bridge transport', () => {
  it('posts the JSON input to the channel path and returns the envelope it gets', async () => {
    const host = await startHost(() => ({ status: 200, body: '{"ok":true,"value":{"answer":42}}' }));
    closers.push(host.close);
    const bridge = createHttpBridgeApi({ baseUrl: host.url });
    opened.push(bridge);

    const envelope = await bridge.invoke('auth.signIn', { username: 'packer', password: 'x' });

    expect(envelope).toEqual({ ok: true, value: { answer: 42 } });
    expect(host.requests).toEqual([
      {
        method: 'POST',
        url: '/bridge/invoke/auth.signIn',
        contentType: 'application/json',
        body: '{"username":"packer","password":"x"}',
      },
    ]);
  });

  it('answers an HTTP error without a JSON body as an error envelope', async () => {
    const host = await startHost(() => ({ status: 413, body: 'Payload Too Large' }));
    closers.push(host.close);
    const bridge = createHttpBridgeApi({ baseUrl: host.url });
    opened.push(bridge);

    await expect(bridge.invoke('auth.signIn', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'too_large' },
    });
  });

  it('rejects when nothing answers, so the client can say the station service is unreachable', async () => {
    const host = await startHost(() => ({ status: 200, body: '{}' }));
    await host.close();
    const bridge = createHttpBridgeApi({ baseUrl: host.url });
    opened.push(bridge);

    await expect(bridge.invoke('station.status', {})).rejects.toThrow();
  });

  it('delivers named events as parsed JSON until unsubscribed', () => {
    const { bridge, sources } = streamBridge();
    const received: unknown[] = [];
    const stop = bridge.subscribe('db.changed', (payload) => received.push(payload));
    const source = sources[0]!;
    expect(source.url).toBe('http://station.test/bridge/events');

    source.fire('db.changed', '{"collection":"orders"}');
    source.fire('db.changed', 'not json');
    stop();
    source.fire('db.changed', '{"collection":"later"}');

    expect(received).toEqual([{ collection: 'orders' }]);
  });

  it('calls the station service unreachable only after repeated stream errors, and connected when it opens', () => {
    const { bridge, sources } = streamBridge();
    const seen: string[] = [];
    bridge.link.subscribe(() => seen.push(bridge.link.getState()));
    bridge.subscribe('sync.status', () => undefined);
    const source = sources[0]!;

    source.open();
    source.fail();
    source.fail();
    source.fail();
    source.open();

    expect(seen).toEqual(['connected', 'connecting', 'unreachable', 'connected']);
  });

  it('reopens a stream the browser gave up on and keeps the subscriptions', async () => {
    const { bridge, sources } = streamBridge(5);
    const received: unknown[] = [];
    bridge.subscribe('db.changed', (payload) => received.push(payload));
    sources[0]!.fail(true);

    await vi.waitFor(() => expect(sources).toHaveLength(2));
    sources[1]!.open();
    sources[1]!.fire('db.changed', '{"collection":"devices"}');

    expect(bridge.link.getState()).toBe('connected');
    expect(received).toEqual([{ collection: 'devices' }]);
  });
});
