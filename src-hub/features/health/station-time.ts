/**
 * Reads the station clock a request carries (`x-packline-station-time`, UTC ISO 8601) and returns
 * station minus hub in milliseconds, or `null` when the header is missing or not a timestamp.
 * A bad header is ignored: it must never make a health check fail.
 */
export function stationClockOffsetMs(header: string | string[] | undefined, hubNowMs: number): number | null {
  if (typeof header !== 'string') return null;
  const isIsoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(
    header.trim(),
  );
  if (!isIsoTimestamp) return null;
  const stationMs = Date.parse(header);
  return Number.isNaN(stationMs) ? null : stationMs - hubNowMs;
}
