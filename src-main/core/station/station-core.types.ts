import type { BridgeEventPayload, Envelope, EventName } from '../../../src-shared/bridge';
import type { CallerContext } from '../bridge';
import type { StationDatabase } from '../db';

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
  /**
   * The station database's repositories and change signal, for the features built on it (sync);
   * `null` when it could not be opened (`station.status` says why). Closed by `dispose`.
   */
  readonly database: StationDatabase | null;
  /** Parses `input` against the channel's schema, runs the handler, never throws. */
  dispatch(channel: string, input: unknown, caller: CallerContext): Promise<Envelope<unknown>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: StationEvent) => void): () => void;
  /** Forgets a caller's session (window closed, browser session expired). */
  endSession(sessionId: string): void;
  /** Stops the health loop and devices, closes the database last. Idempotent. */
  dispose(): Promise<void>;
};
