import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type Envelope, fail, ipcChannels } from '../../src-shared/bridge';
import type { Logger, StationCore } from '../core';
import { type IpcSender, isTrustedSender } from './policy';
import type { StationWindows } from './station-window';

/** The bridge mounted on Electron IPC. */
export type BridgeIpc = {
  /** First shutdown step: calls get `unavailable`, events stop. Idempotent. */
  stopAccepting(): void;
};

/** The session id a window's calls run under; ended when the window closes. */
export function windowSessionId(webContentsId: number): string {
  return `window-${webContentsId}`;
}

function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
    webContentsId: event.sender.id,
  };
}

/**
 * Answers `ipcChannels.invoke` with the core's dispatcher and forwards the core's events to our
 * windows. Every call's sender is checked first: only the main frame of one of our windows, on an
 * app:// page, reaches the core. The core parses the channel and input; this layer adds nothing
 * but the caller's session.
 */
export function registerBridgeIpc(
  ipcMain: IpcMain,
  core: StationCore,
  windows: StationWindows,
  log: Logger,
): BridgeIpc {
  let isAccepting = true;

  async function answer(
    event: IpcMainInvokeEvent,
    channel: unknown,
    input: unknown,
  ): Promise<Envelope<unknown>> {
    if (!isAccepting) return fail('unavailable', 'The station is shutting down.');
    const sender = senderOf(event);
    if (!isTrustedSender(sender, windows.webContentsIds)) {
      log.warn({ sender, channel }, 'refused a bridge call from an untrusted sender');
      return fail('forbidden', 'This page may not use the station bridge.');
    }
    if (typeof channel !== 'string') return fail('validation', 'The channel must be a string.');
    try {
      return await core.dispatch(channel, input, { sessionId: windowSessionId(sender.webContentsId) });
    } catch (error) {
      // dispatch promises not to throw; if it ever does, the page still gets an envelope and the
      // details stay in the log.
      log.error({ err: error, channel }, 'bridge dispatch threw');
      return fail('internal', 'The station could not complete this request.');
    }
  }

  ipcMain.handle(ipcChannels.invoke, answer);
  const stopEvents = core.onEvent((event) => windows.broadcast(ipcChannels.event, event.name, event.payload));

  return {
    stopAccepting() {
      if (!isAccepting) return;
      isAccepting = false;
      stopEvents();
    },
  };
}
