import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, session } from 'electron';
import {
  createLogger,
  createStationCore,
  type LogFile,
  type Logger,
  openLogFile,
  type StationCore,
} from '../core';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { type BridgeIpc, registerBridgeIpc, windowSessionId } from './bridge-ipc';
import { connectToHub, type HubConnection } from './hub/hub-connection';
import { createShutdownPlan, type ShutdownPlan } from './policy';
import { guardEveryWebContents, lockDownSession } from './security';
import { createStationWindows, type StationWindows } from './station-window';

// Composition root of the Electron station. Built layout: out/main/index.js (this), hub.js beside
// it, out/preload/index.cjs, out/renderer/. Start-up order: single-instance lock → privileged
// scheme and guards (before ready) → hub → core → protocol, IPC, window. Shutdown: the plan.

const builtPaths = {
  renderer: fileURLToPath(new URL('../renderer', import.meta.url)),
  preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
  hubEntry: fileURLToPath(new URL('./hub.js', import.meta.url)),
};

/** What has been started so far: shutdown stops exactly that. */
type Started = { hub?: HubConnection; core?: StationCore; ipc?: BridgeIpc; windows?: StationWindows };

/** Where this process writes: the shell's and the core's lines share one file. */
type Logs = { readonly dir: string; readonly file: LogFile; readonly shell: Logger };

async function startStation(started: Started, logs: Logs): Promise<void> {
  const dataDir = app.getPath('userData');
  const log = logs.shell;
  lockDownSession(session.defaultSession, log);
  serveAppProtocol(builtPaths.renderer, log);

  started.hub = await connectToHub({
    externalHubUrl: process.env.PACKLINE_HUB_URL,
    hubEntry: builtPaths.hubEntry,
    dataDir,
    logsDir: logs.dir,
    log,
  });
  const core = await createStationCore({
    dataDir: join(dataDir, 'station'),
    hubUrl: started.hub.url,
    isHubEmbedded: started.hub.isEmbedded,
    mode: 'electron',
    appVersion: app.getVersion(),
    locale: app.getLocale(),
    logger: createLogger('station', { destination: logs.file }),
  });
  started.core = core;
  const windows = createStationWindows({
    preloadPath: builtPaths.preload,
    isDevToolsAllowed: !app.isPackaged,
    onClosed: (id) => core.endSession(windowSessionId(id)),
  });
  started.windows = windows;
  started.ipc = registerBridgeIpc(ipcMain, core, windows, log);
  await windows.open();
}

function planShutdown(
  started: Started,
  startup: Promise<void>,
  log: Logger,
  exitCode: () => number,
): ShutdownPlan {
  return createShutdownPlan(
    {
      stopIpc: () => started.ipc?.stopAccepting(),
      // A quit during start-up (Ctrl+C while the hub starts) waits for it, so what is starting
      // is stopped too instead of being cut off mid-write.
      disposeCore: async () => {
        await startup.catch(() => undefined);
        await started.core?.dispose();
      },
      stopHub: () => started.hub?.stop(),
      // app.exit skips before-quit; it is only for a failed start, where the plan has run anyway.
      quit: () => (exitCode() === 0 ? app.quit() : app.exit(exitCode())),
    },
    { onStepFailed: ({ step, error }) => log.error({ err: error, step }, 'a shutdown step failed') },
  );
}

function explain(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The process's log; undefined (after telling the person why) when the data folder is unusable. */
function openLogs(dir: string): Logs | undefined {
  try {
    const file = openLogFile(join(dir, 'station.log'));
    return { dir, file, shell: createLogger('electron', { destination: file }) };
  } catch (error) {
    dialog.showErrorBox('Packline could not start', `The data folder cannot be written: ${explain(error)}`);
    app.exit(1);
    return undefined;
  }
}

function main(): void {
  // A second `Packline` focuses the first one (see second-instance) and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const logs = openLogs(join(app.getPath('userData'), 'logs'));
  if (logs === undefined) return;
  const log = logs.shell;
  app.enableSandbox();
  registerAppScheme();
  guardEveryWebContents(app, log);

  const started: Started = {};
  let exitCode = 0;
  const startup = app.whenReady().then(() => startStation(started, logs));
  const shutdown = planShutdown(started, startup, log, () => exitCode);

  app.on('second-instance', () => started.windows?.focus());
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (shutdown.isQuitAllowed) return;
    event.preventDefault();
    void shutdown.request();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());

  startup.catch((error: unknown) => {
    log.fatal({ err: error }, 'the station could not start');
    dialog.showErrorBox('Packline could not start', `${explain(error)}\n\nLog: ${logs.dir}`);
    exitCode = 1;
    void shutdown.request();
  });
}

main();
