import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createLogger,
  createSimulatedPrinter,
  createSimulatedScanner,
  createStationCore,
  createSystemClock,
  type SimulatedScanner,
  type StationCore,
} from '../core';
import {
  type FakeHubServer,
  fakeHubUser,
  startFakeHubServer,
} from '../core/hub-link/testing/fake-hub-server';
import { createStationHost, type StationHost } from './index';
import { readServerSentEvents } from './testing/sse-reader';

const logger = createLogger('host-test', { level: 'silent' });
const indexHtml =
  '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/app-1a2b.js"></script></body></html>';

function statusWithHost(port: number, hostHeader: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { port, host: '127.0.0.1', path: '/', headers: { host: hostHeader } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('station host on a real port', () => {
  let root = '';
  let hub: FakeHubServer;
  let core: StationCore;
  let host: StationHost;
  let scanner: SimulatedScanner;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'packline-host-'));
    const rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), indexHtml);
    writeFileSync(join(rendererDir, 'assets', 'app-1a2b.js'), 'console.log("app")');
    hub = await startFakeHubServer();
    scanner = createSimulatedScanner({ clock: createSystemClock() });
    core = await createStationCore({
      dataDir: join(root, 'station'),
      hubUrl: hub.url,
      isHubEmbedded: false,
      mode: 'browser',
      appVersion: '0.1.0-test',
      logger,
      healthIntervalMs: 200,
      devices: { scanners: [scanner], printers: [createSimulatedPrinter()] },
    });
    host = await createStationHost({ core, rendererDir, port: 0, logger, heartbeatMs: 50 });
  });
  afterEach(async () => {
    await host.close();
    await core.dispose();
    await hub.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** A browser: keeps the session cookie the host gives it. */
  function browser() {
    let cookie: string | null = null;
    async function request(path: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      if (cookie !== null) headers.set('cookie', cookie);
      const response = await fetch(host.url + path, { ...init, headers });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie !== null) cookie = setCookie.split(';')[0] ?? null;
      return response;
    }
    async function invoke(channel: string, input: unknown, extra: RequestInit = {}) {
      const response = await request(`/bridge/invoke/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...extra.headers },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    }
    return { request, invoke, cookie: () => cookie };
  }

  it('answers a bridge call with the envelope, sets a strict session cookie and security headers', async () => {
    const response = await fetch(`${host.url}/bridge/invoke/station.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { mode: 'browser', appVersion: '0.1.0-test' },
    });
    expect(response.headers.get('set-cookie')).toMatch(
      /^packline_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers validation for an unknown channel and for a payload that fails its schema', async () => {
    const b = browser();
    expect(await b.invoke('orders.drop', {})).toEqual({
      status: 200,
      body: { ok: false, error: { code: 'validation', message: 'Unknown channel "orders.drop"' } },
    });
    expect(await b.invoke('auth.signIn', { username: '', password: 'x' })).toMatchObject({
      status: 200,
      body: { ok: false, error: { code: 'validation' } },
    });
    expect(hub.requests.filter((r) => r.path === '/api/auth/sign-in')).toEqual([]);
  });

  it('refuses an oversized body with 413, malformed JSON and non-JSON with a validation envelope', async () => {
    const huge = await fetch(`${host.url}/bridge/invoke/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x', password: 'y'.repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({
      ok: false,
      error: { code: 'too_large', message: 'The request is larger than 1 MiB' },
    });
    const malformed = await fetch(`${host.url}/bridge/invoke/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect([malformed.status, await malformed.json()]).toEqual([
      400,
      { ok: false, error: { code: 'validation', message: 'The request body is not valid JSON' } },
    ]);
    const plain = await fetch(`${host.url}/bridge/invoke/auth.signOut`, { method: 'POST', body: '{}' });
    expect(plain.status).toBe(415);
    expect(await plain.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a foreign Origin and a foreign Host name with 403 before anything runs', async () => {
    const b = browser();
    const foreign = await b.invoke(
      'auth.signIn',
      { username: 'packer', password: 'packline' },
      {
        headers: { origin: 'http://evil.example' },
      },
    );
    expect(foreign).toEqual({
      status: 403,
      body: { ok: false, error: { code: 'forbidden', message: 'Requests from other sites are refused' } },
    });
    expect(hub.requests.filter((r) => r.path === '/api/auth/sign-in')).toEqual([]);
    const own = await b.invoke('station.status', {}, { headers: { origin: host.url } });
    expect(own.status).toBe(200);

    // fetch will not send a Host header of our choosing; node:http will, as a rebinding page's browser does.
    const rebound = await statusWithHost(host.port, `attacker.example:${host.port}`);
    expect(rebound).toBe(403);
    expect(await statusWithHost(host.port, `localhost:${host.port}`)).toBe(200);
  });

  it('keeps one session per browser: each signs in on its own', async () => {
    const packer = browser();
    const other = browser();
    await packer.invoke('station.status', {});
    await other.invoke('station.status', {});
    expect(packer.cookie()).not.toBe(other.cookie());

    expect(
      (await packer.invoke('auth.signIn', { username: 'packer', password: 'packline' })).body,
    ).toMatchObject({
      ok: true,
      value: { user: fakeHubUser },
    });
    expect((await packer.invoke('devices.list', {})).body).toMatchObject({ ok: true });
    expect((await other.invoke('devices.list', {})).body).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });

    const forged = await fetch(`${host.url}/bridge/invoke/auth.session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `packline_session=${'A'.repeat(43)}` },
      body: '{}',
    });
    expect(forged.headers.get('set-cookie')).not.toContain('A'.repeat(43));
    expect(await forged.json()).toEqual({ ok: true, value: null });
  });

  it('streams events: the current sync.status first, heartbeats, scans only to signed-in browsers', async () => {
    const packer = browser();
    await packer.invoke('auth.signIn', { username: 'packer', password: 'packline' });
    const packerStream = readServerSentEvents(await packer.request('/bridge/events'));
    const anonymousResponse = await fetch(`${host.url}/bridge/events`);
    expect(anonymousResponse.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(anonymousResponse.headers.get('set-cookie')).toMatch(/^packline_session=/);
    const anonymous = readServerSentEvents(anonymousResponse);

    const first = await packerStream.next('sync.status');
    expect(first.data).toMatchObject({ hubUrl: hub.url, isEmbedded: false });
    await anonymous.next('sync.status');

    scanner.emitScan('ORDER-1001');
    expect((await packerStream.next('scan.received')).data).toMatchObject({ code: 'ORDER-1001' });

    await hub.stop();
    expect((await anonymous.next('sync.status')).data).toMatchObject({ state: 'connecting' });
    expect(anonymous.all.map((e) => e.event)).not.toContain('scan.received');
    expect(packerStream.comments).toContain('heartbeat');

    await host.close();
    await Promise.all([packerStream.ended, anonymous.ended]);
  });

  it('serves the built renderer, falls back to index.html for app routes, and 404s the rest', async () => {
    const index = await fetch(`${host.url}/`);
    expect([index.status, await index.text()]).toEqual([200, indexHtml]);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");

    const asset = await fetch(`${host.url}/assets/app-1a2b.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');

    const route = await fetch(`${host.url}/station/devices`, { headers: { accept: 'text/html' } });
    expect([route.status, await route.text()]).toEqual([200, indexHtml]);

    const missing = await fetch(`${host.url}/assets/nope.js`);
    expect(missing.status).toBe(404);
    const bridge = await fetch(`${host.url}/bridge/nothing`, { headers: { accept: 'text/html' } });
    expect([bridge.status, await bridge.json()]).toEqual([
      404,
      { ok: false, error: { code: 'not_found', message: 'Not found' } },
    ]);
  });
});
