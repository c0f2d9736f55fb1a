import { join } from 'node:path';
import { type Logger, startEmbeddedHub } from '../../core';
import { launchHubInUtilityProcess } from './utility-hub-process';

/** The hub this station talks to. */
export type HubConnection = {
  readonly url: string;
  readonly isEmbedded: boolean;
  /** Stops the embedded hub; nothing to do for a hub elsewhere on the LAN. */
  stop(): Promise<void>;
};

/** Options of {@link connectToHub}. */
export type HubConnectionOptions = {
  /** A hub elsewhere (`PACKLINE_HUB_URL`); when unset the station starts its own. */
  readonly externalHubUrl: string | undefined;
  /** The built hub entry, `hub.js` beside this process's own entry. */
  readonly hubEntry: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly log: Logger;
};

/**
 * Uses the hub named by the environment, or starts the embedded one (PGlite in the app's data
 * folder, demo users on first start) in a utility process.
 */
export async function connectToHub(options: HubConnectionOptions): Promise<HubConnection> {
  if (options.externalHubUrl !== undefined && options.externalHubUrl !== '') {
    options.log.info({ hubUrl: options.externalHubUrl }, 'using the hub named by PACKLINE_HUB_URL');
    return { url: options.externalHubUrl, isEmbedded: false, stop: () => Promise.resolve() };
  }
  const hub = await startEmbeddedHub({
    hubEntry: options.hubEntry,
    dataDir: join(options.dataDir, 'hub'),
    logFile: join(options.logsDir, 'hub.log'),
    demo: true,
    fork: launchHubInUtilityProcess,
  });
  options.log.info({ hubUrl: hub.url, createdUsers: hub.createdUsers }, 'embedded hub started');
  return { url: hub.url, isEmbedded: true, stop: () => hub.stop() };
}
