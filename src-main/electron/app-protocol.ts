import { protocol } from 'electron';
import type { Logger } from '../core';
import { answerAppRequest } from './app-request';
import { appScheme } from './policy';

/**
 * Makes app:// behave like https for the page: a real origin (`standard`), a secure context, and
 * fetch for its own assets. Electron accepts this only before `ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app:// (after `ready`). */
export function serveAppProtocol(rendererDir: string, log: Logger): void {
  protocol.handle(appScheme, (request) => answerAppRequest(request, rendererDir, log));
}
