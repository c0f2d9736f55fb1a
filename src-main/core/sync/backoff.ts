/** How long the loop waits after failures in a row. */
export type BackoffPolicy = {
  /** Wait after the first failure. */
  readonly initialMs: number;
  /** Longest wait, however many failures came before. */
  readonly maxMs: number;
};

/** The replication loop's policy: 0.5 s, doubling with every failure in a row, at most 30 s. */
export const syncBackoff: BackoffPolicy = { initialMs: 500, maxMs: 30_000 };

/**
 * The wait after the `attempt`-th failure in a row (1 for the first): the policy's doubling step
 * with "equal jitter", a random point in its upper half, so stations that lost the hub together
 * do not all come back in the same millisecond. `random` returns [0, 1), as Math.random does.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: BackoffPolicy = syncBackoff,
): number {
  const step = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
