import { type App, type Session, shell } from 'electron';
import type { Logger } from '../core';
import {
  isPageRequestAllowed,
  permissionDecision,
  shouldAllowNavigation,
  windowOpenDecision,
} from './policy';

// Electron's defaults trust the page more than Packline does. Every webContents (our window and
// anything else that ever appears) is guarded when it is created; the decisions are the policy
// module's, this file only wires them to Electron's events (ADR 0004).

/** Refuses navigation away from app://, redirects, new windows and <webview> for every webContents. */
export function guardEveryWebContents(app: App, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    function guard(kind: string) {
      return (event: { preventDefault(): void }, url: string) => {
        if (shouldAllowNavigation(url)) return;
        event.preventDefault();
        log.warn({ url, kind }, 'blocked a navigation away from the app');
      };
    }
    contents.on('will-navigate', guard('navigate'));
    contents.on('will-redirect', guard('redirect'));
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.warn('blocked a <webview>');
    });
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenDecision(url);
      if (decision.openExternally) {
        shell.openExternal(url).catch((error: unknown) => log.warn({ err: error }, 'could not open a link'));
      }
      return { action: decision.action };
    });
  });
}

/**
 * Denies every web permission and device chooser, and cancels the page's requests to the network
 * or the disk: a second wall behind the CSP. The core's calls to the hub use Node's fetch from main
 * and never pass through this session.
 */
export function lockDownSession(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    const decision = permissionDecision(permission);
    if (decision === 'deny') log.warn({ permission }, 'denied a permission request');
    callback(decision === 'grant');
  });
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission) === 'grant');
  session.setDevicePermissionHandler(({ deviceType }) => permissionDecision(deviceType) === 'grant');
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const isAllowed = isPageRequestAllowed(details.url);
    if (!isAllowed) log.warn({ url: details.url }, 'cancelled a request from the page');
    callback({ cancel: !isAllowed });
  });
}
