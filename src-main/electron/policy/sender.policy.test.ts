import { describe, expect, it } from 'vitest';
import { type IpcSender, isTrustedSender } from './sender.policy';

const ourWindows = new Set([7]);
const trusted: IpcSender = { frameUrl: 'app://packline/index.html', isMainFrame: true, webContentsId: 7 };

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on an app page', () => {
    expect(isTrustedSender(trusted, ourWindows)).toBe(true);
  });

  it.each<[string, IpcSender]>([
    ['an iframe of our window', { ...trusted, isMainFrame: false }],
    ['another webContents', { ...trusted, webContentsId: 8 }],
    ['a page that navigated away', { ...trusted, frameUrl: 'https://example.com/' }],
    ['a look-alike host', { ...trusted, frameUrl: 'app://packline.example.com/' }],
    ['a file page', { ...trusted, frameUrl: 'file:///tmp/index.html' }],
    ['a destroyed frame', { ...trusted, frameUrl: null }],
  ])('refuses %s', (_, sender) => {
    expect(isTrustedSender(sender, ourWindows)).toBe(false);
  });

  it('refuses everyone once no window is known (e.g. after the window closed)', () => {
    expect(isTrustedSender(trusted, new Set())).toBe(false);
  });
});
