import { describe, expect, it } from 'vitest';
import { applyCommand } from '../apply-command';
import {
  buildActor,
  buildCommand,
  buildContext,
  buildHold,
  buildLine,
  buildOrder,
  buildOrderIn,
  testNow,
} from '../testing';

const packer = buildContext(buildActor('packer'));

function scan(skuId: string, qty = 1, orderId = 'order-1') {
  return buildCommand('item.scanned', { orderId, skuId, qty });
}

describe('item.scanned', () => {
  it('starts picking on the first scan and counts the unit on its line', () => {
    const order = buildOrderIn('allocated');
    const command = scan('sku-tea');
    expect(applyCommand(order, command, packer)).toEqual({
      ok: true,
      order: {
        ...order,
        status: 'picking',
        lines: [buildLine('sku-tea', 2, 1, 3900), buildLine('sku-cup', 1, 0, 2500)],
        appliedCommandIds: [command.id],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('keeps counting while picking, a case scan taking several units at once', () => {
    const order = buildOrderIn('picking');
    const unit = scan('sku-cup');
    expect(applyCommand(order, unit, packer)).toEqual({
      ok: true,
      order: {
        ...order,
        lines: [buildLine('sku-tea', 2, 1, 3900), buildLine('sku-cup', 1, 1, 2500)],
        appliedCommandIds: [unit.id],
        updatedAt: testNow,
      },
      effects: [],
    });
    const caseOrder = buildOrder({ lines: [buildLine('sku-tea', 12)] });
    const caseScan = scan('sku-tea', 12);
    expect(applyCommand(caseOrder, caseScan, packer)).toEqual({
      ok: true,
      order: {
        ...caseOrder,
        status: 'picking',
        lines: [buildLine('sku-tea', 12, 12)],
        appliedCommandIds: [caseScan.id],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('fills the lines of one SKU in line order (a paid unit and a gift)', () => {
    const order = buildOrder({
      status: 'picking',
      lines: [buildLine('sku-tea', 2, 1), buildLine('sku-cup', 1), buildLine('sku-tea', 1, 0, 0)],
    });
    const command = scan('sku-tea', 2);
    expect(applyCommand(order, command, packer)).toEqual({
      ok: true,
      order: {
        ...order,
        lines: [buildLine('sku-tea', 2, 2), buildLine('sku-cup', 1), buildLine('sku-tea', 1, 1, 0)],
        appliedCommandIds: [command.id],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('refuses an over-scan of a complete line loudly', () => {
    const order = buildOrder({
      status: 'picking',
      lines: [buildLine('sku-tea', 2, 2), buildLine('sku-cup', 1)],
    });
    expect(applyCommand(order, scan('sku-tea'), packer)).toEqual({
      ok: false,
      code: 'over_scan',
      message: 'Line already complete: 2 of 2 scanned (SKU sku-tea)',
    });
  });

  it('refuses a case scan that would pass the ordered units over all lines of the SKU', () => {
    const order = buildOrder({
      status: 'picking',
      lines: [buildLine('sku-tea', 2, 1), buildLine('sku-tea', 1)],
    });
    expect(applyCommand(order, scan('sku-tea', 3), packer)).toEqual({
      ok: false,
      code: 'over_scan',
      message: 'Too many of SKU sku-tea: 1 of 3 scanned, 3 more would exceed the order',
    });
  });

  it('refuses an item that is not in the order', () => {
    expect(applyCommand(buildOrderIn('picking'), scan('sku-pen'), packer)).toEqual({
      ok: false,
      code: 'sku_not_in_order',
      message: 'SKU sku-pen is not in Order TB20261202001',
    });
  });

  it('refuses a held order with the reasons of its holds', () => {
    const order = buildOrderIn('picking', {
      holds: [
        buildHold({ id: 'h1', reason: 'address_unclear' }),
        buildHold({ id: 'h2', reason: 'refund_requested' }),
        buildHold({ id: 'h3', reason: 'address_unclear' }),
      ],
    });
    expect(applyCommand(order, scan('sku-tea'), packer)).toEqual({
      ok: false,
      code: 'order_held',
      message: 'Order TB20261202001 is held: address unclear, refund requested',
    });
  });

  it('refuses an order without reserved stock, and one already packed', () => {
    expect(applyCommand(buildOrderIn('imported'), scan('sku-tea'), packer)).toEqual({
      ok: false,
      code: 'wrong_status',
      message: 'Order TB20261202001 is not allocated yet: no stock is reserved for it',
    });
    expect(applyCommand(buildOrderIn('packed'), scan('sku-tea'), packer)).toEqual({
      ok: false,
      code: 'wrong_status',
      message: 'Order TB20261202001 is already packed',
    });
  });

  it('refuses shipped and cancelled orders', () => {
    expect(applyCommand(buildOrderIn('shipped'), scan('sku-tea'), packer)).toEqual({
      ok: false,
      code: 'order_shipped',
      message: 'Order TB20261202001 has already shipped',
    });
    expect(applyCommand(buildOrderIn('cancelled'), scan('sku-tea'), packer)).toEqual({
      ok: false,
      code: 'order_cancelled',
      message: 'Order TB20261202001 was cancelled: buyer cancelled',
    });
  });

  it('refuses when the order is unknown or another order was passed', () => {
    const notFound = { ok: false, code: 'order_not_found', message: 'Order order-9 was not found' };
    expect(applyCommand(null, scan('sku-tea', 1, 'order-9'), packer)).toEqual(notFound);
    expect(applyCommand(buildOrder(), scan('sku-tea', 1, 'order-9'), packer)).toEqual(notFound);
  });

  it('refuses a clerk and a packer of another warehouse before looking at the order', () => {
    expect(applyCommand(buildOrderIn('shipped'), scan('sku-tea'), buildContext(buildActor('clerk')))).toEqual(
      {
        ok: false,
        code: 'forbidden_role',
        message: 'A clerk may not scan items (item.scanned)',
      },
    );
    expect(applyCommand(buildOrder(), scan('sku-tea'), buildContext(buildActor('packer', 'wh-bj')))).toEqual({
      ok: false,
      code: 'wrong_warehouse',
      message: 'Order TB20261202001 belongs to warehouse wh-sha, not to wh-bj',
    });
  });
});
