export { AppError, type ErrorCode, errorCodes, isAppError, unreachable } from './app-error';
