import type { RxCollection } from 'rxdb';
import type { BenchUserDoc } from '../../../../src-shared/db';
import type { BenchUser } from '../../../../src-shared/features/auth';
import { benchUserOfDoc, benchUserToDoc } from './domain-docs';
import { throwOnWriteErrors } from './write-results';

/** People who may sign in at this station with a badge and PIN, pulled from the hub. */
export type BenchUsersRepo = {
  /**
   * The person a badge belongs to, or null. Should two rows carry it for a moment (a badge handed
   * on, the old holder's change not pulled yet), the active one changed last wins.
   */
  findByBadge(badgeCode: string): Promise<BenchUser | null>;
  findById(id: string): Promise<BenchUser | null>;
  /** True when at least one active person here has a badge: badge sign-in can work. */
  hasActiveBadges(): Promise<boolean>;
  /** Stores people as the hub would send them (the pull stores them itself; tests and tools use this). */
  upsertMany(users: readonly BenchUser[]): Promise<void>;
};

/** The bench users repository over `collection`. */
export function createBenchUsersRepo(collection: RxCollection<BenchUserDoc>): BenchUsersRepo {
  return {
    async findByBadge(badgeCode) {
      // '' marks "no badge" in the index; it is never a badge.
      if (badgeCode === '') return null;
      const docs = await collection.find({ selector: { badgeCode } }).exec();
      const holders = docs
        .map((doc) => benchUserOfDoc(doc.toMutableJSON()))
        .sort((a, b) => Number(b.isActive) - Number(a.isActive) || b.updatedAt.localeCompare(a.updatedAt));
      return holders[0] ?? null;
    },
    async findById(id) {
      const doc = await collection.findOne(id).exec();
      return doc === null ? null : benchUserOfDoc(doc.toMutableJSON());
    },
    async hasActiveBadges() {
      const doc = await collection.findOne({ selector: { badgeCode: { $gt: '' }, isActive: true } }).exec();
      return doc !== null;
    },
    async upsertMany(users) {
      if (users.length === 0) return;
      const result = await collection.bulkUpsert(users.map(benchUserToDoc));
      throwOnWriteErrors('benchUsers', result.error);
    },
  };
}
