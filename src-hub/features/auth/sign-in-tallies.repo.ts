import type { HubDatabase } from '../../db';

/** What is counted against one key. Times are epoch milliseconds. */
export type SignInTally = {
  readonly windowStartedAt: number;
  /** Attempts in the window that have not succeeded, those still being checked included. */
  readonly attempts: number;
  readonly blockedUntil: number | null;
};

/** A key never seen reads as this: its window long over, nothing counted. */
export const emptyTally: SignInTally = { windowStartedAt: 0, attempts: 0, blockedUntil: null };

/** The new tally of each key (null deletes it), and what the caller gets back. */
export type TallyDecision<T> = {
  readonly tallies: ReadonlyMap<string, SignInTally | null>;
  readonly result: T;
};

/** The sign-in throttle's only door to `sign_in_tallies`. */
export type SignInTalliesRepo = {
  /**
   * Reads the tallies of `keys`, locked against every other hub and request until the ones
   * `decide` returns are written, in one transaction. When `decide` throws, nothing is written.
   */
  update<T>(
    keys: readonly string[],
    decide: (tallies: ReadonlyMap<string, SignInTally>) => TallyDecision<T>,
  ): Promise<T>;
  /** Deletes the tallies whose window and block are both over at `now`; returns how many. */
  removeSettled(now: number, windowMs: number): Promise<number>;
};

type TallyRow = {
  key: string;
  window_started_at: Date;
  attempts: number;
  blocked_until: Date | null;
};

/** Creates the {@link SignInTalliesRepo}. */
export function createSignInTalliesRepo(database: HubDatabase): SignInTalliesRepo {
  return {
    update(keys, decide) {
      // Sorted, so two requests naming the same keys lock them in the same order.
      const sorted = [...new Set(keys)].sort();
      return database.transaction(async (tx) => {
        // A row for every key first: FOR UPDATE can only lock rows that exist.
        await tx.query(
          `insert into sign_in_tallies (key, window_started_at, attempts)
           select key, to_timestamp(0), 0 from unnest($1::text[]) as key
           on conflict (key) do nothing`,
          [sorted],
        );
        const rows = await tx.query<TallyRow>(
          `select key, window_started_at, attempts, blocked_until from sign_in_tallies
            where key = any($1::text[]) order by key for update`,
          [sorted],
        );
        const current = new Map(
          rows.map((row): [string, SignInTally] => [
            row.key,
            {
              windowStartedAt: row.window_started_at.getTime(),
              attempts: row.attempts,
              blockedUntil: row.blocked_until === null ? null : row.blocked_until.getTime(),
            },
          ]),
        );
        const decision = decide(current);
        for (const [key, tally] of decision.tallies) {
          if (tally === null) {
            await tx.query('delete from sign_in_tallies where key = $1', [key]);
          } else {
            await tx.query(
              `update sign_in_tallies set window_started_at = $2, attempts = $3, blocked_until = $4
                where key = $1`,
              [
                key,
                new Date(tally.windowStartedAt),
                tally.attempts,
                tally.blockedUntil === null ? null : new Date(tally.blockedUntil),
              ],
            );
          }
        }
        return decision.result;
      });
    },

    async removeSettled(now, windowMs) {
      const rows = await database.query(
        `delete from sign_in_tallies
          where window_started_at <= $1 and (blocked_until is null or blocked_until <= $2)
          returning key`,
        [new Date(now - windowMs), new Date(now)],
      );
      return rows.length;
    },
  };
}
