export { createHttpServer, type HubHttpServer } from './create-http-server';
export { type ErrorReply, errorReply, internalErrorMessage, statusOf } from './error-reply';
export { parseInput } from './parse-input';
