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
const pack = buildCommand('order.packed', { orderId: 'order-1' });
const fullyScanned = [buildLine('sku-tea', 2, 2, 3900), buildLine('sku-cup', 1, 1, 2500)];

describe('order.packed', () => {
  it('closes a fully scanned parcel and stamps the time', () => {
    const order = buildOrderIn('picking', { lines: fullyScanned });
    expect(applyCommand(order, pack, packer)).toEqual({
      ok: true,
      order: {
        ...order,
        status: 'packed',
        packedAt: testNow,
        appliedCommandIds: [pack.id],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('refuses a parcel closed short, saying what is still to scan', () => {
    expect(applyCommand(buildOrderIn('picking'), pack, packer)).toEqual({
      ok: false,
      code: 'not_fully_scanned',
      message:
        'Order TB20261202001 is not fully scanned: 1 of 3 units scanned; still to scan: SKU sku-tea ×1, SKU sku-cup ×1',
    });
  });

  it('refuses an allocated order with nothing scanned, and names only the first five missing SKUs', () => {
    const lines = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((sku) => buildLine(`sku-${sku}`, 1));
    expect(applyCommand(buildOrder({ lines }), pack, packer)).toEqual({
      ok: false,
      code: 'not_fully_scanned',
      message:
        'Order TB20261202001 is not fully scanned: 0 of 7 units scanned; still to scan: ' +
        'SKU sku-a ×1, SKU sku-b ×1, SKU sku-c ×1, SKU sku-d ×1, SKU sku-e ×1, and 2 more',
    });
  });

  it('refuses an order that never got stock, one already packed, and one whose scans skipped picking', () => {
    expect(applyCommand(buildOrderIn('imported'), pack, packer)).toEqual({
      ok: false,
      code: 'wrong_status',
      message: 'Order TB20261202001 is not allocated yet: no stock is reserved for it',
    });
    expect(applyCommand(buildOrderIn('packed'), pack, packer)).toEqual({
      ok: false,
      code: 'wrong_status',
      message: 'Order TB20261202001 is already packed',
    });
    expect(applyCommand(buildOrderIn('allocated', { lines: fullyScanned }), pack, packer)).toEqual({
      ok: false,
      code: 'wrong_status',
      message: 'Order TB20261202001 is allocated; packing needs it picking',
    });
  });

  it('refuses a held order even when every unit is scanned', () => {
    const order = buildOrderIn('picking', {
      lines: fullyScanned,
      holds: [buildHold({ reason: 'fraud_review' })],
    });
    expect(applyCommand(order, pack, packer)).toEqual({
      ok: false,
      code: 'order_held',
      message: 'Order TB20261202001 is held: fraud review',
    });
  });

  it('refuses shipped, cancelled and unknown orders', () => {
    expect(applyCommand(buildOrderIn('shipped'), pack, packer)).toMatchObject({
      ok: false,
      code: 'order_shipped',
    });
    expect(applyCommand(buildOrderIn('cancelled'), pack, packer)).toMatchObject({
      ok: false,
      code: 'order_cancelled',
    });
    expect(applyCommand(null, pack, packer)).toEqual({
      ok: false,
      code: 'order_not_found',
      message: 'Order order-1 was not found',
    });
  });

  it('refuses a clerk', () => {
    const order = buildOrderIn('picking', { lines: fullyScanned });
    expect(applyCommand(order, pack, buildContext(buildActor('clerk')))).toEqual({
      ok: false,
      code: 'forbidden_role',
      message: 'A clerk may not pack orders (order.packed)',
    });
  });
});
