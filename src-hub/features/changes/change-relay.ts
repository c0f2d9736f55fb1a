import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { pullCollections } from '../../../src-shared/hub-api';
import type { ChangeFeed } from '../../db';
import type { Logger } from '../../logging';
import type { ChangeBus, ChangeNote } from './change-bus';

/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more. */
const maxPayloadBytes = 7_500;

const relayedSchema = z.object({
  from: z.string(),
  notes: z.array(
    z.object({
      collection: z.enum(pullCollections),
      warehouseId: z.string().nullable(),
      stationId: z.string().optional(),
    }),
  ),
});

/** The relay of one hub; `stop` before the database closes. */
export type ChangeRelay = { stop(): Promise<void> };

/**
 * Several hubs on one PostgreSQL (DESIGN §1, deployment 3): a station listens to the change stream
 * of one hub but must hear of commits made through any. Each hub sends the notes of its own commits
 * on NOTIFY and publishes the other hubs' notes on its bus. Only the notes travel, never data: a
 * station told to pull pulls from its checkpoint. A note lost on the way costs a later pull; after
 * the listening connection was lost, every collection is announced to every station, since
 * anything may have changed meanwhile.
 */
export function relayChangesAcrossHubs(options: {
  readonly bus: ChangeBus;
  readonly feed: ChangeFeed;
  readonly logger: Logger;
}): ChangeRelay {
  const { bus, feed, logger } = options;
  const hubInstance = randomUUID();

  const unsubscribe = bus.subscribe((notes, origin) => {
    if (origin === 'relayed') return;
    feed
      .notify(payloadOf(hubInstance, notes))
      .catch((error: unknown) => logger.warn({ err: error }, 'could not tell the other hubs of a change'));
  });

  const listening = feed.listen({
    onMessage(payload) {
      const message = readPayload(payload);
      if (message === null) {
        logger.warn({ payload: payload.slice(0, 200) }, 'ignored an unreadable change note of another hub');
        return;
      }
      if (message.from !== hubInstance) bus.publish(message.notes, 'relayed');
    },
    onGap() {
      bus.publish(everything(), 'relayed');
    },
  });

  return {
    async stop() {
      unsubscribe();
      await listening.stop();
    },
  };
}

/** The notes as one NOTIFY payload: each once, or, when too many, every collection they name for everyone. */
export function payloadOf(from: string, notes: readonly ChangeNote[]): string {
  const unique = [...new Map(notes.map((note) => [JSON.stringify(note), note])).values()];
  const exact = JSON.stringify({ from, notes: unique });
  if (Buffer.byteLength(exact) <= maxPayloadBytes) return exact;
  const collections = [...new Set(unique.map((note) => note.collection))];
  return JSON.stringify({
    from,
    notes: collections.map((collection) => ({ collection, warehouseId: null })),
  });
}

function readPayload(payload: string): { from: string; notes: ChangeNote[] } | null {
  let parsed: ReturnType<typeof relayedSchema.safeParse>;
  try {
    parsed = relayedSchema.safeParse(JSON.parse(payload));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const notes = parsed.data.notes.map(({ stationId, ...note }) =>
    stationId === undefined ? note : { ...note, stationId },
  );
  return { from: parsed.data.from, notes };
}

/** Every collection for every station: what a hub that may have missed notes must assume. */
function everything(): ChangeNote[] {
  return pullCollections.map((collection) => ({ collection, warehouseId: null }));
}
