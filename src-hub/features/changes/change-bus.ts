import type { PullCollection } from '../../../src-shared/hub-api';
import type { Logger } from '../../logging';

/**
 * One committed change, as precise as the writer knows it: which collection and whose scope.
 * `warehouseId` null means every warehouse (SKUs); `stationId` set means one station only
 * (command results).
 */
export type ChangeNote = {
  readonly collection: PullCollection;
  readonly warehouseId: string | null;
  readonly stationId?: string;
};

/**
 * Where a batch of notes comes from: a commit of this hub, or one of another hub on the same
 * PostgreSQL, relayed (see `change-relay.ts`).
 */
export type ChangeOrigin = 'local' | 'relayed';

/** A listener; it gets every batch of notes published after a commit. */
export type ChangeListener = (notes: readonly ChangeNote[], origin: ChangeOrigin) => void;

/**
 * The in-process "something changed" signal. Writers publish after their transaction commits
 * (never before: a station told to pull must find the rows); the sync stream listens. It carries
 * no data, only which collections to pull again, so a missed note costs a later pull, not a row.
 */
export type ChangeBus = {
  /** Tells every listener; `origin` is `local` unless the relay passes on another hub's notes. */
  publish(notes: readonly ChangeNote[], origin?: ChangeOrigin): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: ChangeListener): () => void;
};

/** Creates a {@link ChangeBus}. A listener that throws is logged and does not stop the others. */
export function createChangeBus(logger: Logger): ChangeBus {
  const listeners = new Set<ChangeListener>();
  return {
    publish(notes, origin = 'local') {
      if (notes.length === 0) return;
      for (const listener of listeners) {
        try {
          listener(notes, origin);
        } catch (error) {
          logger.error({ err: error }, 'change listener failed');
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True when a station of `warehouseId` with id `stationId` should pull again for `note`. */
export function concernsStation(note: ChangeNote, station: { id: string; warehouseId: string }): boolean {
  if (note.stationId !== undefined) return note.stationId === station.id;
  return note.warehouseId === null || note.warehouseId === station.warehouseId;
}
