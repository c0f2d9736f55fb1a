import type { HubConnection } from '../../../src-shared/features/station';

/** Round-trip times the Station screen treats as the same: a change inside a bucket is noise. */
const rttBucketBoundsMs = [10, 25, 50, 100, 250, 500, 1000] as const;

/** A clock offset moving less than this since the last event is not news. */
export const offsetChangeThresholdMs = 50;

/** Index of the bucket `rttMs` falls in; -1 for no measurement. */
export function rttBucket(rttMs: number | null): number {
  if (rttMs === null) return -1;
  const index = rttBucketBoundsMs.findIndex((bound) => rttMs < bound);
  return index === -1 ? rttBucketBoundsMs.length : index;
}

/**
 * True when `next` differs from the last emitted `previous` in something the Station screen shows,
 * so `sync.status` is sent on a change and not on every health check.
 */
export function isVisibleChange(previous: HubConnection, next: HubConnection): boolean {
  return (
    previous.state !== next.state ||
    previous.lastError !== next.lastError ||
    previous.hubVersion !== next.hubVersion ||
    previous.engine !== next.engine ||
    rttBucket(previous.rttMs) !== rttBucket(next.rttMs) ||
    isOffsetChange(previous.clockOffsetMs, next.clockOffsetMs)
  );
}

function isOffsetChange(previous: number | null, next: number | null): boolean {
  if (previous === null || next === null) return previous !== next;
  return Math.abs(previous - next) > offsetChangeThresholdMs;
}
