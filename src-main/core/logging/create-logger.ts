import { type DestinationStream, type Logger, type LevelWithSilent, pino } from 'pino';

export type { Logger } from 'pino';

/** Keys whose values never reach a log line, at any of the first three levels of nesting. */
const sensitiveKeys = [
  'password',
  'token',
  'hubToken',
  'authorization',
  'cookie',
  'phone',
  'address',
  'buyerName',
] as const;

const redactPaths = sensitiveKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export type LoggerOptions = {
  /** Defaults to `info`. */
  level?: LevelWithSilent;
  /** Where JSON lines go; defaults to standard error, so standard output stays for people. */
  destination?: DestinationStream;
};

/**
 * A pino logger for one area of the app (`hub-link`, `host`, …): JSON lines with ISO time,
 * sensitive fields replaced by `[redacted]`. Parts below it use `logger.child({ component })`.
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
