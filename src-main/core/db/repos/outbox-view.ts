import type { RxChangeEvent, RxCollection } from 'rxdb';
import type { CommandDoc, CommandResultDoc } from '../../../../src-shared/db';
import { type Command, commandSchema } from '../../../../src-shared/domain';

/** One command of the outbox, parsed once, with the hub's result when it has come. */
export type OutboxRow = {
  readonly doc: CommandDoc;
  /** Null for a command type this build does not know (stored by an older one). */
  readonly command: Command | null;
  readonly result: CommandResultDoc | undefined;
};

/** The outbox joined with its results, kept in memory and current. */
export type OutboxView = {
  /** Every row, in no particular order. The first call reads the collections; later ones do not. */
  rows(): Promise<readonly OutboxRow[]>;
  /** Takes a command written here into the view at once, without waiting for its change event. */
  noteCommand(doc: CommandDoc): void;
  /** Same for results written here. */
  noteResults(docs: readonly CommandResultDoc[]): void;
  /** Marks accepted commands whose effect the pulled orders now show (see `CommandsRepo.settle`). */
  settle(commandIds: Iterable<string>): void;
  /** True once {@link OutboxView.settle} marked the command. */
  isSettled(commandId: string): boolean;
};

/**
 * Every issue at the bench checks the new command against the order as the station shows it,
 * which needs the outbox and its results. Reading and parsing the whole outbox for each scan cost
 * 135 ms median with a few thousand commands; the view reads it once and then follows the two
 * collections' change streams (replication writes results behind the repository's back). Writes
 * made through the repository are also noted directly, so a read right after a write sees it even
 * before the change event arrives; notes and events are idempotent upserts by id.
 */
export function createOutboxView(
  commands: RxCollection<CommandDoc>,
  results: RxCollection<CommandResultDoc>,
): OutboxView {
  const byId = new Map<string, OutboxRow>();
  // Kept in memory only: after a restart the first optimistic view marks them again.
  const settled = new Set<string>();
  const resultsWithoutCommand = new Map<string, CommandResultDoc>();
  let loading: Promise<void> | null = null;
  // Changes seen before the first read finished are applied after it, so none is lost.
  let early: (() => void)[] | null = [];

  function putCommand(doc: CommandDoc): void {
    const existing = byId.get(doc.id);
    if (existing !== undefined) return;
    const result = resultsWithoutCommand.get(doc.id);
    resultsWithoutCommand.delete(doc.id);
    byId.set(doc.id, { doc, command: commandOfDoc(doc), result });
  }

  function putResult(result: CommandResultDoc): void {
    const row = byId.get(result.commandId);
    if (row === undefined) resultsWithoutCommand.set(result.commandId, result);
    else byId.set(result.commandId, { ...row, result });
  }

  function whenLoaded(apply: () => void): void {
    if (early === null) apply();
    else early.push(apply);
  }

  commands.$.subscribe((event: RxChangeEvent<CommandDoc>) => {
    if (event.operation === 'DELETE') {
      whenLoaded(() => {
        byId.delete(event.documentId);
        settled.delete(event.documentId);
      });
    } else whenLoaded(() => putCommand(plainDoc(event.documentData)));
  });
  results.$.subscribe((event: RxChangeEvent<CommandResultDoc>) => {
    if (event.operation !== 'DELETE') whenLoaded(() => putResult(plainDoc(event.documentData)));
  });

  async function load(): Promise<void> {
    const all = await commands.find().exec();
    for (const doc of all) putCommand(doc.toMutableJSON());
    if (all.length > 0) {
      const answered = await results.findByIds(all.map((doc) => doc.id)).exec();
      for (const doc of answered.values()) putResult(doc.toMutableJSON());
    }
    const queued = early ?? [];
    early = null;
    for (const apply of queued) apply();
  }

  return {
    async rows() {
      loading ??= load();
      await loading;
      return [...byId.values()];
    },
    noteCommand: (doc) => whenLoaded(() => putCommand(doc)),
    noteResults: (docs) => whenLoaded(() => docs.forEach(putResult)),
    settle(commandIds) {
      for (const id of commandIds) settled.add(id);
    },
    isSettled: (commandId) => settled.has(commandId),
  };
}

/** A change event carries the stored document with RxDB's own `_meta`, `_rev`… fields. */
function plainDoc<Doc>(data: Doc): Doc {
  // The stored document is the schema's fields plus underscore-prefixed bookkeeping fields.
  return Object.fromEntries(Object.entries(data as object).filter(([key]) => !key.startsWith('_'))) as Doc;
}

/**
 * A stored command as the domain sees it, or null for a record of a command type this version does
 * not know (stored by an older build): it still counts as pending, but no reducer can replay it.
 */
export function commandOfDoc(doc: CommandDoc): Command | null {
  const parsed = commandSchema.safeParse(doc);
  return parsed.success ? parsed.data : null;
}
