import type { RejectionCode } from '../../../src-shared/domain';
import { unreachable } from '../../../src-shared/errors';
import type { PackRefusal } from '../../../src-shared/features/pack';

/** The bench's word for a reducer's refusal: what the packer sees in big letters. */
export function packRefusalOf(code: RejectionCode): PackRefusal {
  switch (code) {
    case 'sku_not_in_order':
      return 'wrong_item';
    case 'over_scan':
      return 'over_scan';
    case 'order_held':
      return 'held';
    case 'order_cancelled':
      return 'cancelled';
    case 'order_not_found':
      return 'no_such_order';
    case 'tracking_mismatch':
      return 'tracking_mismatch';
    case 'label_missing':
    case 'not_fully_scanned':
      return 'not_packed';
    case 'forbidden_role':
    case 'wrong_warehouse':
      return 'not_allowed';
    case 'order_shipped':
    case 'wrong_status':
    case 'label_already_printed':
    case 'hold_not_found':
    case 'insufficient_stock':
    case 'invalid_command':
      return 'wrong_status';
    default:
      return unreachable(code);
  }
}
