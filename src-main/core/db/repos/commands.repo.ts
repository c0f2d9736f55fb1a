import type { RxCollection } from 'rxdb';
import { monotonicFactory } from 'ulid';
import type { CommandDoc, CommandResultDoc } from '../../../../src-shared/db';
import { type Command, type CommandResult, commandOrderId } from '../../../../src-shared/domain';
import type { Clock } from '../../clock';
import { commandResultOfDoc, commandResultToDoc, commandToDoc } from './domain-docs';
import { commandOfDoc, createOutboxView } from './outbox-view';
import { throwOnWriteErrors } from './write-results';

/** What a service hands over; the repository stamps the id and the station time. */
export type NewCommand = Omit<CommandDoc, 'id' | 'clientTime'>;

/** How far behind the hub this station is. */
export type PendingCommandsSummary = {
  readonly count: number;
  /** Age of the oldest command without a result; absent when none waits. */
  readonly oldestAgeMs?: number;
};

/** The outbox as the sync status shows it. */
export type PendingCommandsStatus = {
  readonly count: number;
  /** Station time of the oldest command without a result; null when none waits. */
  readonly oldestAt: string | null;
};

/** A command made here with the hub's answer; `result` null while the hub has not answered. */
export type TrackedCommand = { readonly command: Command; readonly result: CommandResult | null };

/** A command the hub answered, as the outbox pruning weighs it. */
export type AnsweredCommand = {
  readonly commandId: string;
  /** The order it named; null for a command naming none or one this build cannot read. */
  readonly orderId: string | null;
  readonly status: CommandResult['status'];
  /** Hub time of the answer. */
  readonly at: string;
};

/** The outbox of commands and the hub's results for them. */
export type CommandsRepo = {
  /** Stores a new command with a fresh ULID and the station time, and returns it. */
  append(command: NewCommand): Promise<CommandDoc>;
  /** A new command id: a ULID of `atMs` (station time), ordered after every id made before. */
  nextId(atMs: number): string;
  /** Stores a command built and checked by the station; replication pushes it to the hub. */
  add(command: Command): Promise<void>;
  /** Commands the hub has not answered yet, oldest first. */
  listPending(limit: number): Promise<CommandDoc[]>;
  summarizePending(): Promise<PendingCommandsSummary>;
  pendingStatus(): Promise<PendingCommandsStatus>;
  /**
   * Commands still waiting for the hub or accepted by it, with their results, in id order: what
   * the optimistic view applies on top of pulled orders. Rejected and settled commands are left out.
   */
  listUnrejected(): Promise<TrackedCommand[]>;
  /**
   * Accepted commands whose effect the pulled orders already show: the optimistic view has nothing
   * left to do with them, so {@link CommandsRepo.listUnrejected} stops handing them out. Without
   * this every order list would re-read every order this station ever touched.
   */
  settle(commandIds: Iterable<string>): void;
  /** Up to `limit` commands the hub answered before `at` (hub time), oldest answer first. */
  listAnsweredBefore(at: string, limit: number): Promise<AnsweredCommand[]>;
  /** Deletes commands with their results: the outbox pruning. */
  remove(commandIds: readonly string[]): Promise<void>;
  /** Rejected commands with their results, newest rejection first. */
  listRejected(): Promise<TrackedCommand[]>;
  /** Stores results pulled from the hub. */
  recordResults(results: readonly CommandResultDoc[]): Promise<void>;
  /** Stores the hub's answers to a push as they came. */
  recordCommandResults(results: readonly CommandResult[]): Promise<void>;
  getResult(commandId: string): Promise<CommandResultDoc | undefined>;
};

/**
 * The commands repository. A command is pending until its result arrives; pending and tracked
 * commands come from the in-memory {@link createOutboxView}, which reads the outbox once.
 */
export function createCommandsRepo(
  commands: RxCollection<CommandDoc>,
  results: RxCollection<CommandResultDoc>,
  clock: Clock,
): CommandsRepo {
  // Monotonic: ids made in the same millisecond still sort in creation order.
  const nextUlid = monotonicFactory();

  const outbox = createOutboxView(commands, results);

  async function pendingOldestFirst(): Promise<CommandDoc[]> {
    return (await outbox.rows())
      .filter((row) => row.result === undefined)
      .map((row) => row.doc)
      .sort((a, b) => compareIds(a.clientTime, b.clientTime) || compareIds(a.id, b.id));
  }

  async function recordResults(list: readonly CommandResultDoc[]): Promise<void> {
    if (list.length === 0) return;
    const result = await results.bulkUpsert([...list]);
    throwOnWriteErrors('commandResults', result.error);
    outbox.noteResults(list);
  }

  return {
    async append(input) {
      const now = clock.now();
      const command: CommandDoc = { ...input, id: nextUlid(now), clientTime: new Date(now).toISOString() };
      await commands.insert(command);
      outbox.noteCommand(command);
      return command;
    },
    nextId: (atMs) => nextUlid(atMs),
    async add(command) {
      const doc = commandToDoc(command);
      await commands.insert(doc);
      outbox.noteCommand(doc);
    },
    async listPending(limit) {
      return (await pendingOldestFirst()).slice(0, limit);
    },
    async summarizePending() {
      const pending = await pendingOldestFirst();
      const [oldest] = pending;
      if (oldest === undefined) return { count: 0 };
      return { count: pending.length, oldestAgeMs: Math.max(0, clock.now() - Date.parse(oldest.clientTime)) };
    },
    async pendingStatus() {
      const pending = await pendingOldestFirst();
      return { count: pending.length, oldestAt: pending[0]?.clientTime ?? null };
    },
    async listUnrejected() {
      const tracked: TrackedCommand[] = [];
      for (const { doc, command, result } of await outbox.rows()) {
        if (result?.status === 'rejected' || command === null || outbox.isSettled(doc.id)) continue;
        tracked.push({ command, result: result === undefined ? null : commandResultOfDoc(result) });
      }
      return tracked.sort((a, b) => compareIds(a.command.id, b.command.id));
    },
    async listRejected() {
      const rejected = await results
        .find({ selector: { status: 'rejected' }, sort: [{ at: 'desc' }, { commandId: 'desc' }] })
        .exec();
      if (rejected.length === 0) return [];
      const issued = await commands.findByIds(rejected.map((doc) => doc.commandId)).exec();
      const tracked: TrackedCommand[] = [];
      for (const resultDoc of rejected) {
        const commandDoc = issued.get(resultDoc.commandId);
        const command = commandDoc === undefined ? null : commandOfDoc(commandDoc.toMutableJSON());
        if (command !== null)
          tracked.push({ command, result: commandResultOfDoc(resultDoc.toMutableJSON()) });
      }
      return tracked;
    },
    settle: (commandIds) => outbox.settle(commandIds),
    async listAnsweredBefore(at, limit) {
      const answered = await results
        .find({ selector: { at: { $lt: at } }, sort: [{ at: 'asc' }, { commandId: 'asc' }], limit })
        .exec();
      if (answered.length === 0) return [];
      const issued = await commands.findByIds(answered.map((doc) => doc.commandId)).exec();
      return answered.map((doc) => {
        const commandDoc = issued.get(doc.commandId);
        const command = commandDoc === undefined ? null : commandOfDoc(commandDoc.toMutableJSON());
        return {
          commandId: doc.commandId,
          orderId: command === null ? null : commandOrderId(command),
          status: doc.status,
          at: doc.at,
        };
      });
    },
    async remove(commandIds) {
      if (commandIds.length === 0) return;
      const [removedCommands, removedResults] = await Promise.all([
        commands.bulkRemove([...commandIds]),
        results.bulkRemove([...commandIds]),
      ]);
      // Ids with nothing stored (a result whose command is gone, or the reverse) are skipped.
      throwOnWriteErrors('commands', removedCommands.error);
      throwOnWriteErrors('commandResults', removedResults.error);
    },
    recordResults,
    recordCommandResults: (list) => recordResults(list.map(commandResultToDoc)),
    async getResult(commandId) {
      const doc = await results.findOne(commandId).exec();
      return doc?.toMutableJSON();
    },
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
