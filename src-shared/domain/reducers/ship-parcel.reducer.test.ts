import { describe, expect, it } from 'vitest';
import { applyCommand } from '../apply-command';
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

const packer = buildContext(buildActor('packer'));

function shipped(trackingNo = 'SF1234567890') {
  return buildCommand('parcel.shipped', { orderId: 'order-1', trackingNo });
}

describe('parcel.shipped', () => {
  it('ships a labelled parcel and confirms the reserved stock once per SKU', () => {
    const order = buildOrderIn('packed', {
      label: buildLabel(),
      lines: [buildLine('sku-tea', 2, 2), buildLine('sku-cup', 1, 1), buildLine('sku-tea', 1, 1, 0)],
    });
    const command = shipped();
    expect(applyCommand(order, command, packer)).toEqual({
      ok: true,
      order: {
        ...order,
        status: 'shipped',
        shippedAt: testNow,
        appliedCommandIds: [command.id],
        updatedAt: testNow,
      },
      effects: [
        { kind: 'confirm', warehouseId: 'wh-sha', skuId: 'sku-tea', qty: 3 },
        { kind: 'confirm', warehouseId: 'wh-sha', skuId: 'sku-cup', qty: 1 },
      ],
    });
  });

  it('refuses a parcel without a label', () => {
    expect(applyCommand(buildOrderIn('packed'), shipped(), packer)).toEqual({
      ok: false,
      code: 'label_missing',
      message: 'Order TB20261202001 has no shipping label yet: print it before scan-out',
    });
  });

  it('refuses a parcel whose tracking number is not the label of the order', () => {
    expect(applyCommand(buildOrderIn('packed', { label: buildLabel() }), shipped('SF000'), packer)).toEqual({
      ok: false,
      code: 'tracking_mismatch',
      message: 'Parcel SF000 is not the parcel of Order TB20261202001: its label is SF1234567890',
    });
  });

  it('refuses a held parcel, one not packed, and one already out', () => {
    const held = buildOrderIn('packed', { label: buildLabel(), holds: [buildHold({ reason: 'manual' })] });
    expect(applyCommand(held, shipped(), packer)).toEqual({
      ok: false,
      code: 'order_held',
      message: 'Order TB20261202001 is held: held by hand',
    });
    expect(applyCommand(buildOrderIn('picking'), shipped(), packer)).toEqual({
      ok: false,
      code: 'wrong_status',
      message: 'Order TB20261202001 is picking; only a packed order ships',
    });
    expect(applyCommand(buildOrderIn('shipped'), shipped(), packer)).toEqual({
      ok: false,
      code: 'order_shipped',
      message: 'Order TB20261202001 has already shipped',
    });
  });

  it('refuses cancelled and unknown orders, and a clerk', () => {
    expect(applyCommand(buildOrderIn('cancelled'), shipped(), packer)).toMatchObject({
      code: 'order_cancelled',
    });
    expect(applyCommand(null, shipped(), packer)).toMatchObject({ code: 'order_not_found' });
    const order = buildOrderIn('packed', { label: buildLabel() });
    expect(applyCommand(order, shipped(), buildContext(buildActor('clerk')))).toMatchObject({
      code: 'forbidden_role',
    });
  });
});
