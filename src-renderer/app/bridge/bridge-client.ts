import {
  type BridgeApi,
  type BridgeEventPayload,
  type BridgeInput,
  type BridgeOutput,
  bridgeChannels,
  bridgeEvents,
  type ChannelName,
  type EventName,
  envelopeSchema,
} from '../../../src-shared/bridge';
import { BridgeError } from './bridge-error';

/** The typed face of the bridge the renderer's hooks use. */
export type BridgeClient = {
  /** Resolves with the channel's output, checked against its schema; rejects with a {@link BridgeError}. */
  invoke<N extends ChannelName>(name: N, input: BridgeInput<N>): Promise<BridgeOutput<N>>;
  /** Payloads that fail the event's schema never reach `listener`. Returns the unsubscribe function. */
  subscribe<N extends EventName>(name: N, listener: (payload: BridgeEventPayload<N>) => void): () => void;
};

/**
 * Wraps the untyped two-verb {@link BridgeApi} (preload or station host). Main already validates
 * what it answers, but the renderer checks again: a station and a renderer of different versions
 * must fail loudly at the boundary, not deep inside a screen.
 */
export function createBridgeClient(api: BridgeApi): BridgeClient {
  return {
    async invoke<N extends ChannelName>(name: N, input: BridgeInput<N>): Promise<BridgeOutput<N>> {
      let answer: unknown;
      try {
        answer = await api.invoke(name, input);
      } catch (cause) {
        throw new BridgeError('unavailable', 'The station service did not answer.', {
          isStationUnreachable: true,
          cause,
        });
      }
      const envelope = envelopeSchema.safeParse(answer);
      if (!envelope.success) {
        throw new BridgeError('internal', `The station sent an unreadable answer to ${name}.`);
      }
      if (!envelope.data.ok) {
        throw new BridgeError(envelope.data.error.code, envelope.data.error.message, {
          reason: envelope.data.error.reason,
        });
      }
      const output = bridgeChannels[name].output.safeParse(envelope.data.value);
      if (!output.success) {
        throw new BridgeError('internal', `The station's answer to ${name} does not match the contract.`);
      }
      // Indexing the channel map with a generic N widens the schema to the union of all channels;
      // the parse above used exactly channel N's schema, so the value is channel N's output.
      return output.data as BridgeOutput<N>;
    },
    subscribe<N extends EventName>(name: N, listener: (payload: BridgeEventPayload<N>) => void): () => void {
      const schema = bridgeEvents[name];
      return api.subscribe(name, (payload) => {
        const parsed = schema.safeParse(payload);
        // An event that breaks the contract is dropped: the next status read repairs the screen,
        // while a malformed payload would break it.
        // As above: parsed with exactly event N's schema.
        if (parsed.success) listener(parsed.data as BridgeEventPayload<N>);
      });
    },
  };
}
