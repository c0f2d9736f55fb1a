import { z } from 'zod';
import { type LogLevel, logLevels } from '../logging';

/** Everything the hub needs to start, after defaults, config file, environment and flags are merged. */
export type HubConfig = {
  readonly port: number;
  /** Interface to listen on; 127.0.0.1 unless the operator opens the hub to the LAN. */
  readonly host: string;
  /** Absolute path of the data folder (PGlite database, lock, `hub.json`). */
  readonly dataDir: string;
  /**
   * True when the operator named the data folder. A named folder must already exist (a typo must not
   * scatter data into a new folder); the default folder is created on first start.
   */
  readonly isDataDirExplicit: boolean;
  /** PostgreSQL connection string; `null` means the embedded PGlite database in the data folder. */
  readonly databaseUrl: string | null;
  /** Seed demo warehouses and users on first start. */
  readonly demo: boolean;
  /** How many demo orders a first demo start generates (default 10,000). */
  readonly demoOrders: number;
  readonly logLevel: LogLevel;
};

/** Port the hub listens on when nothing else is configured. */
export const defaultHubPort = 7411;

/** Data folder, relative to the current directory, used when none is configured. */
export const defaultDataDir = '.data/hub';

/** Name of the optional config file inside the data folder. */
export const dataDirConfigFileName = 'hub.json';

/** The settings an operator can change, with the zod schema that accepts their raw form. */
export const hubSettingSchemas = {
  port: z
    .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
    .pipe(z.number().int().min(0).max(65_535)),
  host: z.string().trim().min(1).max(255),
  data: z.string().trim().min(1),
  databaseUrl: z
    .string()
    .trim()
    .refine((value) => /^postgres(ql)?:\/\/./.test(value) && URL.canParse(value)),
  demo: z.union([
    z.boolean(),
    z
      .enum(['1', '0', 'true', 'false', 'yes', 'no'])
      .transform((value) => value === '1' || value === 'true' || value === 'yes'),
  ]),
  demoOrders: z
    .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
    .pipe(z.number().int().min(0).max(1_000_000)),
  logLevel: z.enum(logLevels),
} as const;

/** Demo orders generated on a first demo start unless configured otherwise. */
export const defaultDemoOrders = 10_000;

/** Name of one operator setting. */
export type HubSettingName = keyof typeof hubSettingSchemas;

/** What each setting must look like, for error messages. */
export const hubSettingExpectations: Record<HubSettingName, string> = {
  port: 'a whole number from 0 to 65535',
  host: 'a host name or IP address',
  data: 'a folder path',
  databaseUrl: 'a postgres:// or postgresql:// URL',
  demo: 'true or false (1 or 0)',
  demoOrders: 'a whole number from 0 to 1000000',
  logLevel: `one of ${logLevels.join(', ')}`,
};

/** Settings whose values are secret: error messages never repeat them. */
export const secretHubSettings: ReadonlySet<HubSettingName> = new Set(['databaseUrl']);

/** Environment variable of each setting. */
export const hubSettingEnvNames: Record<HubSettingName, string> = {
  port: 'PACKLINE_HUB_PORT',
  host: 'PACKLINE_HUB_HOST',
  data: 'PACKLINE_HUB_DATA',
  databaseUrl: 'DATABASE_URL',
  demo: 'PACKLINE_HUB_DEMO',
  demoOrders: 'PACKLINE_HUB_DEMO_ORDERS',
  logLevel: 'PACKLINE_HUB_LOG_LEVEL',
};

/**
 * Command-line flag of each setting (`--config` and `--help` are handled separately). The database
 * URL has none on purpose: a flag would show its password in every process list.
 */
export const hubSettingFlags = {
  port: 'port',
  host: 'host',
  data: 'data',
  demo: 'demo',
  demoOrders: 'demo-orders',
  logLevel: 'log-level',
} as const satisfies Partial<Record<HubSettingName, string>>;

/** The usage text printed by `--help`. */
export const hubUsage = [
  'Usage: hub [options]',
  '',
  'Options (each overrides the environment, which overrides the config file):',
  `  --port <n>           port to listen on (default ${defaultHubPort}; 0 picks a free one)  [PACKLINE_HUB_PORT]`,
  '  --host <address>     interface to listen on (default 127.0.0.1)  [PACKLINE_HUB_HOST]',
  `  --data <folder>      data folder; must exist (default ./${defaultDataDir}, created)  [PACKLINE_HUB_DATA]`,
  '  --demo               create demo warehouses, users, SKUs and orders on first start  [PACKLINE_HUB_DEMO=1]',
  `  --demo-orders <n>    how many demo orders (default ${defaultDemoOrders})  [PACKLINE_HUB_DEMO_ORDERS]`,
  '  --log-level <level>  fatal, error, warn, info, debug, trace or silent  [PACKLINE_HUB_LOG_LEVEL]',
  `  --config <file>      JSON config file (default: ${dataDirConfigFileName} in the data folder, if present)`,
  '  --help               show this text',
  '',
  'DATABASE_URL (environment or config file "databaseUrl") selects PostgreSQL instead of the embedded database.',
].join('\n');
