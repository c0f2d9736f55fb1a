import type { z } from 'zod';
import type { ChannelName, Envelope, bridgeChannels } from '../../../src-shared/bridge';

/** Who is calling the bridge: one Electron window, or one browser session of the station host. */
export type CallerContext = {
  readonly sessionId: string;
};

/** What a handler receives: the input after its schema parsed it (trimmed, defaults applied). */
export type HandlerInput<N extends ChannelName> = z.output<(typeof bridgeChannels)[N]['input']>;

/** What a handler returns; the dispatcher parses it with the output schema before it leaves. */
export type HandlerResult<N extends ChannelName> = z.input<(typeof bridgeChannels)[N]['output']>;

/** The function behind one channel. Throw an `AppError` to answer an error the person can act on. */
export type BridgeHandler<N extends ChannelName> = (
  input: HandlerInput<N>,
  caller: CallerContext,
) => Promise<HandlerResult<N>> | HandlerResult<N>;

/** One handler per channel of the contract: a missing one is a compile error. */
export type BridgeHandlers = { readonly [N in ChannelName]: BridgeHandler<N> };

/** The one entry point Electron IPC and the station host both call. */
export type Dispatcher = {
  /** Never throws: every outcome is an {@link Envelope}. */
  dispatch(channel: string, input: unknown, caller: CallerContext): Promise<Envelope<unknown>>;
};
