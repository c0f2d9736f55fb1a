import type { BridgeEventPayload, Envelope, EventName } from '../../../src-shared/bridge';
import type { CallerContext } from '../bridge';

export type { CallerContext } from '../bridge';

/** A typed event pushed from main to every renderer. */
export type StationEvent = {
  [N in EventName]: { readonly name: N; readonly payload: BridgeEventPayload<N> };
}[EventName];

/**
 * The station's services behind one dispatcher: what Electron's IPC and the station host both mount.
 * Built once per process by `createStationCore`.
 */
export type StationCore = {
  /** Parses `input` against the channel's schema, runs the handler, never throws. */
  dispatch(channel: string, input: unknown, caller: CallerContext): Promise<Envelope<unknown>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: StationEvent) => void): () => void;
  /** Forgets a caller's session (window closed, browser session expired). */
  endSession(sessionId: string): void;
  /** Stops the health loop and devices, closes the database. Idempotent. */
  dispose(): Promise<void>;
};
