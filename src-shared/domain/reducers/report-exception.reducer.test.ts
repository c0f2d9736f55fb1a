import { describe, expect, it } from 'vitest';
import { applyCommand } from '../apply-command';
import type { CommandPayload } from '../command.contract';
import {
  buildActor,
  buildCommand,
  buildContext,
  buildOrder,
  buildOrderIn,
  testCommandId,
  testNow,
} from '../testing';

const packer = buildContext(buildActor('packer'));

function reported(payload: CommandPayload<'exception.reported'>) {
  return buildCommand('exception.reported', payload, { id: testCommandId(7) });
}

describe('exception.reported', () => {
  it('records a damaged item and holds the order until the back office decides', () => {
    const order = buildOrderIn('picking');
    const command = reported({ kind: 'damaged', orderId: 'order-1', skuId: 'sku-cup', note: 'box crushed' });
    expect(applyCommand(order, command, packer)).toEqual({
      ok: true,
      order: {
        ...order,
        exceptions: [
          {
            id: command.id,
            kind: 'damaged',
            skuId: 'sku-cup',
            note: 'box crushed',
            by: 'user-packer',
            at: testNow,
          },
        ],
        holds: [
          {
            id: command.id,
            reason: 'exception',
            note: 'damaged SKU sku-cup: box crushed',
            by: 'user-packer',
            at: testNow,
          },
        ],
        appliedCommandIds: [command.id],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('records a short pick without a SKU on an order not yet allocated', () => {
    const order = buildOrderIn('imported');
    const command = reported({ kind: 'short_pick', orderId: 'order-1', note: '' });
    expect(applyCommand(order, command, packer)).toEqual({
      ok: true,
      order: {
        ...order,
        exceptions: [{ id: command.id, kind: 'short_pick', note: '', by: 'user-packer', at: testNow }],
        holds: [{ id: command.id, reason: 'exception', note: 'short_pick', by: 'user-packer', at: testNow }],
        appliedCommandIds: [command.id],
        updatedAt: testNow,
      },
      effects: [],
    });
  });

  it('takes a wrong item that is, by definition, not in the order', () => {
    const command = reported({ kind: 'wrong_item', orderId: 'order-1', skuId: 'sku-pen', note: '' });
    expect(applyCommand(buildOrderIn('packed'), command, packer)).toMatchObject({
      ok: true,
      order: { exceptions: [{ kind: 'wrong_item', skuId: 'sku-pen' }], holds: [{ reason: 'exception' }] },
    });
  });

  it('applied twice (station view, then hub) records the exception once', () => {
    const command = reported({ kind: 'damaged', orderId: 'order-1', note: 'wet' });
    const first = applyCommand(buildOrderIn('picking'), command, packer);
    const once = first.ok ? first.order : null;
    expect(applyCommand(once, command, packer)).toEqual({ ok: true, order: once, effects: [] });
  });

  it('files a scan of no known order without touching any order', () => {
    const command = reported({ kind: 'no_such_order', scannedCode: 'TB999', note: '' });
    expect(applyCommand(null, command, packer)).toEqual({ ok: true, order: null, effects: [] });
  });

  it('refuses a report about an order it does not name or cannot find', () => {
    expect(applyCommand(null, reported({ kind: 'short_pick', note: '' }), packer)).toEqual({
      ok: false,
      code: 'order_not_found',
      message: 'A short pick report needs the order it is about',
    });
    expect(applyCommand(null, reported({ kind: 'damaged', orderId: 'order-9', note: '' }), packer)).toEqual({
      ok: false,
      code: 'order_not_found',
      message: 'Order order-9 was not found',
    });
  });

  it('refuses shipped and cancelled orders, and a packer of another warehouse', () => {
    const command = reported({ kind: 'damaged', orderId: 'order-1', note: '' });
    expect(applyCommand(buildOrderIn('shipped'), command, packer)).toMatchObject({ code: 'order_shipped' });
    expect(applyCommand(buildOrderIn('cancelled'), command, packer)).toMatchObject({
      code: 'order_cancelled',
    });
    expect(applyCommand(buildOrder(), command, buildContext(buildActor('packer', 'wh-bj')))).toMatchObject({
      code: 'wrong_warehouse',
    });
  });
});
