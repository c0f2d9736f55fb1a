import { describe, expect, it } from 'vitest';
import type { Command, CommandContext } from './command.contract';
import { overlayOrder, overlayOrders } from './order-overlay';
import {
  buildActor,
  buildCommand,
  buildHold,
  buildLine,
  buildOrder,
  buildOrderIn,
  testCommandId,
} from './testing';

const packer = buildActor('packer');

/** On a station each pending command runs as its person at the time they acted. */
function contextFor(command: Command): CommandContext {
  return { actor: packer, now: command.clientTime };
}

function at(minute: number): string {
  return `2026-12-02T09:${String(minute).padStart(2, '0')}:00.000Z`;
}

function scan(n: number, skuId: string, orderId = 'order-1') {
  return buildCommand(
    'item.scanned',
    { orderId, skuId, qty: 1 },
    { id: testCommandId(n), clientTime: at(n) },
  );
}

function pack(n: number, orderId = 'order-1') {
  return buildCommand('order.packed', { orderId }, { id: testCommandId(n), clientTime: at(n) });
}

describe('overlayOrder', () => {
  it('applies pending commands in the order they were made, whatever order they are stored in', () => {
    const order = buildOrderIn('allocated');
    const pending = [pack(4), scan(3, 'sku-cup'), scan(1, 'sku-tea'), scan(2, 'sku-tea')];
    expect(overlayOrder(order, pending, contextFor)).toEqual({
      order: {
        ...order,
        status: 'packed',
        lines: [buildLine('sku-tea', 2, 2, 3900), buildLine('sku-cup', 1, 1, 2500)],
        packedAt: at(4),
        appliedCommandIds: [testCommandId(1), testCommandId(2), testCommandId(3), testCommandId(4)],
        updatedAt: at(4),
      },
      refused: [],
    });
  });

  it('skips and reports a command it refuses, and applies the ones after it', () => {
    const order = buildOrderIn('allocated');
    const wrongItem = scan(2, 'sku-pen');
    expect(overlayOrder(order, [scan(1, 'sku-tea'), wrongItem, scan(3, 'sku-tea')], contextFor)).toEqual({
      order: {
        ...order,
        status: 'picking',
        lines: [buildLine('sku-tea', 2, 2, 3900), buildLine('sku-cup', 1, 0, 2500)],
        appliedCommandIds: [testCommandId(1), testCommandId(3)],
        updatedAt: at(3),
      },
      refused: [
        {
          command: wrongItem,
          code: 'sku_not_in_order',
          message: 'SKU sku-pen is not in Order TB20261202001',
        },
      ],
    });
  });

  it('skips a pending scan the pulled order already counts, and still applies a later one', () => {
    // The hub accepted scan 1 and the pull brought it before the station saw the hub's answer.
    const pulled = buildOrderIn('picking', {
      appliedCommandIds: [testCommandId(1)],
      updatedAt: '2026-12-02T09:01:30.000Z',
    });
    expect(overlayOrder(pulled, [scan(2, 'sku-tea'), scan(1, 'sku-tea')], contextFor)).toEqual({
      order: {
        ...pulled,
        lines: [buildLine('sku-tea', 2, 2, 3900), buildLine('sku-cup', 1, 0, 2500)],
        appliedCommandIds: [testCommandId(1), testCommandId(2)],
        updatedAt: at(2),
      },
      refused: [],
    });
  });

  it('shows a hold pulled from the hub stopping the packing done offline', () => {
    const order = buildOrderIn('picking', {
      lines: [buildLine('sku-tea', 2, 2, 3900), buildLine('sku-cup', 1, 1, 2500)],
      holds: [buildHold({ reason: 'refund_requested' })],
    });
    const packing = pack(5);
    expect(overlayOrder(order, [packing], contextFor)).toEqual({
      order,
      refused: [
        { command: packing, code: 'order_held', message: 'Order TB20261202001 is held: refund requested' },
      ],
    });
  });

  it('leaves the pulled order as it is without pending commands', () => {
    const order = buildOrderIn('picking');
    expect(overlayOrder(order, [], contextFor)).toEqual({ order, refused: [] });
  });
});

describe('overlayOrders', () => {
  it('files pending commands under their orders and leaves out the rest', () => {
    const first = buildOrderIn('allocated');
    const second = buildOrder({ id: 'order-2', platformOrderNo: 'JD77', lines: [buildLine('sku-pen', 1)] });
    const overScan = scan(3, 'sku-pen', 'order-2');
    const pending = [
      scan(1, 'sku-tea'),
      scan(2, 'sku-pen', 'order-2'),
      overScan,
      scan(4, 'sku-tea', 'order-3'),
      buildCommand('exception.reported', { kind: 'no_such_order', scannedCode: 'X', note: '' }),
    ];
    expect(overlayOrders([first, second], pending, contextFor)).toEqual({
      orders: [
        {
          ...first,
          status: 'picking',
          lines: [buildLine('sku-tea', 2, 1, 3900), buildLine('sku-cup', 1, 0, 2500)],
          appliedCommandIds: [testCommandId(1)],
          updatedAt: at(1),
        },
        {
          ...second,
          status: 'picking',
          lines: [buildLine('sku-pen', 1, 1)],
          appliedCommandIds: [testCommandId(2)],
          updatedAt: at(2),
        },
      ],
      refused: [
        {
          command: overScan,
          code: 'over_scan',
          message: 'Line already complete: 1 of 1 scanned (SKU sku-pen)',
        },
      ],
    });
  });
});
