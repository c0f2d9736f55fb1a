import { unreachable } from '../../../src-shared/errors';
import type { PackOrder, PackVerdict } from '../../../src-shared/features/pack';

/** How a verdict looks and sounds: green, red, orange, or plain information. */
export type VerdictTone = 'good' | 'bad' | 'warn' | 'info';

/** A verdict as the screen painted it. */
export type PaintedVerdict = {
  /** Counts every verdict painted since the screen opened (the benchmark waits for it). */
  readonly seq: number;
  /** The verdict; null when the station did not answer (`failure` says why). */
  readonly verdict: PackVerdict | null;
  /** The code the screen sent (a scan, or a command code for a key). */
  readonly code: string;
  readonly failure: string | null;
  /** After `shipped`: the platform number of the next order, once it is open. */
  readonly nextOrderNo: string | null;
};

/** What the bench shows: the order on it and the last verdict. */
export type BenchState = {
  readonly order: PackOrder | null;
  readonly painted: PaintedVerdict | null;
  /** The line the last scan counted, highlighted. */
  readonly countedSkuId: string | null;
};

/** The bench before any scan. */
export const emptyBench: BenchState = { order: null, painted: null, countedSkuId: null };

/** The command code a key sends when it reports "no such order" for the last unknown scan. */
export const noSuchOrderCode = 'CMD-NO-SUCH-ORDER';
/** The command code Esc sends to leave the order. */
export const cancelCode = 'CMD-CANCEL';

/** The verdict's name on the banner's `data-verdict`: the kind, or the refusal's reason. */
export function verdictName(painted: PaintedVerdict): string {
  const { verdict } = painted;
  if (verdict === null) return 'failed';
  return verdict.verdict === 'refused' ? verdict.reason : verdict.verdict;
}

/** Green for progress, red for a refusal or no answer, orange for an exception. */
export function toneOf(painted: PaintedVerdict): VerdictTone {
  const { verdict } = painted;
  if (verdict === null) return 'bad';
  switch (verdict.verdict) {
    case 'counted':
    case 'packed':
    case 'shipped':
      return 'good';
    case 'refused':
      return 'bad';
    case 'exception':
      return 'warn';
    case 'closed':
      // Leaving the order after reporting an unknown code is itself a report.
      return painted.code === noSuchOrderCode ? 'warn' : 'info';
    case 'opened':
    case 'reprinted':
      return 'info';
    default:
      return unreachable(verdict);
  }
}

/** The line whose count went up between two views of the same order. */
function countedLine(before: PackOrder | null, after: PackOrder): string | null {
  if (before === null || before.orderId !== after.orderId) return null;
  const previous = new Map(before.lines.map((line) => [line.skuId, line.scannedQty]));
  return after.lines.find((line) => line.scannedQty > (previous.get(line.skuId) ?? 0))?.skuId ?? null;
}

/**
 * The bench after main's verdict on `code`. Main says which order is open: a refusal carries the
 * order still open (or the held one the scan tried to open), `closed` and `shipped` empty the
 * bench (the next order of a pick list is opened after, see {@link withNextOrder}).
 */
export function benchAfter(state: BenchState, verdict: PackVerdict, code: string): BenchState {
  const painted = { seq: (state.painted?.seq ?? 0) + 1, verdict, code, failure: null, nextOrderNo: null };
  switch (verdict.verdict) {
    case 'closed':
    case 'shipped':
      return { order: null, painted, countedSkuId: null };
    case 'refused':
      return { order: verdict.order, painted, countedSkuId: null };
    case 'counted':
    case 'packed':
      return { order: verdict.order, painted, countedSkuId: countedLine(state.order, verdict.order) };
    case 'opened':
    case 'exception':
    case 'reprinted':
      return { order: verdict.order, painted, countedSkuId: null };
    default:
      return unreachable(verdict);
  }
}

/** The bench when the station did not answer: the order stays, the banner says so. */
export function benchFailed(state: BenchState, code: string, failure: string): BenchState {
  return {
    ...state,
    painted: { seq: (state.painted?.seq ?? 0) + 1, verdict: null, code, failure, nextOrderNo: null },
    countedSkuId: null,
  };
}

/** The next order of the pick list, opened after a parcel shipped; the banner keeps "shipped". */
export function withNextOrder(state: BenchState, next: PackOrder): BenchState {
  const painted = state.painted === null ? null : { ...state.painted, nextOrderNo: next.platformOrderNo };
  return { order: next, painted, countedSkuId: null };
}

/** True when the last verdict was an unknown code main remembers for "no such order". */
export function canReportNoSuchOrder(state: BenchState): boolean {
  const verdict = state.painted?.verdict;
  return (
    verdict?.verdict === 'refused' &&
    (verdict.reason === 'no_such_order' || verdict.reason === 'unknown_code')
  );
}
