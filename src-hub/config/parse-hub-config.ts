import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  dataDirConfigFileName,
  defaultDataDir,
  defaultDemoOrders,
  defaultHubPort,
  type HubConfig,
  type HubSettingName,
  hubSettingEnvNames,
  hubSettingExpectations,
  hubSettingFlags,
  hubSettingSchemas,
  hubUsage,
  secretHubSettings,
} from './hub-config';
import { configError } from './startup-error';

/** Where the configuration comes from; injected so parsing stays a pure function. */
export type HubConfigSources = {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths on the command line and in the environment are resolved against it. */
  readonly cwd: string;
  /** The text of a file, or `undefined` when it does not exist. Other failures throw. */
  readonly readFile: (path: string) => string | undefined;
};

/** What the command line asks for: run with a configuration, or print the usage text. */
export type HubCommand =
  | { readonly kind: 'run'; readonly config: HubConfig }
  | { readonly kind: 'help'; readonly text: string };

/** A raw value and where it came from, so an error can name the place to fix. */
type Setting = { readonly value: unknown; readonly source: string; readonly baseDir: string };

type Layer = Partial<Record<HubSettingName, Setting>>;

const settingNames = Object.keys(hubSettingSchemas) as HubSettingName[]; // keys of a literal object

/**
 * Merges defaults < JSON config file < environment < command-line flags into a {@link HubConfig}.
 * The config file is `--config <file>`, or `hub.json` inside the data folder when it exists.
 * Throws a {@link configError} (exit code 2) with one line that names the setting and its source.
 */
export function parseHubConfig(sources: HubConfigSources): HubCommand {
  const cli = readCommandLine(sources);
  if (cli.isHelp) return { kind: 'help', text: hubUsage };
  const env = readEnvironment(sources);

  const dataDirGuess = settingText(cli.layer.data ?? env.data) ?? resolve(sources.cwd, defaultDataDir);
  const file = cli.configFile ?? resolve(dataDirGuess, dataDirConfigFileName);
  const fileLayer = readConfigFile(file, sources, cli.configFile !== undefined);

  const pick = (name: HubSettingName): Setting | undefined => cli.layer[name] ?? env[name] ?? fileLayer[name];
  const data = pick('data');
  return {
    kind: 'run',
    config: {
      port: validate('port', pick('port')) ?? defaultHubPort,
      host: validate('host', pick('host')) ?? '127.0.0.1',
      dataDir:
        data === undefined
          ? resolve(sources.cwd, defaultDataDir)
          : resolve(data.baseDir, validate('data', data) ?? ''),
      isDataDirExplicit: data !== undefined,
      databaseUrl: validate('databaseUrl', pick('databaseUrl')) ?? null,
      demo: validate('demo', pick('demo')) ?? false,
      demoOrders: validate('demoOrders', pick('demoOrders')) ?? defaultDemoOrders,
      logLevel: validate('logLevel', pick('logLevel')) ?? 'info',
    },
  };
}

function readCommandLine(sources: HubConfigSources): {
  layer: Layer;
  configFile: string | undefined;
  isHelp: boolean;
} {
  const { values } = parseFlags(sources.argv);
  const layer: Layer = {};
  // Object.entries of a literal object: its keys are exactly the setting names.
  for (const [name, flag] of Object.entries(hubSettingFlags) as [HubSettingName, string][]) {
    const value = values[flag];
    if (value !== undefined) layer[name] = { value, source: `--${flag}`, baseDir: sources.cwd };
  }
  const configFlag = values.config;
  return {
    layer,
    configFile: typeof configFlag === 'string' ? resolve(sources.cwd, configFlag) : undefined,
    isHelp: values.help === true,
  };
}

function parseFlags(argv: readonly string[]): { values: Record<string, string | boolean | undefined> } {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        demo: { type: 'boolean' },
        'demo-orders': { type: 'string' },
        'log-level': { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw configError(describeFlagError(error), error);
  }
}

/** node:util's messages are long and suggest `--` tricks; say what is wrong and what is allowed. */
function describeFlagError(error: unknown): string {
  const known = '--port, --host, --data, --config, --demo, --demo-orders, --log-level, --help';
  const code = (error as { code?: unknown }).code; // node:util errors carry a code string
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `Unknown option ${option ?? ''} — known options: ${known}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `Unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''} — options look like --port 7411`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('does not take')
      ? `Option ${option ?? ''} takes no value`
      : `Option ${option ?? ''} needs a value`;
  }
  return `Invalid command line: ${message}`;
}

function readEnvironment(sources: HubConfigSources): Layer {
  const layer: Layer = {};
  for (const name of settingNames) {
    const variable = hubSettingEnvNames[name];
    const value = sources.env[variable];
    // An empty variable is how shells and compose files say "unset".
    if (value !== undefined && value !== '') layer[name] = { value, source: variable, baseDir: sources.cwd };
  }
  return layer;
}

function readConfigFile(path: string, sources: HubConfigSources, isNamed: boolean): Layer {
  let text: string | undefined;
  try {
    text = sources.readFile(path);
  } catch (error) {
    throw configError(`Cannot read config file ${path}: ${errorText(error)}`, error);
  }
  if (text === undefined) {
    if (isNamed) throw configError(`Config file ${path} does not exist`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw configError(`Config file ${path} is not valid JSON: ${errorText(error)}`, error);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw configError(`Config file ${path} must hold a JSON object like {"port": ${defaultHubPort}}`);
  }
  const layer: Layer = {};
  for (const [key, value] of Object.entries(json)) {
    if (!isSettingName(key)) {
      throw configError(
        `Config file ${path} has an unknown setting "${key}" — known: ${settingNames.join(', ')}`,
      );
    }
    if (key === 'data' && !isNamed) {
      throw configError(`Config file ${path} lies inside the data folder, so it cannot move it with "data"`);
    }
    layer[key] = { value, source: `"${key}" in ${path}`, baseDir: dirname(path) };
  }
  return layer;
}

function isSettingName(key: string): key is HubSettingName {
  return (settingNames as string[]).includes(key); // widening only, to ask about any string
}

function validate<N extends HubSettingName>(
  name: N,
  setting: Setting | undefined,
): ReturnType<(typeof hubSettingSchemas)[N]['parse']> | undefined {
  if (setting === undefined) return undefined;
  const result = hubSettingSchemas[name].safeParse(setting.value);
  if (!result.success) {
    const shown = secretHubSettings.has(name) ? '' : ` ${JSON.stringify(setting.value)}`;
    throw configError(`Invalid ${setting.source}${shown} — expected ${hubSettingExpectations[name]}`);
  }
  // safeParse of the schema picked by `name` returns that schema's output type.
  return result.data as ReturnType<(typeof hubSettingSchemas)[N]['parse']>;
}

/** The setting's raw value as a path string, for locating `hub.json` before validation. */
function settingText(setting: Setting | undefined): string | undefined {
  if (setting === undefined || typeof setting.value !== 'string' || setting.value.trim() === '')
    return undefined;
  return resolve(setting.baseDir, setting.value.trim());
}

function errorText(error: unknown): string {
  // fs errors carry an errno code; other errors have only a message.
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}
