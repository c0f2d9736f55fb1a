import type { CommandType } from '../../../src-shared/domain';

/**
 * The text key of each command type: i18next reads dots in a key as nesting, so `order.held`
 * cannot be a key itself.
 */
export const commandTypeKey = {
  'item.scanned': 'itemScanned',
  'order.packed': 'orderPacked',
  'label.printed': 'labelPrinted',
  'parcel.shipped': 'parcelShipped',
  'exception.reported': 'exceptionReported',
  'order.held': 'orderHeld',
  'order.released': 'orderReleased',
  'order.addressEdited': 'orderAddressEdited',
  'order.cancelled': 'orderCancelled',
} as const satisfies Record<CommandType, string>;
