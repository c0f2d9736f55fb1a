import { describe, expect, it } from 'vitest';
import { applyCommand } from './apply-command';
import { type Command, commandOrderId } from './command.contract';
import { type Order, type OrderStatus, orderSchema, orderStatuses, orderTransitions } from './order.model';
import {
  buildActor,
  buildCommand,
  buildContext,
  buildHold,
  buildLabel,
  buildLine,
  buildOrderIn,
  testCommandId,
} from './testing';

const later = '2026-12-02T09:00:00.000Z';
const admin = buildContext(buildActor('admin', null), later);
const fullyScanned = [buildLine('sku-tea', 2, 2, 3900), buildLine('sku-cup', 1, 1, 2500)];

/** Every status in the shapes that matter to the rules: scanned or not, labelled or not, held or not. */
function ordersIn(status: OrderStatus): Order[] {
  const hold = buildHold({ id: 'hold-1' });
  return [
    buildOrderIn(status),
    buildOrderIn(status, { lines: fullyScanned }),
    buildOrderIn(status, { lines: fullyScanned, label: buildLabel() }),
    buildOrderIn(status, { holds: [hold] }),
    buildOrderIn(status, { lines: fullyScanned, label: buildLabel(), holds: [hold] }),
  ];
}

/** One or more commands of every type, valid in some state and not in others. */
const catalogue: readonly Command[] = [
  buildCommand('item.scanned', { orderId: 'order-1', skuId: 'sku-tea', qty: 1 }),
  buildCommand('item.scanned', { orderId: 'order-1', skuId: 'sku-cup', qty: 1 }),
  buildCommand('order.packed', { orderId: 'order-1' }),
  buildCommand('label.printed', { orderId: 'order-1', carrier: 'SF', trackingNo: 'SF1234567890' }),
  buildCommand('label.printed', { orderId: 'order-1', carrier: 'YTO', trackingNo: 'YT1' }),
  buildCommand('parcel.shipped', { orderId: 'order-1', trackingNo: 'SF1234567890' }),
  buildCommand('exception.reported', { kind: 'damaged', orderId: 'order-1', note: '' }),
  buildCommand('exception.reported', { kind: 'no_such_order', scannedCode: 'X1', note: '' }),
  buildCommand('order.held', { orderId: 'order-1', reason: 'manual', note: '' }),
  buildCommand('order.released', { orderId: 'order-1', holdId: 'hold-1' }),
  buildCommand('order.addressEdited', {
    orderId: 'order-1',
    address: { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号' },
  }),
  buildCommand('order.cancelled', { orderId: 'order-1', reason: 'buyer asked' }),
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('applyCommand over every status and command', () => {
  const runs = orderStatuses.flatMap((status) =>
    ordersIn(status).flatMap((order) =>
      catalogue.map((command) => ({ order: deepFreeze(order), command: deepFreeze(command) })),
    ),
  );

  it('never takes a transition the state machine forbids, and reaches every one it allows', () => {
    const taken = new Set<string>();
    for (const { order, command } of runs) {
      const outcome = applyCommand(order, command, admin);
      if (!outcome.ok || outcome.order === null || outcome.order.status === order.status) continue;
      expect(orderTransitions[order.status], `${command.type} on ${order.status}`).toContain(
        outcome.order.status,
      );
      taken.add(`${order.status} → ${outcome.order.status}`);
    }
    // Allocation (imported → allocated) is the hub's stock decision, not a person's command.
    const allowed = orderStatuses.flatMap((from) => orderTransitions[from].map((to) => `${from} → ${to}`));
    expect([...taken].sort()).toEqual(allowed.filter((step) => step !== 'imported → allocated').sort());
  });

  it('refuses every command on shipped and cancelled orders, and every bench step on held ones', () => {
    const refusals = runs
      .filter(
        ({ order }) => order.status === 'shipped' || order.status === 'cancelled' || order.holds.length > 0,
      )
      .map(({ order, command }) => ({ order, command, outcome: applyCommand(order, command, admin) }))
      .filter(({ command }) => command.payload.orderId !== undefined);
    for (const { order, command, outcome } of refusals) {
      const expected =
        order.status === 'shipped'
          ? 'order_shipped'
          : order.status === 'cancelled'
            ? 'order_cancelled'
            : ['item.scanned', 'order.packed', 'label.printed', 'parcel.shipped'].includes(command.type)
              ? 'order_held'
              : null;
      if (expected === null) continue;
      expect(outcome, `${command.type} on ${order.status}`).toMatchObject({ ok: false, code: expected });
    }
  });

  it('is pure: never mutates its inputs, never throws, and gives the same outcome twice', () => {
    for (const { order, command } of runs) {
      expect(applyCommand(order, command, admin)).toEqual(applyCommand(order, command, admin));
    }
  });

  it('keeps every accepted order valid, lists the command on it, and stamps every change with the context time', () => {
    for (const { order, command } of runs) {
      const outcome = applyCommand(order, command, admin);
      // A no_such_order report names no order: the hub and the overlay never hand it one.
      if (!outcome.ok || outcome.order === null || commandOrderId(command) === null) continue;
      const where = `${command.type} on ${order.status}`;
      expect(orderSchema.parse(outcome.order), where).toEqual(outcome.order);
      expect(outcome.order.appliedCommandIds, where).toEqual([...order.appliedCommandIds, command.id]);
      if (outcome.order.updatedAt === order.updatedAt) {
        // Not stamped (a reprint of the same label): then nothing but the command list may change.
        expect(outcome.order, where).toEqual({
          ...order,
          appliedCommandIds: [...order.appliedCommandIds, command.id],
        });
      } else {
        expect(outcome.order.updatedAt, where).toBe(later);
      }
    }
  });
});

describe('applyCommand ids', () => {
  it('names new holds and exceptions after the command, so hub and station agree', () => {
    const command = buildCommand(
      'exception.reported',
      { kind: 'short_pick', orderId: 'order-1', skuId: 'sku-tea', note: 'bin empty' },
      { id: testCommandId(42) },
    );
    const atStation = applyCommand(buildOrderIn('picking'), command, buildContext(buildActor('packer')));
    const atHub = applyCommand(buildOrderIn('picking'), command, buildContext(buildActor('packer')));
    expect(atStation).toEqual(atHub);
    expect(atStation.ok && [atStation.order?.holds[0]?.id, atStation.order?.exceptions[0]?.id]).toEqual([
      testCommandId(42),
      testCommandId(42),
    ]);
  });

  it('applied again to the order it produced (station view, then hub) lists its id once and changes nothing more', () => {
    const packed = buildOrderIn('packed');
    const commands: readonly Command[] = [
      buildCommand(
        'order.held',
        { orderId: 'order-1', reason: 'manual', note: '' },
        { id: testCommandId(11) },
      ),
      buildCommand(
        'exception.reported',
        { kind: 'damaged', orderId: 'order-1', skuId: 'sku-cup', note: 'box crushed' },
        { id: testCommandId(12) },
      ),
      buildCommand(
        'label.printed',
        { orderId: 'order-1', carrier: 'SF', trackingNo: 'SF1234567890' },
        { id: testCommandId(13) },
      ),
      buildCommand(
        'order.addressEdited',
        {
          orderId: 'order-1',
          address: { province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号' },
        },
        { id: testCommandId(14) },
      ),
    ];
    for (const command of commands) {
      const first = applyCommand(packed, command, admin);
      const produced = first.ok ? first.order : null;
      expect(produced?.appliedCommandIds, command.type).toEqual([command.id]);
      expect(applyCommand(produced, command, admin), command.type).toEqual({
        ok: true,
        order: produced,
        effects: [],
      });
    }
  });
});
