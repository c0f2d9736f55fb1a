import {
  type BridgeApi,
  type Envelope,
  envelopeSchema,
  fail,
  ipcChannels,
  isChannelName,
  isEventName,
} from '../../src-shared/bridge';

/**
 * The slice of Electron's `ipcRenderer` the bridge uses. A port, so the bridge is tested without
 * Electron; the listener's first argument is Electron's event object, which never reaches the page.
 */
export type RendererIpc = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

type Listener = (payload: unknown) => void;

/** Reports an error thrown by a page listener without stopping the other listeners. */
type ReportError = (error: unknown) => void;

function canCross(input: unknown): boolean {
  try {
    structuredClone(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * The two verbs the page gets. Everything is checked here as well as in main: an unknown channel
 * never leaves the renderer, and main's answer is re-validated as an envelope so the page cannot
 * receive anything else.
 */
export function createPreloadBridge(ipc: RendererIpc, reportError: ReportError): BridgeApi {
  // One IPC listener for all subscriptions, fanned out by event name: a listener per
  // subscription would trip EventEmitter's leak warning once a dozen screens subscribe.
  const listeners = new Map<string, Set<Listener>>();

  function deliver(_event: unknown, name: unknown, payload: unknown): void {
    if (typeof name !== 'string') return;
    for (const listener of listeners.get(name) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        reportError(error);
      }
    }
  }

  function stopListening(name: string, listener: Listener): void {
    const set = listeners.get(name);
    if (set === undefined || !set.delete(listener)) return;
    if (set.size === 0) listeners.delete(name);
    if (listeners.size === 0) ipc.removeListener(ipcChannels.event, deliver);
  }

  async function invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return fail('validation', `Unknown bridge channel: ${String(channel)}`);
    }
    if (!canCross(input)) return fail('validation', 'The input cannot be sent to the station.');
    try {
      const parsed = envelopeSchema.safeParse(await ipc.invoke(ipcChannels.invoke, channel, input));
      return parsed.success
        ? parsed.data
        : fail('internal', 'The station gave an answer the app cannot read.');
    } catch {
      // Main answers envelopes and never throws; a rejection means it has no handler (starting
      // or stopping).
      return fail('unavailable', 'The station is not answering right now.');
    }
  }

  function subscribe(event: string, listener: Listener): () => void {
    // An unknown event is a bug in the page; there is nothing to listen to, so nothing happens.
    if (typeof event !== 'string' || !isEventName(event) || typeof listener !== 'function') {
      return () => undefined;
    }
    if (listeners.size === 0) ipc.on(ipcChannels.event, deliver);
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    // A wrapper per call, so subscribing the same function twice needs two unsubscribes.
    const entry: Listener = (payload) => listener(payload);
    set.add(entry);
    return () => stopListening(event, entry);
  }

  return { invoke, subscribe };
}
