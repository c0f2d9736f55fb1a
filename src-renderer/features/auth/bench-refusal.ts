import type { TFunction } from 'i18next';
import { unreachable } from '../../../src-shared/errors';
import type { BenchRefusal } from '../../../src-shared/features/auth';
import type { BridgeError } from '../../app/bridge';

/** What a refused badge or PIN tells the person, in their language. */
export function benchRefusalText(refusal: BenchRefusal, t: TFunction, language: string): string {
  switch (refusal.reason) {
    case 'wrongPin':
      return t('bench.refused.wrongPin', { left: refusal.attemptsLeft ?? 0 });
    case 'lockedOut':
      return t('bench.refused.lockedOut', { time: timeOf(refusal.lockedUntil, language) });
    case 'unknownBadge':
      return t('bench.refused.unknownBadge');
    case 'inactive':
      return t('bench.refused.inactive');
    case 'noPin':
      return t('bench.refused.noPin');
    default:
      return unreachable(refusal.reason);
  }
}

/** What a failed call (not a refusal) tells the person. */
export function benchErrorText(error: BridgeError, t: TFunction): string {
  if (error.isStationUnreachable) return t('signIn.error.stationUnreachable');
  return t('bench.error', { message: error.message });
}

function timeOf(iso: string | null, language: string): string {
  if (iso === null) return '—';
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false }).format(
    new Date(iso),
  );
}
