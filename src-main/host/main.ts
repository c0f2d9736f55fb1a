// The station host for browsers: `npm start` where there is no Electron, the end-to-end tests, and
// handheld terminals. Prints for people on stdout; logs JSON lines to a file in the data folder.
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppError } from '../../src-shared/errors';
import { createLogger, type LogFile, openLogFile } from '../core';
import { hostBanner } from './host-banner';
import { type HostConfig, parseHostConfig } from './host-config';
import { isLoopbackHost } from './request-guard';
import { startBrowserStation } from './start-browser-station';

async function main(): Promise<void> {
  const parsed = parseHostConfig(process.argv.slice(2), process.env, process.cwd());
  if (parsed.kind === 'help') return void process.stdout.write(parsed.text);
  if (parsed.kind === 'error') return exitWithError(parsed.message);
  const { config } = parsed;

  const logPath = join(config.stationDataDir, 'logs', 'station-host.log');
  let logFile: LogFile;
  try {
    logFile = openLogFile(logPath);
  } catch (error) {
    return exitWithError(`Cannot use the data folder ${config.dataDir}: ${messageOf(error)}`);
  }
  const logger = createLogger('station-host', { destination: logFile });
  const paths = {
    hubEntry: fileURLToPath(new URL('./hub.js', import.meta.url)),
    rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
  };

  let station;
  try {
    station = await startBrowserStation(config, paths, { logger, appVersion: readAppVersion() });
  } catch (error) {
    logger.error({ err: error }, 'station host did not start');
    logFile.end();
    return exitWithError(isAppError(error) ? error.message : `Could not start: ${messageOf(error)}`);
  }
  const running = station;

  process.stdout.write(
    hostBanner({ ...running, logFile: logPath, lanUrls: lanUrls(config, new URL(running.url).port) }, config),
  );
  process.send?.({ type: 'ready', url: running.url });

  let isStopping = false;
  const shutDown = (reason: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ reason }, 'shutting down');
    running
      .stop()
      .catch((error: unknown) => logger.error({ err: error }, 'shutdown failed'))
      .finally(() => {
        logFile.end();
        process.exit(0);
      });
  };
  process.once('SIGINT', () => shutDown('SIGINT'));
  process.once('SIGTERM', () => shutDown('SIGTERM'));
  // Started by a test or benchmark over IPC: when that parent goes away, so does the station.
  if (process.send !== undefined) process.once('disconnect', () => shutDown('parent disconnected'));
}

function exitWithError(message: string): void {
  process.stderr.write(`packline: ${message}\n`);
  process.exitCode = 2;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The version in package.json next to the build (out/main → ../../package.json). */
function readAppVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const json = JSON.parse(text) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function lanUrls(config: HostConfig, port: string): string[] {
  if (isLoopbackHost(config.host)) return [];
  if (config.host !== '0.0.0.0' && config.host !== '::') return [];
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && address.family === 'IPv4' && !address.internal)
    .map((address) => `http://${address?.address}:${port}`);
}

void main();
