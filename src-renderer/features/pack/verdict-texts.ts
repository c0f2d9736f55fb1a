import type { TFunction } from 'i18next';
import { unreachable } from '../../../src-shared/errors';
import { unreadableReasons, type UnreadableReason } from '../../../src-shared/features/scanning';
import type { PackVerdict } from '../../../src-shared/features/pack';
import { noSuchOrderCode, type PaintedVerdict } from './pack-bench-state';

/** The banner's words: a headline readable from two metres, and a smaller line under it. */
export type VerdictTexts = { readonly headline: string; readonly detail: string | null };

const unreadablePrefix = 'scan.unreadable.';

function unreadableReasonOf(messageKey: string): UnreadableReason | null {
  const reason = messageKey.startsWith(unreadablePrefix) ? messageKey.slice(unreadablePrefix.length) : '';
  return unreadableReasons.find((known) => known === reason) ?? null;
}

type Refusal = Extract<PackVerdict, { verdict: 'refused' }>;

/** The refusal's reason as a sentence; an unreadable code says what was wrong with it. */
function refusalHeadline(refusal: Refusal, t: TFunction): string {
  const unreadable = refusal.reason === 'unreadable' ? unreadableReasonOf(refusal.message) : null;
  if (unreadable !== null) return t(`pack.unreadable.${unreadable}`);
  // Main answers `not_packed` too for the parcel scan of a packed order whose label is not
  // printed (a carrier takes no parcel without one): say that, not "scan every item".
  const order = refusal.order;
  if (
    refusal.reason === 'not_packed' &&
    order?.status === 'packed' &&
    order.waybill?.trackingNo === refusal.scanned
  ) {
    return t('pack.verdict.labelNotPrinted');
  }
  return t(`pack.refusals.${refusal.reason}`);
}

/**
 * What the banner says about a verdict. A refusal's headline is its reason as a short sentence;
 * the smaller line shows what was scanned and, in English, main's specifics (they are English).
 */
export function verdictTexts(painted: PaintedVerdict, t: TFunction, language: string): VerdictTexts {
  const { verdict } = painted;
  if (verdict === null) return { headline: t('pack.verdict.failed'), detail: painted.failure };
  switch (verdict.verdict) {
    case 'opened':
      return { headline: t('pack.verdict.opened'), detail: null };
    case 'counted': {
      const line = verdict.order.lines.find((candidate) => candidate.skuId === verdict.skuId);
      const counts = { scanned: line?.scannedQty ?? 0, qty: line?.qty ?? 0 };
      return {
        headline: t('pack.verdict.counted', { name: line?.name ?? verdict.skuId, ...counts }),
        detail: null,
      };
    }
    case 'packed':
      return { headline: t('pack.verdict.packed'), detail: t('pack.label.scanToShip') };
    case 'shipped': {
      const order = verdict.order.platformOrderNo;
      return painted.nextOrderNo === null
        ? { headline: t('pack.verdict.shipped', { order }), detail: null }
        : { headline: t('pack.verdict.shippedNext', { order }), detail: null };
    }
    case 'exception':
      return {
        headline: t('pack.verdict.exception', { kind: t(`orders.exceptionKinds.${verdict.kind}`) }),
        detail: null,
      };
    case 'closed':
      return {
        headline:
          painted.code === noSuchOrderCode ? t('pack.verdict.noSuchOrderReported') : t('pack.verdict.closed'),
        detail: null,
      };
    case 'reprinted':
      return { headline: t('pack.verdict.reprinted'), detail: null };
    case 'refused': {
      const headline = refusalHeadline(verdict, t);
      const scanned = verdict.scanned === '' ? null : t('pack.verdict.scanned', { code: verdict.scanned });
      const specifics = language.startsWith('en') && verdict.reason !== 'unreadable' ? verdict.message : null;
      const detail = [scanned, specifics].filter((part) => part !== null).join(' · ');
      return { headline, detail: detail === '' ? null : detail };
    }
    default:
      return unreachable(verdict);
  }
}
