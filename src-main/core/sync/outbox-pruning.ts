import type { Order } from '../../../src-shared/domain';
import type { Clock } from '../clock';
import type { AnsweredCommand, StationRepos } from '../db';
import type { Logger } from '../logging';
import { isSettledIn } from './optimistic-orders';

/**
 * How long a command stays on the station after the hub answered it. A bench makes a few thousand
 * commands a day; kept forever they would fill the disk and slow every start that reads the
 * outbox. A week leaves them for anyone asking what this station did, and is far beyond any clock
 * difference between station and hub (answers carry hub time).
 */
export const answeredCommandRetentionMs = 7 * 24 * 60 * 60 * 1000;

/** Pruning runs after a catch-up, at most this often. */
export const outboxPruningIntervalMs = 60 * 60 * 1000;

/** Commands weighed per round; a round deletes in one write per collection. */
const pruneBatchSize = 2_000;

/** Deletes answered commands nobody needs any more; see {@link createOutboxPruning}. */
export type OutboxPruning = {
  /** The station just caught up with the hub: prune, unless that was done within the interval. */
  afterCatchUp(): void;
  /** Prunes now; resolves with how many commands were deleted. */
  pruneNow(): Promise<number>;
  /** Waits for a running pruning. */
  settle(): Promise<void>;
};

export type OutboxPruningOptions = {
  readonly repos: StationRepos;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly retentionMs?: number;
  /**
   * Drops what the push replication kept of commands deleted by earlier rounds (RxDB notes a
   * deletion only after pushing it, a moment after the round).
   */
  readonly forgetPushed?: () => Promise<number>;
};

/**
 * The outbox keeps every command until the hub answered it and the station no longer needs it:
 * an accepted command once the pulled order shows its effect (or the order is not on the station,
 * where nothing shows it), a rejected one once a person dismissed it from "needs attention".
 * Both must also be older than the retention. Pruning runs only right after a catch-up, when the
 * pulled orders are as new as the hub's.
 */
export function createOutboxPruning(options: OutboxPruningOptions): OutboxPruning {
  const { repos, clock, logger } = options;
  const retentionMs = options.retentionMs ?? answeredCommandRetentionMs;
  let lastRunAt = Number.NEGATIVE_INFINITY;
  let running: Promise<number> | null = null;

  async function prunable(answered: readonly AnsweredCommand[]): Promise<AnsweredCommand[]> {
    const orderIds = new Set(answered.flatMap((entry) => (entry.orderId === null ? [] : [entry.orderId])));
    const [dismissed, orders] = await Promise.all([
      repos.dismissedRejections.dismissedIds(),
      repos.orders.findOrders([...orderIds]),
    ]);
    const pulled = new Map<string, Order>(orders.map((order) => [order.id, order]));
    return answered.filter((entry) => {
      if (entry.status === 'rejected') return dismissed.has(entry.commandId);
      const order = entry.orderId === null ? undefined : pulled.get(entry.orderId);
      return order === undefined || isSettledIn(order, entry.commandId, entry.at);
    });
  }

  async function prune(): Promise<number> {
    const forgotten = (await options.forgetPushed?.()) ?? 0;
    if (forgotten > 0) logger.info({ forgotten }, 'dropped the push records of pruned commands');
    const answeredBefore = new Date(clock.now() - retentionMs).toISOString();
    let deleted = 0;
    for (;;) {
      const answered = await repos.commands.listAnsweredBefore(answeredBefore, pruneBatchSize);
      const gone = await prunable(answered);
      const ids = gone.map((entry) => entry.commandId);
      await repos.commands.remove(ids);
      await repos.dismissedRejections.remove(
        gone.filter((entry) => entry.status === 'rejected').map((entry) => entry.commandId),
      );
      deleted += ids.length;
      // A full round that deleted nothing would find the same commands again.
      if (answered.length < pruneBatchSize || ids.length === 0) return deleted;
    }
  }

  function pruneNow(): Promise<number> {
    running ??= prune()
      .then((deleted) => {
        if (deleted > 0) logger.info({ deleted }, 'pruned answered commands from the outbox');
        return deleted;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    afterCatchUp() {
      if (clock.now() - lastRunAt < outboxPruningIntervalMs) return;
      lastRunAt = clock.now();
      pruneNow().catch((error: unknown) => logger.warn({ err: error }, 'could not prune the outbox'));
    },
    pruneNow,
    async settle() {
      await running?.catch(() => undefined);
    },
  };
}
