import type { RxCollection } from 'rxdb';
import type { DismissedRejectionDoc } from '../../../../src-shared/db';
import { throwOnWriteErrors } from './write-results';

/** Which rejections a person has dismissed from "needs attention" on this station. */
export type DismissedRejectionsRepo = {
  /** Records the dismissal; dismissing twice keeps the first. */
  dismiss(dismissal: DismissedRejectionDoc): Promise<void>;
  /** Ids of every dismissed command. */
  dismissedIds(): Promise<ReadonlySet<string>>;
  /** Deletes the dismissals of pruned commands. */
  remove(commandIds: readonly string[]): Promise<void>;
};

/** The dismissed rejections repository over `collection`. */
export function createDismissedRejectionsRepo(
  collection: RxCollection<DismissedRejectionDoc>,
): DismissedRejectionsRepo {
  return {
    async dismiss(dismissal) {
      const result = await collection.bulkInsert([dismissal]);
      // A 409 is an earlier dismissal of the same command: the first one stands.
      throwOnWriteErrors(
        'dismissedRejections',
        result.error.filter((error) => error.status !== 409),
      );
    },
    async remove(commandIds) {
      if (commandIds.length === 0) return;
      const result = await collection.bulkRemove([...commandIds]);
      throwOnWriteErrors('dismissedRejections', result.error);
    },
    async dismissedIds() {
      const docs = await collection.find().exec();
      return new Set(docs.map((doc) => doc.commandId));
    },
  };
}
