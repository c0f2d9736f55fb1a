import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** How the station host for browsers is started. */
export type HostConfig = {
  /** The data root: station data in `<root>/station`, the embedded hub's in `<root>/hub`. */
  readonly dataDir: string;
  readonly stationDataDir: string;
  readonly hubDataDir: string;
  /** A hub to connect to; null starts an embedded hub (demo mode) instead. */
  readonly hubUrl: string | null;
  readonly port: number;
  readonly host: string;
};

/** The result of reading flags and environment: start, show help, or explain a mistake in one line. */
export type HostConfigResult =
  | { readonly kind: 'start'; readonly config: HostConfig }
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'error'; readonly message: string };

export const defaultHostPort = 5170;

export const hostUsage = `Usage: packline-station [options]
  --data DIR      data folder (env PACKLINE_DATA; default ./.data)
  --hub-url URL   use this hub instead of starting one (env PACKLINE_HUB_URL)
  --port N        port to serve the station on (env PACKLINE_PORT; default ${defaultHostPort}; 0 = any free)
  --host H        address to listen on (env PACKLINE_HOST; default 127.0.0.1; 0.0.0.0 for handhelds)
  --help          show this text
`;

/** Reads flags first, then environment, then defaults. Never throws. */
export function parseHostConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): HostConfigResult {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        'hub-url': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    const reason = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(
      /\.+$/,
      '',
    );
    return { kind: 'error', message: `${reason}. Run with --help to see the options.` };
  }
  if (values.help === true) return { kind: 'help', text: hostUsage };

  const text = (flag: string, envName: string): string | undefined => {
    const value = values[flag];
    return typeof value === 'string' ? value : nonEmpty(env[envName]);
  };
  const port = parsePort(text('port', 'PACKLINE_PORT'));
  if (port === null) return { kind: 'error', message: 'The port must be a whole number from 0 to 65535.' };
  const hubUrl = text('hub-url', 'PACKLINE_HUB_URL') ?? null;
  if (hubUrl !== null && !isHttpUrl(hubUrl)) {
    return { kind: 'error', message: `The hub URL must look like http://hub.local:5180 (got "${hubUrl}").` };
  }
  const dataOption = text('data', 'PACKLINE_DATA') ?? '.data';
  const dataDir = isAbsolute(dataOption) ? dataOption : resolve(cwd, dataOption);
  return {
    kind: 'start',
    config: {
      dataDir,
      stationDataDir: join(dataDir, 'station'),
      hubDataDir: join(dataDir, 'hub'),
      hubUrl: hubUrl === null ? null : hubUrl.replace(/\/+$/, ''),
      port,
      host: text('host', 'PACKLINE_HOST') ?? '127.0.0.1',
    },
  };
}

function parsePort(value: string | undefined): number | null {
  if (value === undefined) return defaultHostPort;
  if (!/^\d{1,5}$/.test(value)) return null;
  const port = Number(value);
  return port <= 65535 ? port : null;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
