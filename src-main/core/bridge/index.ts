export { createDispatcher, type DispatcherOptions } from './dispatcher';
export type {
  BridgeHandler,
  BridgeHandlers,
  CallerContext,
  Dispatcher,
  HandlerInput,
  HandlerResult,
} from './dispatcher.types';
