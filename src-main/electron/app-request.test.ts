import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest } from './app-request';
import { contentSecurityPolicy } from './policy';

const log = pino({ level: 'silent' });
let root: string;
let rendererDir: string;

beforeAll(() => {
  // A renderer build inside a parent folder that holds a secret: the handler must never reach it.
  root = mkdtempSync(join(tmpdir(), 'packline-app-request-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Packline</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'hub token');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function get(url: string, method = 'GET') {
  const response = await answerAppRequest(new Request(url, { method }), rendererDir, log);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body: await response.text(),
  };
}

describe('answerAppRequest', () => {
  it('serves the entry page with the CSP', async () => {
    expect(await get('app://packline/index.html')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: contentSecurityPolicy,
      body: '<!doctype html><title>Packline</title>',
    });
  });

  it('serves a built asset with its type and nosniff', async () => {
    const response = await answerAppRequest(new Request('app://packline/assets/app.js'), rendererDir, log);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers a client-side route with the entry page', async () => {
    expect(await get('app://packline/station')).toMatchObject({
      status: 200,
      body: '<!doctype html><title>Packline</title>',
    });
  });

  it('answers 404 with the CSP for a missing asset', async () => {
    expect(await get('app://packline/assets/missing.js')).toMatchObject({
      status: 404,
      csp: contentSecurityPolicy,
    });
  });

  // The URL parser (WHATWG here, Chromium in Electron) folds %2e%2e before the handler sees it,
  // so that one lands inside the build and is simply not found; encoded slashes reach the policy.
  it.each([
    ['app://packline/%2e%2e/secret.txt', 404],
    ['app://packline/assets/..%2f..%2fsecret.txt', 400],
    ['app://packline/..%5csecret.txt', 400],
  ])('never reads outside the build for %s (answers %i)', async (url, status) => {
    const answer = await get(url);
    expect(answer).toMatchObject({ status, csp: contentSecurityPolicy });
    expect(answer.body).not.toContain('hub token');
  });

  it('answers HEAD without a body and refuses POST', async () => {
    expect(await get('app://packline/index.html', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect(await get('app://packline/index.html', 'POST')).toMatchObject({ status: 405 });
  });
});
