import type { CommandContext, CommandOf, CommandOutcome } from '../command.contract';
import { isOrderFullyScanned, type Order } from '../order.model';
import {
  accept,
  orderName,
  refuse,
  refuseIfClosed,
  refuseIfHeld,
  refuseOrderNotFound,
  unitsBySku,
} from './reducer-kit';

/** How many missing SKUs a refusal names before it says "and N more". */
const missingShown = 5;

/**
 * `order.packed`: every unit verified, the parcel is closed. Only from picking, and only when the
 * scans add up: a parcel closed short is a mis-ship the buyer notices.
 */
export function packOrder(
  order: Order | null,
  command: CommandOf<'order.packed'>,
  context: CommandContext,
): CommandOutcome {
  const { orderId } = command.payload;
  if (order === null || order.id !== orderId) return refuseOrderNotFound(orderId);
  const refusal = refuseIfClosed(order) ?? refuseIfHeld(order);
  if (refusal !== null) return refusal;
  if (order.status === 'imported') {
    return refuse('wrong_status', `${orderName(order)} is not allocated yet: no stock is reserved for it`);
  }
  if (order.status === 'packed') {
    return refuse('wrong_status', `${orderName(order)} is already packed`);
  }
  if (!isOrderFullyScanned(order)) {
    return refuse('not_fully_scanned', `${orderName(order)} is not fully scanned: ${describeMissing(order)}`);
  }
  if (order.status !== 'picking') {
    // Reachable only with inconsistent data (scans recorded while still allocated); the state
    // machine has no allocated → packed step, so refuse rather than skip picking.
    return refuse('wrong_status', `${orderName(order)} is ${order.status}; packing needs it picking`);
  }
  return accept({ ...order, status: 'packed', packedAt: context.now, updatedAt: context.now });
}

/** "3 of 5 units scanned; still to scan: SKU a ×1, SKU b ×1". */
function describeMissing(order: Order): string {
  const ordered = unitsBySku(order.lines, (line) => line.qty);
  const scanned = unitsBySku(order.lines, (line) => Math.min(line.scannedQty, line.qty));
  const missing = [...ordered]
    .map(([skuId, qty]) => ({ skuId, units: qty - (scanned.get(skuId) ?? 0) }))
    .filter((sku) => sku.units > 0);
  const total = [...ordered.values()].reduce((sum, qty) => sum + qty, 0);
  const done = [...scanned.values()].reduce((sum, qty) => sum + qty, 0);
  const shown = missing.slice(0, missingShown).map((sku) => `SKU ${sku.skuId} ×${sku.units}`);
  const more = missing.length > missingShown ? `, and ${missing.length - missingShown} more` : '';
  return `${done} of ${total} units scanned; still to scan: ${shown.join(', ')}${more}`;
}
