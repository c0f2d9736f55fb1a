import type { TFunction } from 'i18next';
import type { BridgeError } from '../../app/bridge';

/**
 * What a failed sign-in tells the person. The three failures a person can act on get our own
 * words in their language; anything else shows main's message, which is written to be shown.
 */
export function signInErrorText(error: BridgeError, t: TFunction): string {
  if (error.isStationUnreachable) return t('signIn.error.stationUnreachable');
  if (error.code === 'unauthorized') return t('signIn.error.unauthorized');
  if (error.code === 'unavailable') return t('signIn.error.unavailable');
  if (error.code === 'rate_limited') return t('signIn.error.rateLimited');
  return t('signIn.error.other', { message: error.message });
}
