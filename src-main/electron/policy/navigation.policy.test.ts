import { describe, expect, it } from 'vitest';
import {
  isPageRequestAllowed,
  permissionDecision,
  shouldAllowNavigation,
  windowOpenDecision,
} from './navigation.policy';

describe('shouldAllowNavigation', () => {
  it('allows the app’s own pages', () => {
    expect(shouldAllowNavigation('app://packline/index.html')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:3000/',
    'file:///etc/passwd',
    'app://packline.example.com/',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'about:blank',
  ])('refuses %s', (url) => expect(shouldAllowNavigation(url)).toBe(false));
});

describe('windowOpenDecision', () => {
  it('denies every new window and opens nothing outside by default', () => {
    expect(windowOpenDecision('https://example.com/')).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenDecision('app://packline/index.html')).toEqual({
      action: 'deny',
      openExternally: false,
    });
  });

  it('hands only plain https links to the system browser when allowed', () => {
    const allowed = { isExternalHttpsAllowed: true };
    expect(windowOpenDecision('https://example.com/help', allowed)).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(windowOpenDecision('https://user:pw@example.com/', allowed).openExternally).toBe(false);
    expect(windowOpenDecision('http://example.com/', allowed).openExternally).toBe(false);
    expect(windowOpenDecision('file:///C:/Windows/System32/calc.exe', allowed).openExternally).toBe(false);
    expect(windowOpenDecision('smb://server/share', allowed).openExternally).toBe(false);
    expect(windowOpenDecision('not a url', allowed).openExternally).toBe(false);
  });
});

describe('permissionDecision', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'hid',
    'usb',
    'serial',
    'clipboard-read',
    'openExternal',
    'unknown',
  ])('denies %s', (permission) => expect(permissionDecision(permission)).toBe('deny'));
});

describe('isPageRequestAllowed', () => {
  it.each([
    'app://packline/assets/index.js',
    'data:image/png;base64,AAAA',
    'blob:app://packline/1234',
    'devtools://devtools/bundled/x.js',
  ])('lets %s through', (url) => expect(isPageRequestAllowed(url)).toBe(true));

  it.each([
    'https://example.com/',
    'http://127.0.0.1:4000/api',
    'ws://127.0.0.1:4000/',
    'wss://x/',
    'ftp://x/',
    'file:///etc/passwd',
    'not a url',
  ])('cancels %s', (url) => expect(isPageRequestAllowed(url)).toBe(false));
});
