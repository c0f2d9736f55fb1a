import {
  type BridgeApi,
  type ChannelName,
  type Envelope,
  type EventName,
  fail,
} from '../../../src-shared/bridge';

type Handler = (input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

/** A {@link BridgeApi} answered by test code: the renderer's port to main, faked. */
export type FakeBridgeApi = BridgeApi & {
  /** Every call in order, so a test can prove that something was not read again. */
  readonly calls: { channel: string; input: unknown }[];
  /** Answers `channel` from now on. */
  handle(channel: ChannelName, handler: Handler): void;
  /** Pushes an event to every subscriber, as main would. */
  emit(event: EventName, payload: unknown): void;
  /** Calls of one channel so far. */
  callsOf(channel: ChannelName): number;
};

/** Builds a fake bridge; a channel without a handler answers `validation`, like main for an unknown one. */
export function createFakeBridgeApi(handlers: Partial<Record<ChannelName, Handler>> = {}): FakeBridgeApi {
  const answers = new Map<string, Handler>(Object.entries(handlers));
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: { channel: string; input: unknown }[] = [];

  return {
    calls,
    async invoke(channel, input) {
      calls.push({ channel, input });
      const handler = answers.get(channel);
      return handler ? handler(input) : fail('validation', `No fake answer for ${channel}.`);
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => {
        set.delete(listener);
      };
    },
    handle(channel, handler) {
      answers.set(channel, handler);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    },
    callsOf(channel) {
      return calls.filter((call) => call.channel === channel).length;
    },
  };
}
