import type { RxCollection } from 'rxdb';
import type { DbChangedEvent } from '../../../src-shared/db';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { type CoalescerTiming, createChangeCoalescer } from './change-coalescer';

/** The `db.changed` source of one database. */
export type DbChangedSignal = {
  /** Adds a listener; returns the function that removes it. A property: it is handed on detached. */
  readonly onChanged: (listener: (event: DbChangedEvent) => void) => () => void;
  /** Stops watching; no listener hears anything after it. */
  dispose(): void;
};

/**
 * Watches the change stream of every collection (one event per write batch, `eventBulks$`) and
 * tells listeners which collection changed, coalesced per collection. Main forwards it to the
 * renderer as the `db.changed` bridge event; screens refetch what they show from that collection.
 */
export function watchCollectionChanges(
  collections: Readonly<Record<string, RxCollection>>,
  clock: Clock,
  timing: CoalescerTiming,
  logger: Logger,
): DbChangedSignal {
  const listeners = new Set<(event: DbChangedEvent) => void>();
  const coalescer = createChangeCoalescer(clock, timing, (collection) => {
    for (const listener of listeners) {
      try {
        listener({ collection });
      } catch (error) {
        logger.error({ err: error, collection }, 'db.changed listener failed');
      }
    }
  });
  const subscriptions = Object.entries(collections).map(([name, collection]) =>
    collection.eventBulks$.subscribe(() => coalescer.signal(name)),
  );
  return {
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      for (const subscription of subscriptions) subscription.unsubscribe();
      coalescer.dispose();
      listeners.clear();
    },
  };
}
