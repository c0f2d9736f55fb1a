import { BrowserWindow, type WebContents } from 'electron';
import { appEntryUrl, isAppUrl } from './policy';

/** Options of {@link createStationWindows}. */
export type StationWindowOptions = {
  /** Absolute path of the built preload (`index.cjs`). */
  readonly preloadPath: string;
  /** DevTools only in development: a packaged station has no console to paste into. */
  readonly isDevToolsAllowed: boolean;
  /** Called once per window whose page is gone, with its webContents id (to end its session). */
  readonly onClosed: (webContentsId: number) => void;
};

/** The app's windows: the only webContents the bridge answers and sends events to. */
export type StationWindows = {
  /** Ids of the live windows' webContents, for the sender policy. */
  readonly webContentsIds: ReadonlySet<number>;
  /** Opens a window on the app and resolves once its page has loaded. */
  open(): Promise<void>;
  /** Brings the first window to the front (a second instance was started). */
  focus(): void;
  /** Sends an IPC message to every window that still shows an app page. */
  broadcast(channel: string, ...args: unknown[]): void;
};

function makeWindow(options: StationWindowOptions): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Packline',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.isDevToolsAllowed,
    },
  });
}

function isShowingApp(contents: WebContents): boolean {
  return !contents.isDestroyed() && isAppUrl(contents.getURL());
}

/** Builds the window set; no window exists until {@link StationWindows.open}. */
export function createStationWindows(options: StationWindowOptions): StationWindows {
  const windows = new Map<number, BrowserWindow>();

  async function open(): Promise<void> {
    const window = makeWindow(options);
    // The id is read now: once the webContents is destroyed it can no longer be asked.
    const id = window.webContents.id;
    windows.set(id, window);
    window.webContents.once('destroyed', () => {
      windows.delete(id);
      options.onClosed(id);
    });
    window.once('ready-to-show', () => window.show());
    await window.loadURL(appEntryUrl);
  }

  function focus(): void {
    const [window] = windows.values();
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  function broadcast(channel: string, ...args: unknown[]): void {
    for (const window of windows.values()) {
      if (isShowingApp(window.webContents)) window.webContents.send(channel, ...args);
    }
  }

  return {
    get webContentsIds() {
      return new Set(windows.keys());
    },
    open,
    focus,
    broadcast,
  };
}
