import type { RxCollection } from 'rxdb';
import { monotonicFactory } from 'ulid';
import type { CommandDoc, CommandResultDoc } from '../../../../src-shared/db';
import type { Clock } from '../../clock';
import { throwOnWriteErrors } from './write-results';

/** What a service hands over; the repository stamps the id and the station time. */
export type NewCommand = Omit<CommandDoc, 'id' | 'clientTime'>;

/** How far behind the hub this station is. */
export type PendingCommandsSummary = {
  readonly count: number;
  /** Age of the oldest command without a result; absent when none waits. */
  readonly oldestAgeMs?: number;
};

/** The outbox of commands and the hub's results for them. */
export type CommandsRepo = {
  /** Stores a new command with a fresh ULID and the station time, and returns it. */
  append(command: NewCommand): Promise<CommandDoc>;
  /** Commands the hub has not answered yet, oldest first. */
  listPending(limit: number): Promise<CommandDoc[]>;
  summarizePending(): Promise<PendingCommandsSummary>;
  /** Stores results pulled from the hub. */
  recordResults(results: readonly CommandResultDoc[]): Promise<void>;
  getResult(commandId: string): Promise<CommandResultDoc | undefined>;
};

/**
 * The commands repository. A command is pending until its result arrives; the outbox stays small
 * (commands of the last hours), so pending is computed by joining the two collections in memory.
 */
export function createCommandsRepo(
  commands: RxCollection<CommandDoc>,
  results: RxCollection<CommandResultDoc>,
  clock: Clock,
): CommandsRepo {
  // Monotonic: ids made in the same millisecond still sort in creation order.
  const nextUlid = monotonicFactory();

  async function pendingOldestFirst(): Promise<CommandDoc[]> {
    const all = await commands.find({ sort: [{ clientTime: 'asc' }, { id: 'asc' }] }).exec();
    if (all.length === 0) return [];
    const answered = await results.findByIds(all.map((doc) => doc.id)).exec();
    return all.filter((doc) => !answered.has(doc.id)).map((doc) => doc.toMutableJSON());
  }

  return {
    async append(input) {
      const now = clock.now();
      const command: CommandDoc = { ...input, id: nextUlid(now), clientTime: new Date(now).toISOString() };
      await commands.insert(command);
      return command;
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
    async recordResults(list) {
      if (list.length === 0) return;
      const result = await results.bulkUpsert([...list]);
      throwOnWriteErrors('commandResults', result.error);
    },
    async getResult(commandId) {
      const doc = await results.findOne(commandId).exec();
      return doc?.toMutableJSON();
    },
  };
}
