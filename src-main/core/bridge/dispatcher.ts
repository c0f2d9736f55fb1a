import type { z } from 'zod';
import {
  bridgeChannels,
  type Channel,
  type ChannelName,
  type Envelope,
  fail,
  isChannelName,
  ok,
  publicChannels,
} from '../../../src-shared/bridge';
import { isAppError } from '../../../src-shared/errors';
import type { Logger } from '../logging';
import type { BridgeHandlers, CallerContext, Dispatcher } from './dispatcher.types';

export type DispatcherOptions = {
  readonly logger: Logger;
  /** True when the caller has signed in; channels outside `publicChannels` need it. */
  readonly isSignedIn: (caller: CallerContext) => boolean;
};

const internalMessage = 'Something went wrong in the station. The details are in its log.';
const maxMessageLength = 300;

/**
 * Builds the bridge dispatcher. Order of checks: known channel → signed in (unless public) → input
 * schema → handler → output schema. Nothing reaches a handler unparsed, and nothing leaves that the
 * contract does not promise.
 */
export function createDispatcher(handlers: BridgeHandlers, options: DispatcherOptions): Dispatcher {
  const { logger } = options;

  async function dispatch(name: string, input: unknown, caller: CallerContext): Promise<Envelope<unknown>> {
    if (!isChannelName(name)) {
      return fail('validation', clip(`Unknown channel "${name.slice(0, 80)}"`));
    }
    if (!publicChannels.has(name) && !options.isSignedIn(caller)) {
      return fail('unauthorized', 'Please sign in first.');
    }
    // A channel of the map, seen through its general type: the names are correlated by isChannelName.
    const contract: Channel = bridgeChannels[name];
    const parsed = contract.input.safeParse(input);
    if (!parsed.success) {
      logger.debug({ channel: name, issues: parsed.error.issues.length }, 'bridge input rejected');
      return fail('validation', clip(`Invalid input for ${name}: ${describeIssues(parsed.error)}`));
    }
    return runHandler(name, contract, parsed.data, caller);
  }

  async function runHandler(
    name: ChannelName,
    contract: Channel,
    input: unknown,
    caller: CallerContext,
  ): Promise<Envelope<unknown>> {
    // handlers[name] expects the parsed input of the same channel `name`, which `input` is.
    const handler = handlers[name] as (input: unknown, caller: CallerContext) => unknown;
    let result: unknown;
    try {
      result = await handler(input, caller);
    } catch (error) {
      if (isAppError(error)) return fail(error.code, error.message, error.reason);
      logger.error({ err: error, channel: name }, 'bridge handler failed');
      return fail('internal', internalMessage);
    }
    const output = contract.output.safeParse(result);
    if (!output.success) {
      logger.error(
        { channel: name, issues: output.error.issues.slice(0, 5) },
        'bridge handler answered outside its contract',
      );
      return fail('internal', internalMessage);
    }
    return ok(output.data);
  }

  return { dispatch };
}

/** The first few problems as one line a person can read: `username: Too small …; password: …`. */
function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.map(String).join('.');
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return parts.join('; ') + more;
}

function clip(message: string): string {
  return message.length <= maxMessageLength ? message : `${message.slice(0, maxMessageLength - 1)}…`;
}
