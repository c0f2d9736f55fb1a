import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../src-shared/errors';
import {
  type CreatedUser,
  createStationCore,
  type EmbeddedHub,
  type Logger,
  startEmbeddedHub,
} from '../core';
import { createStationHost } from './create-station-host';
import type { HostConfig } from './host-config';

/** Where the built pieces are, relative to the running entry. */
export type BuiltPaths = { readonly hubEntry: string; readonly rendererDir: string };

/** A station served to browsers, with its hub when it started one. */
export type BrowserStation = {
  readonly url: string;
  readonly hubUrl: string;
  readonly isHubEmbedded: boolean;
  readonly createdUsers: readonly CreatedUser[];
  /** Shutdown order: stop the host accepting → dispose the core → stop the embedded hub. */
  stop(): Promise<void>;
};

/**
 * Starts the embedded hub (demo mode) unless a hub URL is configured, then the station core, then
 * the host. When a later part fails, the parts already running are stopped before the error goes
 * up as an `AppError` with a one-line message.
 */
export async function startBrowserStation(
  config: HostConfig,
  paths: BuiltPaths,
  options: { readonly logger: Logger; readonly appVersion: string },
): Promise<BrowserStation> {
  if (!existsSync(join(paths.rendererDir, 'index.html'))) {
    throw new AppError(
      'unavailable',
      `The app is not built (no ${paths.rendererDir}); run npm run build first`,
    );
  }
  const stack: (() => Promise<void>)[] = [];
  const unwind = async () => {
    for (const stop of stack.reverse()) await stop();
  };
  try {
    let hub: EmbeddedHub | null = null;
    let hubUrl: string;
    if (config.hubUrl === null) {
      hub = await startEmbeddedHub({
        hubEntry: paths.hubEntry,
        dataDir: config.hubDataDir,
        demo: true,
        logger: options.logger.child({ component: 'embedded-hub' }),
      });
      const running = hub;
      stack.push(() => running.stop());
      hubUrl = hub.url;
    } else {
      hubUrl = config.hubUrl;
    }
    const core = await createStationCore({
      dataDir: config.stationDataDir,
      hubUrl,
      isHubEmbedded: hub !== null,
      mode: 'browser',
      appVersion: options.appVersion,
      logger: options.logger,
    });
    stack.push(() => core.dispose());
    const host = await createStationHost({
      core,
      rendererDir: paths.rendererDir,
      port: config.port,
      host: config.host,
      logger: options.logger.child({ component: 'host' }),
    }).catch((error: unknown) => {
      throw listenError(error, config);
    });
    stack.push(() => host.close());
    let stopping: Promise<void> | null = null;
    return {
      url: host.url,
      hubUrl,
      isHubEmbedded: hub !== null,
      createdUsers: hub?.createdUsers ?? [],
      stop() {
        stopping ??= unwind();
        return stopping;
      },
    };
  } catch (error) {
    await unwind();
    throw error;
  }
}

function listenError(error: unknown, config: HostConfig): unknown {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') {
    return new AppError(
      'unavailable',
      `Port ${config.port} is already in use; start with --port <another port> (0 picks a free one)`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new AppError('unavailable', `Cannot listen on ${config.host}: not an address of this machine`);
  }
  if (code === 'EACCES') {
    return new AppError('unavailable', `Not allowed to listen on port ${config.port}; use a port above 1024`);
  }
  return error;
}
