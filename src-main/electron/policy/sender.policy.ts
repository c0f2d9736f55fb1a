import { isAppUrl } from './app-url.policy';

/** Who sent an IPC message, as Electron reports it. */
export type IpcSender = {
  /** URL of the sending frame; null once the frame has navigated away or been destroyed. */
  readonly frameUrl: string | null;
  readonly isMainFrame: boolean;
  readonly webContentsId: number;
};

/**
 * True only for the main frame of one of our own windows, showing an app:// page. An iframe, a
 * page that navigated elsewhere, or any other webContents (devtools, a stray window) is refused,
 * even though they could reach `ipcRenderer` only through our preload in the first place.
 */
export function isTrustedSender(sender: IpcSender, knownWebContentsIds: ReadonlySet<number>): boolean {
  return (
    sender.isMainFrame &&
    knownWebContentsIds.has(sender.webContentsId) &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl)
  );
}
