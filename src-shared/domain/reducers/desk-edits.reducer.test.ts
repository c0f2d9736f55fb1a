import { describe, expect, it } from 'vitest';
import { applyCommand } from '../apply-command';
import type { Address } from '../order.model';
import {
  buildActor,
  buildCommand,
  buildContext,
  buildHold,
  buildLabel,
  buildLine,
  buildOrderIn,
  testNow,
} from '../testing';

const clerk = buildContext(buildActor('clerk'));
const newAddress: Address = { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号' };
const editAddress = buildCommand('order.addressEdited', { orderId: 'order-1', address: newAddress });
const cancel = buildCommand('order.cancelled', { orderId: 'order-1', reason: 'refund approved' });

describe('order.addressEdited', () => {
  it('corrects the address of a held order before its label is printed', () => {
    const order = buildOrderIn('packed', { holds: [buildHold({ reason: 'address_unclear' })] });
    expect(applyCommand(order, editAddress, clerk)).toEqual({
      ok: true,
      order: { ...order, address: newAddress, appliedCommandIds: [editAddress.id], updatedAt: testNow },
      effects: [],
    });
  });

  it('refuses once the label is printed', () => {
    expect(applyCommand(buildOrderIn('packed', { label: buildLabel() }), editAddress, clerk)).toEqual({
      ok: false,
      code: 'label_already_printed',
      message: 'Order TB20261202001 already has label SF1234567890 printed; the address can no longer change',
    });
  });

  it('refuses shipped, cancelled and unknown orders, and a packer', () => {
    expect(applyCommand(buildOrderIn('shipped'), editAddress, clerk)).toMatchObject({
      code: 'order_shipped',
    });
    expect(applyCommand(buildOrderIn('cancelled'), editAddress, clerk)).toMatchObject({
      code: 'order_cancelled',
    });
    expect(applyCommand(null, editAddress, clerk)).toMatchObject({ code: 'order_not_found' });
    expect(
      applyCommand(buildOrderIn('allocated'), editAddress, buildContext(buildActor('packer'))),
    ).toMatchObject({
      code: 'forbidden_role',
    });
  });
});

describe('order.cancelled', () => {
  it('cancels a held, packed order and releases its reservation once per SKU', () => {
    const order = buildOrderIn('packed', {
      holds: [buildHold({ reason: 'refund_requested' })],
      lines: [buildLine('sku-tea', 2, 2), buildLine('sku-cup', 1, 1), buildLine('sku-tea', 1, 1, 0)],
    });
    expect(applyCommand(order, cancel, clerk)).toEqual({
      ok: true,
      order: {
        ...order,
        status: 'cancelled',
        cancelledAt: testNow,
        cancelReason: 'refund approved',
        appliedCommandIds: [cancel.id],
        updatedAt: testNow,
      },
      effects: [
        { kind: 'release', warehouseId: 'wh-sha', skuId: 'sku-tea', qty: 3 },
        { kind: 'release', warehouseId: 'wh-sha', skuId: 'sku-cup', qty: 1 },
      ],
    });
  });

  it('releases the reservation of allocated and picking orders', () => {
    const released = [
      { kind: 'release', warehouseId: 'wh-sha', skuId: 'sku-tea', qty: 2 },
      { kind: 'release', warehouseId: 'wh-sha', skuId: 'sku-cup', qty: 1 },
    ];
    expect(applyCommand(buildOrderIn('allocated'), cancel, clerk)).toMatchObject({
      ok: true,
      effects: released,
    });
    expect(applyCommand(buildOrderIn('picking'), cancel, clerk)).toMatchObject({
      ok: true,
      effects: released,
    });
  });

  it('releases nothing for an imported order, which never reserved stock', () => {
    const order = buildOrderIn('imported');
    expect(applyCommand(order, cancel, clerk)).toEqual({
      ok: true,
      order: {
        ...order,
        status: 'cancelled',
        cancelledAt: testNow,
        cancelReason: 'refund approved',
        appliedCommandIds: [cancel.id],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('refuses shipped, cancelled and unknown orders, and a packer', () => {
    expect(applyCommand(buildOrderIn('shipped'), cancel, clerk)).toEqual({
      ok: false,
      code: 'order_shipped',
      message: 'Order TB20261202001 has already shipped',
    });
    expect(applyCommand(buildOrderIn('cancelled'), cancel, clerk)).toEqual({
      ok: false,
      code: 'order_cancelled',
      message: 'Order TB20261202001 was cancelled: buyer cancelled',
    });
    expect(applyCommand(null, cancel, clerk)).toMatchObject({ code: 'order_not_found' });
    expect(applyCommand(buildOrderIn('allocated'), cancel, buildContext(buildActor('packer')))).toEqual({
      ok: false,
      code: 'forbidden_role',
      message: 'A packer may not cancel orders (order.cancelled)',
    });
  });
});
