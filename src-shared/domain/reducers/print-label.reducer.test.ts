import { describe, expect, it } from 'vitest';
import { applyCommand } from '../apply-command';
import {
  buildActor,
  buildCommand,
  buildContext,
  buildHold,
  buildLabel,
  buildOrderIn,
  testNow,
} from '../testing';

const packer = buildContext(buildActor('packer'));

function printed(trackingNo = 'SF1234567890', carrier = 'SF') {
  return buildCommand('label.printed', { orderId: 'order-1', carrier, trackingNo });
}

describe('label.printed', () => {
  it('records the label of a packed order: carrier, tracking number, who and when', () => {
    const order = buildOrderIn('packed');
    const command = printed();
    expect(applyCommand(order, command, packer)).toEqual({
      ok: true,
      order: {
        ...order,
        label: { carrier: 'SF', trackingNo: 'SF1234567890', printedAt: testNow, by: 'user-packer' },
        appliedCommandIds: [command.id],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('accepts a reprint of the same tracking number and records only its id', () => {
    const order = buildOrderIn('packed', { label: buildLabel({ printedAt: '2026-12-02T08:20:00.000Z' }) });
    const reprint = printed();
    expect(applyCommand(order, reprint, packer)).toEqual({
      ok: true,
      order: { ...order, appliedCommandIds: [reprint.id] },
      effects: [],
    });
  });

  it('refuses a second label with another tracking number', () => {
    const order = buildOrderIn('packed', { label: buildLabel() });
    expect(applyCommand(order, printed('YT9999', 'YTO'), packer)).toEqual({
      ok: false,
      code: 'label_already_printed',
      message: 'Order TB20261202001 already has label SF1234567890 (SF); a second label YT9999 is refused',
    });
  });

  it('refuses a held order: a refund request stops the label', () => {
    const order = buildOrderIn('packed', { holds: [buildHold({ reason: 'refund_requested' })] });
    expect(applyCommand(order, printed(), packer)).toEqual({
      ok: false,
      code: 'order_held',
      message: 'Order TB20261202001 is held: refund requested',
    });
  });

  it('refuses an order that is not packed yet', () => {
    expect(applyCommand(buildOrderIn('picking'), printed(), packer)).toEqual({
      ok: false,
      code: 'wrong_status',
      message: 'Order TB20261202001 is picking; its label is printed once it is packed',
    });
  });

  it('refuses shipped, cancelled and unknown orders, and a clerk', () => {
    expect(applyCommand(buildOrderIn('shipped'), printed(), packer)).toMatchObject({ code: 'order_shipped' });
    expect(applyCommand(buildOrderIn('cancelled'), printed(), packer)).toMatchObject({
      code: 'order_cancelled',
    });
    expect(applyCommand(null, printed(), packer)).toMatchObject({ code: 'order_not_found' });
    expect(applyCommand(buildOrderIn('packed'), printed(), buildContext(buildActor('clerk')))).toMatchObject({
      code: 'forbidden_role',
    });
  });
});
