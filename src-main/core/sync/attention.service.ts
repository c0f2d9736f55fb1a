import { commandOrderId } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/errors';
import type { AttentionItem } from '../../../src-shared/features/sync';
import type { Clock } from '../clock';
import type { StationRepos, TrackedCommand } from '../db';

/** The "needs attention" list: commands made here that the hub refused, until a person dismisses them. */
export type AttentionService = {
  /** Open rejections, newest first, with what was done to which order and why it was refused. */
  list(): Promise<AttentionItem[]>;
  /** How many rejections nobody has dismissed yet. */
  count(): Promise<number>;
  /** Takes one rejection off the list (`not_found` when there is no such rejection here). */
  dismiss(commandId: string, actorId: string): Promise<void>;
};

/** Creates the {@link AttentionService}. */
export function createAttentionService(repos: StationRepos, clock: Clock): AttentionService {
  async function open(): Promise<TrackedCommand[]> {
    const [rejected, dismissed] = await Promise.all([
      repos.commands.listRejected(),
      repos.dismissedRejections.dismissedIds(),
    ]);
    return rejected.filter((entry) => !dismissed.has(entry.command.id));
  }

  return {
    async list() {
      const entries = await open();
      const orderIds = entries.map((entry) => commandOrderId(entry.command)).filter((id) => id !== null);
      const orders = await repos.orders.findOrders([...new Set(orderIds)]);
      const labels = new Map(orders.map((order) => [order.id, order.platformOrderNo]));
      return entries.map(({ command, result }) => {
        const orderId = commandOrderId(command);
        return {
          commandId: command.id,
          type: command.type,
          orderId,
          orderLabel: orderId === null ? null : (labels.get(orderId) ?? null),
          // A rejection always carries a code; an answer without one is still a refusal to show.
          code: result?.code ?? 'invalid_command',
          message: result?.message ?? 'The hub refused this command',
          actorId: command.actorId,
          issuedAt: command.clientTime,
          rejectedAt: result?.at ?? command.clientTime,
        };
      });
    },
    async count() {
      return (await open()).length;
    },
    async dismiss(commandId, actorId) {
      const rejected = await repos.commands.listRejected();
      if (!rejected.some((entry) => entry.command.id === commandId)) {
        throw new AppError('not_found', 'There is no such refused command on this station.');
      }
      await repos.dismissedRejections.dismiss({
        commandId,
        dismissedBy: actorId,
        dismissedAt: new Date(clock.now()).toISOString(),
      });
    },
  };
}
