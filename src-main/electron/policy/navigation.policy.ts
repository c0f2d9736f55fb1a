import { isAppUrl } from './app-url.policy';

// Navigation, new windows and permissions: the app is one window showing its own pages. Anything
// else a page asks for is refused here, in Electron-free code, so the rules have unit tests.

/** True when a window may navigate (or be redirected) to `url`: only to the app's own pages. */
export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** What to do with a `window.open` or `target=_blank` request. */
export type WindowOpenDecision = {
  /** Electron's answer: the app never opens a second window for a page. */
  readonly action: 'deny';
  /** Whether to hand the URL to the system browser instead. */
  readonly openExternally: boolean;
};

/** Options of {@link windowOpenDecision}. */
export type WindowOpenOptions = {
  /** Hand plain https links to the system browser. Off: nothing in the app links out yet. */
  readonly isExternalHttpsAllowed?: boolean;
};

function isPlainHttps(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * Always denies the new window. With `isExternalHttpsAllowed`, an https URL (without credentials)
 * goes to the system browser; other schemes (file:, smb:, custom handlers) never leave the app,
 * because the OS may run them.
 */
export function windowOpenDecision(url: string, options: WindowOpenOptions = {}): WindowOpenDecision {
  return { action: 'deny', openExternally: options.isExternalHttpsAllowed === true && isPlainHttps(url) };
}

/** The answer to a page's permission request or check. */
export type PermissionDecision = 'grant' | 'deny';

/**
 * Every web permission (camera, notifications, HID, clipboard read, …) is denied: devices are
 * owned by main and reach the page only through the bridge.
 */
export function permissionDecision(_permission: string): PermissionDecision {
  return 'deny';
}

// Schemes that leave the app: the network and the local file system. Chromium-internal schemes
// (devtools:, data:, blob:) stay allowed; they reach nothing outside the page.
const outsideSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * True when a request the page makes may proceed. The bridge is IPC and the assets are app://, so
 * the page has no business on the network or the disk; this is the wall behind the CSP.
 */
export function isPageRequestAllowed(url: string): boolean {
  try {
    return !outsideSchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
