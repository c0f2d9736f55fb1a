import type { Envelope } from './contract';

/**
 * What the renderer holds to reach main: in Electron the preload exposes it as `window.packline`;
 * in a browser the station host serves the same two verbs over HTTP and SSE.
 */
export type BridgeApi = {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Returns the function that stops the subscription. */
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
};

/** The station host's HTTP face of the bridge (browser mode). */
export const hostPaths = {
  /** POST `${invoke}${channel}` with the JSON input; answers an {@link Envelope} as JSON. */
  invoke: '/bridge/invoke/',
  /** GET: Server-Sent Events, `event: <name>` and `data: <json payload>`. */
  events: '/bridge/events',
} as const;

/** The Electron IPC channel names behind {@link BridgeApi}. */
export const ipcChannels = {
  invoke: 'bridge:invoke',
  event: 'bridge:event',
} as const;

/** The global name under which the preload exposes the bridge. */
export const bridgeGlobalName = 'packline';
