import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/** Levels a hub operator may choose. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** One of {@link logLevels}. */
export type LogLevel = (typeof logLevels)[number] & LevelWithSilent;

/** Keys whose values never reach a log line, at any of the first three levels of nesting. */
const sensitiveKeys = ['password', 'passwordHash', 'token', 'authorization', 'cookie'] as const;

const redactPaths = sensitiveKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export type LoggerOptions = {
  /** Defaults to `info`. */
  level?: LogLevel;
  /** Where JSON lines go; defaults to standard error, so standard output stays for people. */
  destination?: DestinationStream;
};

/**
 * A pino logger for one area of the hub (`hub`, `http`, `db`, …): JSON lines with ISO time,
 * passwords, tokens and authorization headers replaced by `[redacted]`. Request logs carry headers
 * under `req.headers`, which the third nesting level covers.
 */
export function createLogger(area: string, options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { area },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
