import type { TFunction } from 'i18next';
import { type HoldReason, holdReasons } from '../../../src-shared/domain';

function isHoldReason(reason: string): reason is HoldReason {
  return (holdReasons as readonly string[]).includes(reason);
}

/**
 * A hold reason in the UI language. The list row carries reasons as plain strings (a newer hub
 * may know more reasons than this station): an unknown one is shown as it came.
 */
export function holdReasonText(reason: string, t: TFunction): string {
  return isHoldReason(reason) ? t(`orders.holdReasons.${reason}`) : reason;
}

/**
 * Who did something, as the order shows it: "you" for the signed-in person, else the id the hub
 * recorded (rules have names like `rules`; people have ids until the station has a user directory).
 */
export function actorText(actorId: string, userId: string, t: TFunction): string {
  return actorId === userId ? t('orders.detail.you') : actorId;
}
