export { createLogger, type Logger, type LoggerOptions } from './create-logger';
export { type LogFile, openLogFile, rotateLogFile } from './log-file';
