/**
 * Whether the station service itself answers. In Electron it always does (same app); in a browser
 * the station host can be stopped or the network between them lost, which is a different problem
 * from the hub being offline and is shown differently.
 */
export type StationLinkState = 'connecting' | 'connected' | 'unreachable';

/** A readable, subscribable {@link StationLinkState} (fits `useSyncExternalStore`). */
export type StationLink = {
  readonly getState: () => StationLinkState;
  /** Returns the function that unsubscribes. */
  readonly subscribe: (listener: () => void) => () => void;
};

/** The link of the Electron preload: main lives in the same application, it cannot be unreachable. */
export function alwaysConnectedLink(): StationLink {
  return { getState: () => 'connected', subscribe: () => () => undefined };
}
