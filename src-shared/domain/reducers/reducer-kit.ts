import type { CommandOutcome, RejectionCode } from '../command.contract';
import type { Hold, HoldReason, Order, OrderLine } from '../order.model';
import type { StockEffect } from '../stock.model';

/** The refusing half of a {@link CommandOutcome}. */
export type Refusal = Extract<CommandOutcome, { readonly ok: false }>;

/** Refuses a command with a code for the UI and an English message naming the specifics. */
export function refuse(code: RejectionCode, message: string): Refusal {
  return { ok: false, code, message };
}

/** Accepts a command: the order after it and the stock work the hub must do with it. */
export function accept(order: Order | null, effects: readonly StockEffect[] = []): CommandOutcome {
  return { ok: true, order, effects };
}

/** How messages name an order: by the number people see on the platform and the label. */
export function orderName(order: Pick<Order, 'platformOrderNo'>): string {
  return `Order ${order.platformOrderNo}`;
}

/** Refuses a command whose order is not there (never pulled, or the caller passed another one). */
export function refuseOrderNotFound(orderId: string): Refusal {
  return refuse('order_not_found', `Order ${orderId} was not found`);
}

/**
 * Shipped and cancelled are the end of an order's life: no command changes them any more, so a
 * station that acted on a stale copy gets a clear reason instead of a silent overwrite.
 */
export function refuseIfClosed(order: Order): Refusal | null {
  if (order.status === 'shipped') {
    return refuse('order_shipped', `${orderName(order)} has already shipped`);
  }
  if (order.status === 'cancelled') {
    const reason = order.cancelReason === null ? '' : `: ${order.cancelReason}`;
    return refuse('order_cancelled', `${orderName(order)} was cancelled${reason}`);
  }
  return null;
}

/** A held order cannot be scanned, packed, labelled or shipped, also offline. */
export function refuseIfHeld(order: Order): Refusal | null {
  if (order.holds.length === 0) return null;
  return refuse('order_held', `${orderName(order)} is held: ${describeHolds(order.holds)}`);
}

const holdReasonText: Readonly<Record<HoldReason, string>> = {
  manual: 'held by hand',
  address_unclear: 'address unclear',
  refund_requested: 'refund requested',
  fraud_review: 'fraud review',
  stock_short: 'stock short',
  exception: 'exception reported',
};

/** The reasons of the holds, each once, in the order they were placed. */
function describeHolds(holds: readonly Hold[]): string {
  return [...new Set(holds.map((hold) => holdReasonText[hold.reason]))].join(', ');
}

/**
 * Units per SKU over the lines, SKUs in order of first appearance. An order may carry one SKU on
 * several lines (a paid unit and a gift); stock knows only SKUs, so effects merge them.
 */
export function unitsBySku(
  lines: readonly OrderLine[],
  units: (line: OrderLine) => number,
): Map<string, number> {
  const bySku = new Map<string, number>();
  for (const line of lines) {
    bySku.set(line.skuId, (bySku.get(line.skuId) ?? 0) + units(line));
  }
  return bySku;
}

/** One stock effect of `kind` per SKU of the order, with the units it ordered. */
export function stockEffectsFor(order: Order, kind: StockEffect['kind']): StockEffect[] {
  return [...unitsBySku(order.lines, (line) => line.qty)].map(([skuId, qty]) => ({
    kind,
    warehouseId: order.warehouseId,
    skuId,
    qty,
  }));
}
