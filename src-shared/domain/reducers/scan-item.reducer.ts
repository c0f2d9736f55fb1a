import { unreachable } from '../../errors';
import type { CommandContext, CommandOf, CommandOutcome } from '../command.contract';
import type { Order, OrderLine } from '../order.model';
import {
  accept,
  orderName,
  type Refusal,
  refuse,
  refuseIfClosed,
  refuseIfHeld,
  refuseOrderNotFound,
  unitsBySku,
} from './reducer-kit';

/**
 * `item.scanned`: a packer verified `qty` units of a SKU. Allowed once stock is reserved
 * (allocated or picking); the first scan moves the order to picking. Units fill the order's lines
 * of that SKU in line order, so a SKU on two lines takes scans up to their sum and not one more:
 * over-scans are refused loudly, never counted.
 */
export function scanItem(
  order: Order | null,
  command: CommandOf<'item.scanned'>,
  context: CommandContext,
): CommandOutcome {
  const { orderId, skuId, qty } = command.payload;
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order) ?? refuseIfHeld(order) ?? refuseUnscannableStatus(order);
  if (refusal !== null) return refusal;

  const isThisSku = (line: OrderLine): boolean => line.skuId === skuId;
  if (!order.lines.some(isThisSku)) {
    return refuse('sku_not_in_order', `SKU ${skuId} is not in ${orderName(order)}`);
  }
  const ordered = unitsBySku(order.lines, (line) => line.qty).get(skuId) ?? 0;
  const scanned = unitsBySku(order.lines, (line) => line.scannedQty).get(skuId) ?? 0;
  if (scanned + qty > ordered) {
    return refuse(
      'over_scan',
      scanned >= ordered
        ? `Line already complete: ${scanned} of ${ordered} scanned (SKU ${skuId})`
        : `Too many of SKU ${skuId}: ${scanned} of ${ordered} scanned, ${qty} more would exceed the order`,
    );
  }

  let unitsLeft = qty;
  const lines = order.lines.map((line) => {
    if (!isThisSku(line) || unitsLeft === 0) return line;
    const taken = Math.min(unitsLeft, Math.max(0, line.qty - line.scannedQty));
    unitsLeft -= taken;
    return taken === 0 ? line : { ...line, scannedQty: line.scannedQty + taken };
  });
  return accept({ ...order, lines, status: 'picking', updatedAt: context.now });
}

function refuseUnscannableStatus(order: Order): Refusal | null {
  switch (order.status) {
    case 'allocated':
    case 'picking':
      return null;
    case 'imported':
      return refuse('wrong_status', `${orderName(order)} is not allocated yet: no stock is reserved for it`);
    case 'packed':
    case 'shipped':
    case 'cancelled':
      return refuse('wrong_status', `${orderName(order)} is already ${order.status}`);
    default:
      return unreachable(order.status);
  }
}
