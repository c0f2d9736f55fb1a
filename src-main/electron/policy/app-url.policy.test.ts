import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appEntryUrl, contentTypeFor, isAppUrl, mapAppUrlToFile } from './app-url.policy';

// The policy does no I/O; a real temporary folder only makes the paths realistic.
const rendererDir = mkdtempSync(join(tmpdir(), 'packline-renderer-'));
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

describe('isAppUrl', () => {
  it.each([appEntryUrl, 'app://packline/', 'app://packline/assets/index-abc.js?v=1#top', 'app://packline'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://packline/index.html',
    'file:///index.html',
    'app://evil/index.html',
    'app://packline.evil.com/index.html',
    'app://user@packline/index.html',
    'app://user:pw@packline/index.html',
    'app://packline:8080/index.html',
    'packline/index.html',
    'javascript:alert(1)',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('mapAppUrlToFile', () => {
  const index = {
    kind: 'file',
    filePath: resolve(rendererDir, 'index.html'),
    contentType: 'text/html; charset=utf-8',
  };

  it('serves an asset from inside the renderer folder with its content type', () => {
    expect(mapAppUrlToFile('app://packline/assets/index-abc.js?v=2', rendererDir)).toEqual({
      kind: 'file',
      filePath: resolve(rendererDir, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('decodes percent-encoded names', () => {
    expect(mapAppUrlToFile('app://packline/fonts/Noto%20Sans.woff2', rendererDir)).toEqual({
      kind: 'file',
      filePath: resolve(rendererDir, 'fonts', 'Noto Sans.woff2'),
      contentType: 'font/woff2',
    });
  });

  it.each([
    'app://packline',
    'app://packline/',
    'app://packline/station',
    'app://packline/orders/42?tab=lines',
  ])('falls back to index.html for the client-side route %s', (url) =>
    expect(mapAppUrlToFile(url, rendererDir)).toEqual(index),
  );

  it.each([
    'app://packline/../secret.txt',
    'app://packline/assets/../../secret.txt',
    'app://packline/%2e%2e/secret.txt',
    'app://packline/%2E%2e/%2e%2E/etc/passwd',
    'app://packline/.%2e/secret.txt',
    'app://packline/assets/..%2f..%2fsecret.txt',
    'app://packline/..%5c..%5csecret.txt',
    'app://packline/assets\\..\\..\\secret.txt',
    'app://packline//etc/passwd',
    'app://packline/%2Fetc%2Fpasswd',
    'app://packline/C:/Windows/win.ini',
    'app://packline/c%3A%5CWindows%5Cwin.ini',
    'app://packline/.env',
    'app://packline/assets/%00.js',
    'app://packline/%E0%A4%A.js',
  ])('refuses the unsafe path %s', (url) => {
    expect(mapAppUrlToFile(url, rendererDir)).toMatchObject({ kind: 'refused', status: 400 });
  });

  it.each(['https://packline/index.html', 'app://other/index.html', 'file:///etc/passwd'])(
    'refuses the foreign URL %s',
    (url) => {
      expect(mapAppUrlToFile(url, rendererDir)).toEqual({
        kind: 'refused',
        status: 404,
        reason: 'not an app URL',
      });
    },
  );
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['beep.wav', 'audio/wav'],
    ['data.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});
